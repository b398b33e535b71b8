package org.zicha.report;

import java.util.List;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Period;

/**
 * The text of the report on the page: 基本情况, 存在的问题, 下步工作考虑, the notices and the appendix,
 * saying exactly what the Markdown and Word documents say.
 */
final class ReportTextHtml {

	private final Phrasing phrasing;

	/**
	 * The text with the unit's headings.
	 * @param phrasing the wording
	 */
	ReportTextHtml(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * 一、基本情况: one paragraph each.
	 * @param report the report
	 * @param out where to write it
	 */
	void basics(Report report, Markup out) {
		section("basics", this.phrasing.heading("basics"), out);
		report.basics().forEach((p) -> out.element("p", p, "class", "prose"));
		out.close("section");
	}

	/**
	 * 二、存在的问题: one paragraph per area, its ordinal and judgement in bold.
	 * @param report the report
	 * @param out where to write it
	 */
	void problems(Report report, Markup out) {
		section("problems", this.phrasing.heading("problems"), out);
		if (report.problems().isEmpty()) {
			out.element("p", this.phrasing.heading("noProblems"), "class", "prose");
		}
		for (Report.Problem problem : report.problems()) {
			out.open("p", "class", "prose problem", "data-area", problem.area());
			out.element("strong", problem.ordinal() + problem.judgement(), "class", "judgement");
			problem.issues().forEach((i) -> out.text(i.sentence()));
			out.close("p");
		}
		out.close("section");
	}

	/**
	 * 三、下步工作考虑, when there are problems.
	 * @param report the report
	 * @param out where to write it
	 */
	void measures(Report report, Markup out) {
		if (report.measures().isEmpty()) {
			return;
		}
		section("measures", this.phrasing.heading("measures"), out);
		for (Report.Measure measure : report.measures()) {
			out.open("p", "class", "prose measure", "data-area", measure.area());
			out.element("strong", measure.ordinal(), "class", "ordinal").text(measure.text());
			out.close("p");
		}
		out.close("section");
	}

	/**
	 * 近期到期事项, when there are any: each message with its deadline.
	 * @param report the report
	 * @param out where to write it
	 */
	void notices(Report report, Markup out) {
		if (report.notices().isEmpty()) {
			return;
		}
		section("notices", this.phrasing.heading("notices"), out);
		out.open("ul", "class", "notices");
		for (Finding notice : report.notices()) {
			out.open("li", "data-key", notice.key());
			out.element("span", notice.message(), "class", "message");
			out.open("span", "class", "deadline").text("期限：");
			out.element("time", Period.dayLabel(notice.period().to()), "datetime", notice.period().to().toString());
			out.close("span").close("li");
		}
		out.close("ul").close("section");
	}

	/**
	 * 附件：问题清单, one row per issue, then 经批准的例外.
	 * @param report the report
	 * @param out where to write it
	 */
	void appendix(Report report, Markup out) {
		List<Report.Issue> issues = report.issues();
		if (issues.isEmpty() && report.exempted().isEmpty()) {
			return;
		}
		section("appendix", this.phrasing.heading("appendix"), out);
		if (!issues.isEmpty()) {
			out.open("table", "class", "appendix");
			header(out, "序号", "问题", "涉及组织", "期间", "依据", "类别");
			out.open("tbody");
			for (Report.Issue issue : issues) {
				out.open("tr", "id", "issue-" + issue.number(), "data-duty", issue.duty());
				out.element("td", String.valueOf(issue.number()), "class", "num");
				out.element("td", issue.sentence());
				out.element("td", String.join("、", issue.organisations()));
				out.element("td", issue.periods());
				out.element("td", issue.source(), "class", "source");
				out.open("td")
					.element("span", issue.severity().shortLabel(), "class",
							"tag " + FindingRow.Category.valueOf(issue.severity().name()).css());
				out.close("td").close("tr");
			}
			out.close("tbody").close("table");
		}
		if (!report.exempted().isEmpty()) {
			out.element("h3", this.phrasing.heading("exempted"));
			out.open("table", "class", "exempted");
			header(out, "序号", "事项", "理由", "批准文号");
			out.open("tbody");
			int n = 1;
			for (Exempted e : report.exempted()) {
				out.open("tr", "data-key", e.finding().key());
				out.element("td", String.valueOf(n++), "class", "num");
				out.element("td", e.finding().message());
				out.element("td", e.reason());
				out.element("td", (e.approval() != null) ? e.approval() : "—", "class", "approval");
				out.close("tr");
			}
			out.close("tbody").close("table");
		}
		out.close("section");
	}

	/**
	 * Open a section with its heading; the caller closes it.
	 * @param id the section's id
	 * @param heading its heading
	 * @param out where to write it
	 */
	static void section(String id, String heading, Markup out) {
		out.open("section", "id", id);
		out.element("h2", heading);
	}

	private static void header(Markup out, String... columns) {
		out.open("thead").open("tr");
		for (String column : columns) {
			out.element("th", column, "scope", "col");
		}
		out.close("tr").close("thead");
	}

}
