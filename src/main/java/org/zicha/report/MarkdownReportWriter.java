package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;

/**
 * Writes the report as Markdown (report.md): the same text as the Word document, with
 * what the data covered, the counts, how to add a missing 主送机关 and the warnings under the
 * title, and the list of notices (近期到期事项) before the attachments. Every text of the
 * report is written so that Markdown shows it as it is.
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
		Report.Ending ending = report.ending();
		out.printf("# %s%n%n", text(report.titleLine()));
		out.printf("> %s%n", text(report.coverage()));
		out.printf(">%n> %s%n", text(this.phrasing.counts(report.counts())));
		if (ending.noAddressee() != null) {
			out.printf(">%n> %s%n", text(ending.noAddressee()));
		}
		report.warnings().forEach((w) -> out.printf(">%n> **%s**%n", text(w)));
		out.println();
		if (ending.addressee() != null) {
			out.printf("%s%n%n", text(ending.addressee()));
		}
		if (ending.leadIn() != null) {
			out.printf("%s%n%n", text(ending.leadIn()));
		}
		out.printf("## %s%n%n", text(this.phrasing.heading("basics")));
		report.basics().forEach((p) -> out.printf("%s%n%n", text(p)));
		out.printf("## %s%n%n", text(this.phrasing.heading("problems")));
		if (report.problems().isEmpty()) {
			out.printf("%s%n%n", text(this.phrasing.heading("noProblems")));
		}
		else {
			out.printf("%s%n%n", text(report.opening()));
		}
		report.problems().forEach((p) -> out.printf("%s%n%n", text(p.text())));
		if (!report.measures().isEmpty()) {
			out.printf("## %s%n%n", text(this.phrasing.heading("measures")));
			report.measures().forEach((m) -> out.printf("**%s**%s%n%n", text(m.heading()), text(m.text())));
		}
		if (ending.closing() != null) {
			out.printf("%s%n%n", text(ending.closing()));
		}
		List<String> note = ending.note();
		if (!note.isEmpty()) {
			String first = note.get(0);
			String under = "\u3000"
				.repeat((int) Math.round(Typeface.width(first.substring(0, first.indexOf('：') + 1))));
			for (int i = 0; i < note.size(); i++) {
				out.printf("%s%s%s%n", (i > 0) ? under : "", text(note.get(i)), (i < note.size() - 1) ? "<br>" : "");
			}
			out.println();
		}
		out.printf("<p align=\"right\">%s<br>%s</p>%n%n", text(ending.signature()), text(ending.date()));
		if (!report.notices().isEmpty()) {
			out.printf("## %s%n%n", text(this.phrasing.heading("notices")));
			for (Finding notice : report.notices()) {
				out.printf("- %s%n", text(this.phrasing.notice(notice)));
			}
			out.println();
		}
		for (Report.Attachment attachment : ending.attachments()) {
			out.printf("## %s%n%n", text(attachment.heading()));
			attachment(report, attachment.kind(), out);
			out.println();
		}
		out.flush();
	}

	static boolean hasAppendix(Report report) {
		return !report.ending().attachments().isEmpty();
	}

	private void attachment(Report report, Report.Attachment.Kind kind, PrintWriter out) {
		switch (kind) {
			case ROWS -> {
				out.printf("%s%n%n", text(this.phrasing.itemCounts(report.counts())));
				out.println("| 序号 | 问题 | 涉及组织 | 期间 | 依据 | 类别 |");
				out.println("|---|---|---|---|---|---|");
				for (Report.Row row : report.rows()) {
					out.printf("| %d | %s | %s | %s | %s | %s |%n", row.number(), cell(row.sentence()),
							cell(row.orgName()), cell(row.periods()), cell(row.citation()),
							row.severity().shortLabel());
				}
			}
			case EXEMPTED -> {
				out.println("| 序号 | 事项 | 理由 | 批准文号 |");
				out.println("|---|---|---|---|");
				int n = 1;
				for (Exempted e : report.exempted()) {
					out.printf("| %d | %s | %s | %s |%n", n++, cell(e.finding().message()), cell(e.reason()),
							cell((e.approval() != null) ? e.approval() : "—"));
				}
			}
			case DATA -> {
				out.println("| 序号 | 台账记录 | 有误之处 |");
				out.println("|---|---|---|");
				int n = 1;
				for (Finding f : report.dataProblems()) {
					out.printf("| %d | %s | %s |%n", n++, cell(DataProblems.location(f)),
							cell(DataProblems.problems(f)));
				}
			}
		}
	}

	/**
	 * A text of the report as Markdown shows it literally: the characters that would be
	 * read as HTML or as Markdown's own marks (a {@code <script>} in an organisation's
	 * name, an asterisk, a bracket) written as entities or escaped.
	 * @param text the text
	 * @return the Markdown
	 */
	static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder md = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> md.append("&lt;");
				case '>' -> md.append("&gt;");
				case '&' -> md.append("&amp;");
				case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> md.append('\\').append(c);
				case '\n', '\r' -> md.append(' ');
				default -> md.append(c);
			}
		}
		return md.toString();
	}

	static String cell(String text) {
		return text(text);
	}

}
