package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.zicha.finding.Exempted;

/**
 * Writes the report as a Word document (report.docx) in the layout of an official
 * document (GB/T 9704-2012): the title with the issuing organisation, the body, the 附件说明,
 * 落款 and 成文日期, then the appendix (问题清单, 经批准的例外) in a landscape section. What the data
 * covered, the warnings and the notices are no part of a filed report and stay out of it.
 */
public final class DocxReportWriter {

	/** The columns of the appendix, weighted by characters of 五号 on a landscape page. */
	static final List<OfficialTable.Column> ROW_COLUMNS = List.of(new OfficialTable.Column("序号", 4, true),
			new OfficialTable.Column("问题", 26, false), new OfficialTable.Column("涉及组织", 9, false),
			new OfficialTable.Column("期间", 8, false), new OfficialTable.Column("依据", 13, false),
			new OfficialTable.Column("类别", 4, true));

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
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.title(report.title());
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
			boolean appendix = MarkdownReportWriter.hasAppendix(report);
			if (appendix) {
				doc.attachment(report.ending().attachment());
			}
			doc.signature(report.ending().signature(), report.ending().date());
			if (appendix) {
				appendix(report, doc);
			}
			doc.write(out);
		}
	}

	private void appendix(Report report, OfficialDocument doc) {
		doc.appendix(report.ending().attachmentMark(), report.ending().appendixTitle());
		if (!report.rows().isEmpty()) {
			OfficialTable table = doc.table(ROW_COLUMNS, Typeface.SIZE_5);
			for (Report.Row row : report.rows()) {
				table.row(List.of(String.valueOf(row.number()), text(row.sentence()), text(row.orgName()),
						text(row.periods()), row.citation(), row.severity().shortLabel()));
			}
		}
		if (!report.exempted().isEmpty()) {
			doc.appendixSection(this.phrasing.heading("exempted"));
			OfficialTable table = doc.table(EXEMPTED_COLUMNS, Typeface.SIZE_5);
			int n = 1;
			for (Exempted e : report.exempted()) {
				table.row(List.of(String.valueOf(n++), text(e.finding().message()), text(e.reason()),
						(e.approval() != null) ? e.approval() : "—"));
			}
		}
	}

	private static String text(String text) {
		return (text == null) ? "" : text;
	}

}
