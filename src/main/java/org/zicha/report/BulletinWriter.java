package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Finding;
import org.zicha.ledger.Period;

/**
 * Writes a branch's bulletin (branches/{orgId}-{name}.md and .docx): its problems this
 * window, named in full; what falls due before the next run; its rectification rows with
 * their measure, who leads them, the deadline, status and change.
 */
public final class BulletinWriter {

	private static final List<OfficialTable.Column> ROW_COLUMNS = List.of(new OfficialTable.Column("序号", 3, true),
			new OfficialTable.Column("问题", 14, false), new OfficialTable.Column("整改措施", 12, false),
			new OfficialTable.Column("责任人", 7, false), new OfficialTable.Column("整改时限", 6, true),
			new OfficialTable.Column("整改状态", 5, true));

	private final Phrasing phrasing;

	/**
	 * A writer with the unit's wording.
	 * @param phrasing the wording
	 */
	public BulletinWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Write a bulletin as Markdown.
	 * @param report the report it is cut from
	 * @param bulletin the bulletin
	 * @param stream where to write it (UTF-8); left open
	 * @throws IOException when it cannot be written
	 */
	public void markdown(Report report, Bulletin bulletin, OutputStream stream) throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		Map<String, Object> values = values(report, bulletin);
		out.printf("# %s%n%n%s%n%n", text("title", values), text("subtitle", values));
		out.printf("## %s%n%n", text("problems", values));
		if (bulletin.rows().isEmpty()) {
			out.printf("%s%n%n", text("none", values));
		}
		for (Report.Row row : bulletin.rows()) {
			out.printf("%d. %s%n", row.number(), row.sentence());
		}
		out.printf("%n## %s%n%n", text("notices", values));
		if (bulletin.notices().isEmpty()) {
			out.printf("%s%n", text("noNotices", values));
		}
		for (Finding notice : bulletin.notices()) {
			out.printf("- %s%n", this.phrasing.notice(notice));
		}
		out.printf("%n## %s%n%n", text("rows", values));
		List<Report.Row> rows = rows(bulletin);
		if (rows.isEmpty()) {
			out.printf("%s%n", text("noRows", values));
		}
		else {
			out.println("| 序号 | 问题 | 整改措施 | 责任人 | 整改时限 | 整改状态 | 变化 |");
			out.println("|---|---|---|---|---|---|---|");
			for (Report.Row row : rows) {
				List<String> cells = cells(row);
				out.printf("| %s |%n", String.join(" | ", cells.stream().map(MarkdownReportWriter::cell).toList()));
			}
		}
		out.flush();
	}

	/**
	 * Write a bulletin as an official document.
	 * @param report the report it is cut from
	 * @param bulletin the bulletin
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void docx(Report report, Bulletin bulletin, OutputStream out) throws IOException {
		Map<String, Object> values = values(report, bulletin);
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.title(List.of(text("title", values)), text("subtitle", values));
			doc.heading(text("problems", values));
			if (bulletin.rows().isEmpty()) {
				doc.paragraph(text("none", values));
			}
			bulletin.rows().forEach((r) -> doc.paragraph(r.number() + ". " + r.sentence()));
			doc.heading(text("notices", values));
			if (bulletin.notices().isEmpty()) {
				doc.paragraph(text("noNotices", values));
			}
			bulletin.notices().forEach((n) -> doc.paragraph(this.phrasing.notice(n)));
			doc.heading(text("rows", values));
			List<Report.Row> rows = rows(bulletin);
			if (rows.isEmpty()) {
				doc.paragraph(text("noRows", values));
			}
			else {
				OfficialTable table = doc.table(ROW_COLUMNS);
				rows.forEach((r) -> table.row(cells(r).subList(0, ROW_COLUMNS.size())));
			}
			doc.write(out);
		}
	}

	static List<Report.Row> rows(Bulletin bulletin) {
		List<Report.Row> rows = new ArrayList<>(bulletin.rows());
		rows.addAll(bulletin.closedRows());
		return rows;
	}

	List<String> cells(Report.Row row) {
		Object status = row.tracking().get(RectificationColumns.STATUS);
		Object deadline = (row.deadline() != null) ? row.deadline() : row.tracking().get(RectificationColumns.DEADLINE);
		Object responsible = row.tracking().get(RectificationColumns.RESPONSIBLE);
		return List.of(String.valueOf(row.number()), text(row.sentence()), text(row.remedy()),
				(responsible != null) ? responsible.toString() : text(row.responsible()),
				(deadline instanceof LocalDate d) ? Period.dayLabel(d) : (deadline != null) ? deadline.toString() : "",
				(status != null) ? status.toString() : this.phrasing.statuses().get(0),
				(row.change() != null) ? this.phrasing.word("rectification.changes." + row.change().name()) : "");
	}

	Map<String, Object> values(Report report, Bulletin bulletin) {
		return Map.of("org", bulletin.orgName(), "period", report.period(), "asOf", Period.dayLabel(report.asOf()));
	}

	String text(String key, Map<String, Object> values) {
		return this.phrasing.phrase("bulletin." + key).fill(values);
	}

	private static String text(String text) {
		return (text == null) ? "" : text;
	}

}
