package org.zicha.report;

import java.time.LocalDate;
import java.util.List;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * The drafted report: what every renderer writes.
 *
 * @param title the title
 * @param subtitle the line under the title: as-of day and what the data covered
 * @param basics the paragraphs of 一、基本情况
 * @param problems the paragraphs of 二、存在的问题, by weight
 * @param measures the measures of 三、下步工作考虑, one per problem paragraph, same order
 * @param exempted the exempted findings (经批准的例外)
 * @param notices the notices (近期到期事项)
 * @param heatMap the grid of the calendar duties
 * @param asOf the as-of day
 */
public record Report(String title, String subtitle, List<String> basics, List<Problem> problems, List<Measure> measures,
		List<Exempted> exempted, List<Finding> notices, HeatMap heatMap, LocalDate asOf) {

	/**
	 * Every issue, in the order of the paragraphs: the rows of the appendix and of the
	 * rectification ledger.
	 * @return the issues, numbered from 1
	 */
	public List<Issue> issues() {
		return this.problems.stream().flatMap((p) -> p.issues().stream()).toList();
	}

	/**
	 * One paragraph of 存在的问题: the problems of one area.
	 *
	 * @param ordinal 一是, 二是, …
	 * @param area the area
	 * @param judgement the area's judgement sentence
	 * @param issues the issues, by weight
	 */
	public record Problem(String ordinal, String area, String judgement, List<Issue> issues) {

		/**
		 * The paragraph: the ordinal, the judgement, then one sentence per issue.
		 * @return the text
		 */
		public String text() {
			StringBuilder sb = new StringBuilder(this.ordinal).append(this.judgement);
			this.issues.forEach((i) -> sb.append(i.sentence()));
			return sb.toString();
		}

		/**
		 * The most serious severity among the issues.
		 * @return MAJOR or MINOR
		 */
		public Severity severity() {
			return this.issues.stream().map(Issue::severity).min(Enum::compareTo).orElse(Severity.MINOR);
		}

	}

	/**
	 * One problem: the findings of one duty and severity, aggregated into a sentence.
	 *
	 * @param number its number in the appendix
	 * @param duty the duty code
	 * @param area the area
	 * @param title the duty's title
	 * @param severity the severity
	 * @param sentence the aggregated sentence
	 * @param organisations the names of the organisations concerned
	 * @param periods the periods concerned, in words
	 * @param source the regulation
	 * @param remedy the duty's remedy
	 * @param responsible who leads the rectification (the secretaries of the
	 * organisations)
	 * @param deadline the day by which it is to be rectified
	 * @param findings the findings it aggregates
	 */
	public record Issue(int number, String duty, String area, String title, Severity severity, String sentence,
			List<String> organisations, String periods, String source, String remedy, String responsible,
			LocalDate deadline, List<Finding> findings) {

		/**
		 * The keys of the findings, for traceability.
		 * @return the keys
		 */
		public List<String> keys() {
			return this.findings.stream().map(Finding::key).toList();
		}

	}

	/**
	 * One measure of 下步工作考虑.
	 *
	 * @param ordinal （一）, （二）, …
	 * @param area the area it answers
	 * @param text the measure
	 */
	public record Measure(String ordinal, String area, String text) {

	}

}
