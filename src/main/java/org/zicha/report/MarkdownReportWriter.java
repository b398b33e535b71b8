package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;

/**
 * Writes the report as Markdown (report.md): the same text as the Word document, with
 * what the data covered and the warnings under the title, and the list of notices
 * (近期到期事项) before the appendix.
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
		out.printf("# %s%n%n", report.titleLine());
		out.printf("> %s%n", report.coverage());
		report.warnings().forEach((w) -> out.printf(">%n> **%s**%n", w));
		out.println();
		out.printf("## %s%n%n", this.phrasing.heading("basics"));
		report.basics().forEach((p) -> out.printf("%s%n%n", p));
		out.printf("## %s%n%n", this.phrasing.heading("problems"));
		if (report.problems().isEmpty()) {
			out.printf("%s%n%n", this.phrasing.heading("noProblems"));
		}
		else {
			out.printf("%s%n%n", report.opening());
		}
		report.problems().forEach((p) -> out.printf("%s%n%n", p.text()));
		if (!report.measures().isEmpty()) {
			out.printf("## %s%n%n", this.phrasing.heading("measures"));
			report.measures().forEach((m) -> out.printf("**%s**%s%n%n", m.heading(), m.text()));
		}
		Report.Ending ending = report.ending();
		if (hasAppendix(report)) {
			out.printf("%s%n%n", ending.attachment());
		}
		out.printf("<p align=\"right\">%s<br>%s</p>%n%n", ending.signature(), ending.date());
		if (!report.notices().isEmpty()) {
			out.printf("## %s%n%n", this.phrasing.heading("notices"));
			for (Finding notice : report.notices()) {
				out.printf("- %s%n", this.phrasing.notice(notice));
			}
			out.println();
		}
		appendix(report, out);
		out.flush();
	}

	static boolean hasAppendix(Report report) {
		return !report.rows().isEmpty() || !report.exempted().isEmpty();
	}

	private void appendix(Report report, PrintWriter out) {
		if (!hasAppendix(report)) {
			return;
		}
		Report.Ending ending = report.ending();
		out.printf("## %s：%s%n%n", ending.attachmentMark(), ending.appendixTitle());
		if (!report.rows().isEmpty()) {
			out.println("| 序号 | 问题 | 涉及组织 | 期间 | 依据 | 类别 |");
			out.println("|---|---|---|---|---|---|");
			for (Report.Row row : report.rows()) {
				out.printf("| %d | %s | %s | %s | %s | %s |%n", row.number(), cell(row.sentence()), cell(row.orgName()),
						cell(row.periods()), cell(row.citation()), row.severity().shortLabel());
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

	static String cell(String text) {
		return (text == null) ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

}
