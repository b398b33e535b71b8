package org.zicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * The drafted report: what every renderer writes. The body (基本情况, 存在的问题, 下步工作考虑) is in
 * the register of a filed report, general and counted; the rows of the appendix and of
 * the rectification ledger carry the specifics.
 *
 * @param title the lines of the title: the issuing organisation, then 关于……的报告
 * @param coverage what the data covered (report.md and report.html only)
 * @param warnings the warnings about the window (report.md, report.html and the console)
 * @param basics the paragraphs of 一、基本情况
 * @param opening the opening sentence of 二、存在的问题
 * @param problems the paragraphs of 二、存在的问题, one per theme
 * @param measures the measures of 三、下步工作考虑, one per theme, same order
 * @param rows the rows of the appendix and the rectification ledger, numbered from 1
 * @param closedRows the rows of the earlier rectification ledger no longer found, after
 * the rows (rectification ledger only)
 * @param exempted the exempted findings (经批准的例外)
 * @param notices the notices (近期到期事项)
 * @param resolved the findings of the earlier run no longer found
 * @param compared whether the run was compared with an earlier one
 * @param heatMap the grid of the calendar duties
 * @param ending the 附件说明, 落款 and 成文日期
 * @param period the window in words
 * @param asOf the as-of day
 * @param organisations the organisations of the ledger, in ledger order
 */
public record Report(List<String> title, String coverage, List<String> warnings, List<String> basics, String opening,
		List<Problem> problems, List<Measure> measures, List<Row> rows, List<Row> closedRows, List<Exempted> exempted,
		List<Finding> notices, List<Finding> resolved, boolean compared, HeatMap heatMap, Ending ending, String period,
		LocalDate asOf, List<ReportInput.Organisation> organisations) {

	/**
	 * The title on one line.
	 * @return the title
	 */
	public String titleLine() {
		return String.join("", this.title);
	}

	/**
	 * Every finding of the problems, in the order of the rows.
	 * @return the findings
	 */
	public List<Finding> findings() {
		return this.rows.stream().flatMap((r) -> r.findings().stream()).toList();
	}

	/**
	 * One paragraph of 存在的问题: the problems of one theme.
	 *
	 * @param ordinal 一是, 二是, …
	 * @param theme the theme
	 * @param judgement the judgement sentence
	 * @param sentences the evidence sentences
	 * @param severity the most serious severity of its findings
	 */
	public record Problem(String ordinal, String theme, String judgement, List<String> sentences, Severity severity) {

		/**
		 * The paragraph: the ordinal, the judgement, then the evidence.
		 * @return the text
		 */
		public String text() {
			return this.ordinal + this.judgement + String.join("", this.sentences);
		}

	}

	/**
	 * One measure of 下步工作考虑.
	 *
	 * @param ordinal （一）, （二）, …
	 * @param theme the theme it answers
	 * @param title its title, e.g. 强化理论武装。
	 * @param text the actions, who is responsible and by when
	 */
	public record Measure(String ordinal, String theme, String title, String text) {

		/**
		 * The heading of the measure: the ordinal and the title.
		 * @return the heading
		 */
		public String heading() {
			return this.ordinal + this.title;
		}

	}

	/**
	 * One row of the appendix and the rectification ledger: the findings of one duty at
	 * one organisation.
	 *
	 * @param number its number
	 * @param theme the theme
	 * @param area the area
	 * @param duty the duty code
	 * @param title the duty's title
	 * @param severity the severity
	 * @param sentence the detailed sentence
	 * @param orgId the organisation responsible, or null
	 * @param orgName its name, or null
	 * @param periods the periods, in words
	 * @param source the regulation
	 * @param remedy the duty's remedy
	 * @param responsible who leads the rectification
	 * @param deadline the day by which it is to be rectified
	 * @param findings the findings of the row (empty for a row of an earlier ledger)
	 * @param change how it compares with the earlier run, or null
	 * @param tracking what was typed into the earlier rectification ledger for it
	 */
	public record Row(int number, String theme, String area, String duty, String title, Severity severity,
			String sentence, String orgId, String orgName, String periods, String source, String remedy,
			String responsible, LocalDate deadline, List<Finding> findings, Change change, Tracking tracking) {

		/**
		 * The keys of the findings, for traceability.
		 * @return the keys
		 */
		public List<String> keys() {
			return this.findings.stream().map(Finding::key).toList();
		}

		/**
		 * The regulation the row rests on, without its explanation: the source up to its
		 * first colon or semicolon (《中国共产党支部工作条例（试行）》第十二条), as the appendix cites it.
		 * @return the citation
		 */
		public String citation() {
			if (this.source == null) {
				return "";
			}
			int end = this.source.length();
			for (char c : new char[] { '：', '；' }) {
				int i = this.source.indexOf(c);
				if (i > 0 && i < end) {
					end = i;
				}
			}
			return this.source.substring(0, end);
		}

		Row withDeadline(LocalDate deadline) {
			return new Row(this.number, this.theme, this.area, this.duty, this.title, this.severity, this.sentence,
					this.orgId, this.orgName, this.periods, this.source, this.remedy, this.responsible, deadline,
					this.findings, this.change, this.tracking);
		}

		Row with(int number, Change change, Tracking tracking) {
			return new Row(number, this.theme, this.area, this.duty, this.title, this.severity, this.sentence,
					this.orgId, this.orgName, this.periods, this.source, this.remedy, this.responsible, this.deadline,
					this.findings, change, tracking);
		}

	}

	/**
	 * How a row compares with the earlier run.
	 */
	public enum Change {

		/** None of its findings was found before. */
		NEW,
		/** Some of its findings were found before. */
		PERSISTING,
		/** It was marked rectified, and its duty is found again at its organisation. */
		RELAPSED,
		/** Its findings are no longer found. */
		RESOLVED

	}

	/**
	 * What the branches typed into a row of the rectification ledger, carried over to the
	 * next run: the cells by column title, a date as a {@code LocalDate}, text as a
	 * {@code String}.
	 *
	 * @param cells the cells
	 */
	public record Tracking(Map<String, Object> cells) {

		/** Nothing typed. */
		public static final Tracking NONE = new Tracking(Map.of());

		public Tracking {
			cells = Map.copyOf(cells);
		}

		/**
		 * A cell's value.
		 * @param column the column title
		 * @return the value, or null
		 */
		public Object get(String column) {
			return this.cells.get(column);
		}

	}

	/**
	 * The end of the body: 附件说明, 落款 and 成文日期.
	 *
	 * @param attachment the 附件说明, e.g. 附件：问题清单
	 * @param signature the issuing organisation
	 * @param date the date, e.g. 2025年12月31日
	 * @param attachmentMark the mark at the top of the appendix page (附件)
	 * @param appendixTitle the title of the appendix (问题清单)
	 */
	public record Ending(String attachment, String signature, String date, String attachmentMark,
			String appendixTitle) {

	}

}
