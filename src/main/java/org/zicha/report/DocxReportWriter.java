package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.zicha.finding.Exempted;

/**
 * Writes the report as a Word document (report.docx) in the layout of an official
 * document (GB/T 9704-2012): the same text as the Markdown report except the notices,
 * which are no problems and stay out of the document; the appendix (问题清单, 经批准的例外) as
 * tables on a new page.
 */
public final class DocxReportWriter {

	private static final List<OfficialTable.Column> ISSUE_COLUMNS = List.of(new OfficialTable.Column("序号", 8, true),
			new OfficialTable.Column("问题", 36, false), new OfficialTable.Column("涉及组织", 15, false),
			new OfficialTable.Column("期间", 13, false), new OfficialTable.Column("依据", 20, false),
			new OfficialTable.Column("类别", 8, true));

	private static final List<OfficialTable.Column> EXEMPTED_COLUMNS = List.of(new OfficialTable.Column("序号", 8, true),
			new OfficialTable.Column("事项", 38, false), new OfficialTable.Column("理由", 26, false),
			new OfficialTable.Column("批准文号", 28, false));

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
			doc.subtitle(report.subtitle());
			doc.heading(this.phrasing.heading("basics"));
			report.basics().forEach(doc::paragraph);
			doc.heading(this.phrasing.heading("problems"));
			if (report.problems().isEmpty()) {
				doc.paragraph(this.phrasing.heading("noProblems"));
			}
			report.problems().forEach((p) -> doc.paragraph(p.text()));
			if (!report.measures().isEmpty()) {
				doc.heading(this.phrasing.heading("measures"));
				report.measures().forEach((m) -> doc.paragraph(m.ordinal(), m.text()));
			}
			appendix(report, doc);
			doc.write(out);
		}
	}

	private void appendix(Report report, OfficialDocument doc) {
		List<Report.Issue> issues = report.issues();
		if (issues.isEmpty() && report.exempted().isEmpty()) {
			return;
		}
		doc.appendix(this.phrasing.heading("appendix"));
		if (!issues.isEmpty()) {
			OfficialTable table = doc.table(ISSUE_COLUMNS);
			for (Report.Issue issue : issues) {
				table.row(List.of(String.valueOf(issue.number()), text(issue.sentence()),
						String.join("、", issue.organisations()), text(issue.periods()), text(issue.source()),
						issue.severity().shortLabel()));
			}
		}
		if (!report.exempted().isEmpty()) {
			doc.appendixSection(this.phrasing.heading("exempted"));
			OfficialTable table = doc.table(EXEMPTED_COLUMNS);
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
