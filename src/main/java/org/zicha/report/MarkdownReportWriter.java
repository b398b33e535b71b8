package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Period;

/**
 * Writes the report as Markdown (report.md): the same text as the Word document, plus the
 * list of notices (近期到期事项).
 */
public final class MarkdownReportWriter {

	private final Phrasing phrasing;

	/**
	 * A writer with the unit's headings.
	 * @param phrasing the wording
	 */
	public MarkdownReportWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Write the report.
	 * @param report the report
	 * @param stream where to write it (UTF-8)
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, OutputStream stream) throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		out.printf("# %s%n%n%s%n%n", report.title(), report.subtitle());
		out.printf("## %s%n%n", this.phrasing.heading("basics"));
		report.basics().forEach((p) -> out.printf("%s%n%n", p));
		out.printf("## %s%n%n", this.phrasing.heading("problems"));
		if (report.problems().isEmpty()) {
			out.printf("%s%n%n", this.phrasing.heading("noProblems"));
		}
		report.problems().forEach((p) -> out.printf("%s%n%n", p.text()));
		if (!report.measures().isEmpty()) {
			out.printf("## %s%n%n", this.phrasing.heading("measures"));
			report.measures().forEach((m) -> out.printf("%s%s%n%n", m.ordinal(), m.text()));
		}
		if (!report.notices().isEmpty()) {
			out.printf("## %s%n%n", this.phrasing.heading("notices"));
			for (Finding notice : report.notices()) {
				out.printf("- %s（期限：%s）%n", notice.message(), Period.dayLabel(notice.period().to()));
			}
			out.println();
		}
		appendix(report, out);
		out.flush();
	}

	private void appendix(Report report, PrintWriter out) {
		List<Report.Issue> issues = report.issues();
		if (issues.isEmpty() && report.exempted().isEmpty()) {
			return;
		}
		out.printf("## %s%n%n", this.phrasing.heading("appendix"));
		if (!issues.isEmpty()) {
			out.println("| 序号 | 问题 | 涉及组织 | 期间 | 依据 | 类别 |");
			out.println("|---|---|---|---|---|---|");
			for (Report.Issue issue : issues) {
				out.printf("| %d | %s | %s | %s | %s | %s |%n", issue.number(), cell(issue.sentence()),
						cell(String.join("、", issue.organisations())), cell(issue.periods()), cell(issue.source()),
						issue.severity().shortLabel());
			}
			out.println();
		}
		if (!report.exempted().isEmpty()) {
			out.printf("### %s%n%n", this.phrasing.heading("exempted"));
			out.println("| 序号 | 事项 | 理由 | 批准文号 |");
			out.println("|---|---|---|---|");
			int n = 1;
			for (Exempted e : report.exempted()) {
				out.printf("| %d | %s | %s | %s |%n", n++, cell(e.finding().message()), cell(e.reason()),
						cell((e.approval() != null) ? e.approval() : "—"));
			}
			out.println();
		}
	}

	private static String cell(String text) {
		return (text == null) ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

}
