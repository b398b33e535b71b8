package org.zicha.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a report to read and compare: the title, 基本情况, 存在的问题, 下步工作考虑, the ending
 * and the appendix, one paragraph or row a line.
 */
final class ReportText {

	private ReportText() {
	}

	/**
	 * The text of a report as approved in the golden files.
	 * @param report the report
	 * @return the text
	 */
	static String of(Report report) {
		List<String> lines = new ArrayList<>(report.title());
		lines.add("");
		lines.add("一、基本情况");
		lines.addAll(report.basics());
		lines.add("");
		lines.add("二、存在的问题");
		lines.add(report.opening());
		report.problems().forEach((p) -> lines.add(p.text()));
		lines.add("");
		lines.add("三、下步工作考虑");
		report.measures().forEach((m) -> lines.add(m.heading() + m.text()));
		lines.add("");
		lines.addAll(report.ending().note());
		lines.add(report.ending().signature());
		lines.add(report.ending().date());
		lines.add("");
		report.ending().attachments().stream().limit(1).forEach((a) -> lines.add(a.mark() + " " + a.title()));
		for (Report.Row row : report.rows()) {
			lines.add(String.join("｜", String.valueOf(row.number()), row.sentence(), row.orgName(), row.periods(),
					row.severity().shortLabel(), row.responsible(), row.deadline().toString()));
		}
		return String.join("\n", lines) + "\n";
	}

	/**
	 * The body a writer pastes: 基本情况, 存在的问题 and 下步工作考虑.
	 * @param report the report
	 * @return the body
	 */
	static String body(Report report) {
		List<String> lines = new ArrayList<>(report.basics());
		lines.add(report.opening());
		report.problems().forEach((p) -> lines.add(p.text()));
		report.measures().forEach((m) -> lines.add(m.heading() + m.text()));
		return String.join("\n", lines);
	}

}
