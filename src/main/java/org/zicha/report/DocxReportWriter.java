package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;

/**
 * Writes the report as a Word document (report.docx) in the layout of an official
 * document (GB/T 9704-2012): the title with the issuing organisation, the 主送机关, the
 * lead-in, the body, 特此报告, the 附件说明, 落款 and 成文日期 (kept on the page of the last lines of
 * the text), then each attachment (问题清单, 经批准的例外, 台账数据问题) on pages of its own in a
 * landscape section. What the data covered, the warnings and the notices are no part of a
 * filed report and stay out of it.
 */
public final class DocxReportWriter {

	/** The columns of the appendix, weighted by characters of 五号 on a landscape page. */
	static final List<OfficialTable.Column> ROW_COLUMNS = List.of(new OfficialTable.Column("序号", 4, true),
			new OfficialTable.Column("问题", 26, false), new OfficialTable.Column("涉及组织", 9, false),
			new OfficialTable.Column("期间", 8, false), new OfficialTable.Column("依据", 13, false),
			new OfficialTable.Column("类别", 4, true));

	static final List<OfficialTable.Column> DATA_COLUMNS = List.of(new OfficialTable.Column("序号", 4, true),
			new OfficialTable.Column("台账记录", 24, false), new OfficialTable.Column("有误之处", 36, false));

	static final List<OfficialTable.Column> EXEMPTED_COLUMNS = List.of(new OfficialTable.Column("序号", 4, true),
			new OfficialTable.Column("事项", 32, false), new OfficialTable.Column("理由", 16, false),
			new OfficialTable.Column("批准文号", 12, false));

	private final Phrasing phrasing;

	/**
	 * A writer with the unit's headings.
	 * @param phrasing the wording
	 */
	public DocxReportWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Write the report.
	 * @param report the report
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, OutputStream out) throws IOException {
		Report.Ending ending = report.ending();
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.title(report.title());
			if (ending.addressee() != null) {
				doc.addressee(ending.addressee());
			}
			if (ending.leadIn() != null) {
				doc.paragraph(ending.leadIn());
			}
			doc.heading(this.phrasing.heading("basics"));
			report.basics().forEach(doc::paragraph);
			doc.heading(this.phrasing.heading("problems"));
			if (report.problems().isEmpty()) {
				doc.paragraph(this.phrasing.heading("noProblems"));
			}
			else {
				doc.paragraph(report.opening());
			}
			report.problems().forEach((p) -> doc.paragraph(p.text()));
			if (!report.measures().isEmpty()) {
				doc.heading(this.phrasing.heading("measures"));
				report.measures().forEach((m) -> doc.paragraph(m.heading(), m.text()));
			}
			doc.keepWithNext();
			if (ending.closing() != null) {
				doc.closing(ending.closing());
			}
			doc.attachment(ending.note());
			doc.signature(ending.signature(), ending.date());
			boolean first = true;
			for (Report.Attachment attachment : ending.attachments()) {
				doc.appendix(attachment.mark(), attachment.title(), first);
				first = false;
				attachment(report, attachment.kind(), doc);
			}
			doc.write(out);
		}
	}

	private void attachment(Report report, Report.Attachment.Kind kind, OfficialDocument doc) {
		switch (kind) {
			case ROWS -> {
				doc.paragraph(this.phrasing.itemCounts(report.counts()));
				OfficialTable table = doc.table(ROW_COLUMNS, Typeface.SIZE_5);
				for (Report.Row row : report.rows()) {
					table.row(List.of(String.valueOf(row.number()), text(row.sentence()), text(row.orgName()),
							text(row.periods()), row.citation(), row.severity().shortLabel()));
				}
			}
			case EXEMPTED -> {
				OfficialTable table = doc.table(EXEMPTED_COLUMNS, Typeface.SIZE_5);
				int n = 1;
				for (Exempted e : report.exempted()) {
					table.row(List.of(String.valueOf(n++), text(e.finding().message()), text(e.reason()),
							(e.approval() != null) ? e.approval() : "—"));
				}
			}
			case DATA -> {
				OfficialTable table = doc.table(DATA_COLUMNS, Typeface.SIZE_5);
				int n = 1;
				for (Finding f : report.dataProblems()) {
					table.row(List.of(String.valueOf(n++), DataProblems.location(f), DataProblems.problems(f)));
				}
			}
		}
	}

	private static String text(String text) {
		return (text == null) ? "" : text;
	}

}
