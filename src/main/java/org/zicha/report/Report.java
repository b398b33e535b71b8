package org.zicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.finding.Subject;

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
 * @param dataProblems the ledger rows a lenient read skipped (台账数据问题): no problems of
 * party work, so never in the body, only in their own attachment and report.md's header
 */
public record Report(List<String> title, String coverage, List<String> warnings, List<String> basics, String opening,
		List<Problem> problems, List<Measure> measures, List<Row> rows, List<Row> closedRows, List<Exempted> exempted,
		List<Finding> notices, List<Finding> resolved, boolean compared, HeatMap heatMap, Ending ending, String period,
		LocalDate asOf, List<ReportInput.Organisation> organisations, List<Finding> dataProblems) {

	public Report {
		dataProblems = (dataProblems != null) ? List.copyOf(dataProblems) : List.of();
	}

	/**
	 * Whether a finding is about a ledger row a lenient read skipped rather than about
	 * party work.
	 * @param finding a finding
	 * @return true for a skipped row
	 */
	public static boolean isDataProblem(Finding finding) {
		return finding.subject() != null && finding.subject().kind() == Subject.Kind.ROW;
	}

	/**
	 * The counts every output states: the problems (MAJOR and MINOR findings of party
	 * work) by severity, the notices, the exempted findings and the skipped ledger rows,
	 * each apart.
	 * @return the counts
	 */
	public Counts counts() {
		List<Finding> findings = findings();
		int major = (int) findings.stream().filter((f) -> f.severity() == Severity.MAJOR).count();
		return new Counts(findings.size(), major, findings.size() - major, this.rows.size(), this.notices.size(),
				this.exempted.size(), this.dataProblems.size());
	}

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
		/**
		 * It was marked rectified, and its duty is missed again at its organisation for a
		 * period that begins after it was marked.
		 */
		RELAPSED,
		/**
		 * It was marked rectified, and is found again only for the periods that began
		 * before: it stays rectified (已整改（历史问题）).
		 */
		RECTIFIED,
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
	 * The counts of a report, as the console, report.md, report.html and report.docx
	 * state them.
	 *
	 * @param problems the problems (重要 and 一般)
	 * @param major the 重要问题
	 * @param minor the 一般问题
	 * @param items the rows of 问题清单 the problems are listed in
	 * @param notices the notices (近期到期事项)
	 * @param exempted the exempted findings (经批准的例外)
	 * @param dataProblems the skipped ledger rows (台账数据问题)
	 */
	public record Counts(int problems, int major, int minor, int items, int notices, int exempted, int dataProblems) {

	}

	/**
	 * The frame of the report around its three sections (GB/T 9704-2012): the 主送机关 under
	 * the title, the lead-in before 一, "特此报告。" after the last section, the 附件说明 naming
	 * every attachment, 落款 and 成文日期.
	 *
	 * @param addressee the 主送机关 line (市委组织部：), or null when none is known
	 * @param noAddressee how to add the 主送机关 when none is known (report.md's header), or
	 * null
	 * @param leadIn the lead-in, ending 现将有关情况报告如下：
	 * @param closing 特此报告。
	 * @param attachments the attachments, in order
	 * @param signature the issuing organisation
	 * @param date the 成文日期, e.g. 2026年1月5日
	 */
	public record Ending(String addressee, String noAddressee, String leadIn, String closing,
			List<Attachment> attachments, String signature, String date) {

		public Ending {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

		/**
		 * The lines of the 附件说明: 附件：问题清单, or 附件：1.问题清单 and then 2.经批准的例外 (set under the
		 * 1).
		 * @return the lines, empty without attachments
		 */
		public List<String> note() {
			return this.attachments.stream().map(Attachment::note).toList();
		}

		/**
		 * The attachment of a kind.
		 * @param kind the kind
		 * @return the attachment, or null when the report has none of that kind
		 */
		public Attachment attachment(Attachment.Kind kind) {
			return this.attachments.stream().filter((a) -> a.kind() == kind).findFirst().orElse(null);
		}

	}

	/**
	 * One attachment of the report.
	 *
	 * @param kind what it lists
	 * @param mark the mark at the top left of its first page: 附件, or 附件1 of several
	 * @param title its title, e.g. 问题清单
	 * @param note its line of the 附件说明
	 */
	public record Attachment(Kind kind, String mark, String title, String note) {

		/**
		 * The heading of the attachment where it is not set on a page of its own:
		 * 附件1：问题清单.
		 * @return the heading
		 */
		public String heading() {
			return this.mark + "：" + this.title;
		}

		/**
		 * What an attachment lists.
		 */
		public enum Kind {

			/** 问题清单: the rows of the problems. */
			ROWS,
			/** 经批准的例外: the exempted findings. */
			EXEMPTED,
			/** 台账数据问题: the ledger rows a lenient read skipped. */
			DATA

		}

	}

}
