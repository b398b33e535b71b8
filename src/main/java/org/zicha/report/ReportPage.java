package org.zicha.report;

import java.util.List;
import java.util.Map;

/**
 * What the report page shows, ready for the templates under {@code templates/report/}:
 * report.html renders it whole, and the web application renders the same fragments
 * (header and counts, heat map, the report's text, notices, findings table). Every value
 * is text as the page writes it; the templates only lay it out.
 *
 * @param title the title on one line
 * @param coverage what the data covered
 * @param warnings the warnings about the window
 * @param headings the headings, by the keys of the wording file's {@code headings}
 * @param cards the count of each category of finding
 * @param categories the categories, in order
 * @param areas the counts of each area
 * @param heatMap the grids of the calendar duties
 * @param legend the states of a cell
 * @param basics the paragraphs of 基本情况
 * @param opening the opening sentence of 存在的问题
 * @param problems the paragraphs of 存在的问题
 * @param measures the measures of 下步工作
 * @param ending the 附件说明, 落款 and 成文日期
 * @param notices the notices
 * @param appendix the rows of the appendix
 * @param exempted the exempted findings
 * @param dataProblems the ledger rows a lenient read skipped (台账数据问题)
 * @param findings every finding, for the table
 * @param filters the options of the table's filters
 * @param counts how many findings of each category
 * @param compared whether the run was compared with an earlier one (the table then shows
 * each finding's change)
 * @param resolved the earlier findings no longer found
 * @param bulletin the text of an organisation's bulletin, in place of the report's text
 * and appendix on the page of one organisation's subtree; null on the whole report's page
 * @param style the page's stylesheet
 * @param script the page's script
 * @param policy the content security policy
 */
public record ReportPage(String title, String coverage, List<String> warnings, Map<String, String> headings,
		List<Card> cards, List<Category> categories, List<AreaRow> areas, List<HeatGrid> heatMap,
		List<LegendItem> legend, List<String> basics, String opening, List<ProblemText> problems,
		List<MeasureText> measures, Report.Ending ending, List<NoticeRow> notices, List<AppendixRow> appendix,
		List<ExemptedRow> exempted, List<DataRow> dataProblems, List<FindingLine> findings, Filters filters,
		Counts counts, boolean compared, List<FindingLine> resolved, BulletinText bulletin, String style, String script,
		String policy) {

	/**
	 * The text of an organisation's bulletin (支部提示单): its problems named in full, what
	 * falls due (the page's notices), its rectification rows.
	 *
	 * @param problemsHeading 一、本期存在的问题
	 * @param problems the problems, numbered as in the rectification ledger
	 * @param none what stands when there are no problems
	 * @param noticesHeading 二、近期到期事项
	 * @param noNotices what stands when nothing falls due
	 * @param rowsHeading 三、整改事项
	 * @param noRows what stands when there is nothing to rectify
	 * @param rows the rectification rows, then the earlier rows no longer found
	 */
	public record BulletinText(String problemsHeading, List<Numbered> problems, String none, String noticesHeading,
			String noNotices, String rowsHeading, String noRows, List<BulletinRow> rows) {

	}

	/**
	 * A numbered problem of a bulletin.
	 *
	 * @param number its row's number in the rectification ledger
	 * @param text the problem
	 */
	public record Numbered(int number, String text) {

	}

	/**
	 * A rectification row of a bulletin, as its table shows it.
	 *
	 * @param number 序号
	 * @param problem 问题
	 * @param measure 整改措施
	 * @param responsible 责任人
	 * @param deadline 整改时限, in words
	 * @param status 整改状态
	 * @param change 变化, or empty
	 */
	public record BulletinRow(String number, String problem, String measure, String responsible, String deadline,
			String status, String change) {

	}

	/**
	 * A category of finding with its count.
	 *
	 * @param name MAJOR, MINOR, NOTICE or EXEMPTED
	 * @param label its Chinese name
	 * @param css its colour's class
	 * @param count how many
	 */
	public record Card(String name, String label, String css, int count) {

	}

	/**
	 * A category of finding.
	 *
	 * @param name MAJOR, MINOR, NOTICE or EXEMPTED
	 * @param label its Chinese name
	 * @param css its colour's class
	 */
	public record Category(String name, String label, String css) {

	}

	/**
	 * One area of the overview.
	 *
	 * @param area the area
	 * @param segments the bar's segments
	 * @param counts the count of each category, empty for none
	 * @param total the area's total
	 */
	public record AreaRow(String area, List<Segment> segments, List<String> counts, int total) {

	}

	/**
	 * A segment of an area's bar, drawn as a rectangle of an SVG whose width is 100 (no
	 * style attribute, which a strict content security policy refuses).
	 *
	 * @param css its colour's class
	 * @param x where it starts, in hundredths of the bar
	 * @param width its width, in hundredths of the bar
	 * @param tip what it counts
	 */
	public record Segment(String css, String x, String width, String tip) {

	}

	/**
	 * How many findings of each category.
	 *
	 * @param problems the problems (重要 and 一般)
	 * @param major 重要问题
	 * @param minor 一般问题
	 * @param notices 提醒
	 * @param exempted 经批准的例外
	 * @param text the counts in a sentence, as the console and report.md state them
	 * @param items the line under the title of 问题清单
	 */
	public record Counts(int problems, int major, int minor, int notices, int exempted, String text, String items) {

	}

	/**
	 * One duty's grid of the heat map.
	 *
	 * @param code the duty code
	 * @param heading what the grid shows: the duty's title without its negation
	 * (按期召开党员大会)
	 * @param missedOrgs how many organisations missed a period
	 * @param wide whether it has more than twelve columns
	 * @param years the years above the columns when they span several, else empty
	 * @param year the year of the columns when they lie in one, else empty
	 * @param columns the periods
	 * @param rows one row per organisation
	 */
	public record HeatGrid(String code, String heading, int missedOrgs, boolean wide, List<YearSpan> years, String year,
			List<HeatColumn> columns, List<HeatRow> rows) {

	}

	/**
	 * A year over the columns.
	 *
	 * @param label the year
	 * @param span how many columns
	 */
	public record YearSpan(String label, int span) {

	}

	/**
	 * A column of a grid: one period.
	 *
	 * @param label its short label (3月, 第一季度)
	 * @param fullLabel its label with the year (2025年3月)
	 * @param period the period's first and last day, ISO ({@code 2025-01-01/2025-03-31})
	 */
	public record HeatColumn(String label, String fullLabel, String period) {

	}

	/**
	 * One organisation's row of a grid.
	 *
	 * @param orgId the organisation
	 * @param orgName its name
	 * @param cells its cells
	 */
	public record HeatRow(String orgId, String orgName, List<HeatCell> cells) {

	}

	/**
	 * One cell of a grid.
	 *
	 * @param state the state's name
	 * @param css its colour's class
	 * @param mark the mark inside
	 * @param label the state's Chinese name
	 */
	public record HeatCell(String state, String css, String mark, String label) {

	}

	/**
	 * A state of the legend.
	 *
	 * @param state the state's name
	 * @param css its colour's class
	 * @param mark its mark
	 * @param label its Chinese name
	 */
	public record LegendItem(String state, String css, String mark, String label) {

	}

	/**
	 * A paragraph of 存在的问题.
	 *
	 * @param theme the theme
	 * @param lead the ordinal and judgement
	 * @param evidence the evidence sentences
	 */
	public record ProblemText(String theme, String lead, String evidence) {

	}

	/**
	 * A measure of 下步工作.
	 *
	 * @param theme the theme
	 * @param heading the ordinal and title
	 * @param text the actions, who and by when
	 */
	public record MeasureText(String theme, String heading, String text) {

	}

	/**
	 * A notice.
	 *
	 * @param key its key
	 * @param message its message
	 * @param deadline its deadline in words
	 * @param date its deadline, ISO
	 */
	public record NoticeRow(String key, String message, String deadline, String date) {

	}

	/**
	 * A row of the appendix.
	 *
	 * @param number its number
	 * @param duty its duty code
	 * @param sentence the problem
	 * @param organisation the organisation
	 * @param periods the periods
	 * @param source the regulation
	 * @param severity 重要 or 一般
	 * @param css the severity's colour class
	 */
	public record AppendixRow(int number, String duty, String sentence, String organisation, String periods,
			String source, String severity, String css) {

	}

	/**
	 * An exempted finding of the appendix.
	 *
	 * @param key its key
	 * @param number its number
	 * @param message the finding
	 * @param reason the reason
	 * @param approval the approval, or —
	 */
	public record ExemptedRow(String key, int number, String message, String reason, String approval) {

	}

	/**
	 * A ledger row a lenient read skipped, in the attachment 台账数据问题.
	 *
	 * @param number its number
	 * @param location where the row is
	 * @param problems what is wrong with it
	 */
	public record DataRow(int number, String location, String problems) {

	}

	/**
	 * A row of the findings table.
	 *
	 * @param category MAJOR, MINOR, NOTICE or EXEMPTED
	 * @param css the category's colour class
	 * @param tag the category's short name
	 * @param label the category's name
	 * @param was for an exempted finding, its severity's short name, else null
	 * @param area the area
	 * @param orgId the organisation, or empty
	 * @param orgName its name, or —
	 * @param duty the duty's Chinese title
	 * @param key the finding's key
	 * @param period the period in words
	 * @param message the finding's sentence
	 * @param reason for an exempted finding, its reason, else null
	 * @param approval for an exempted finding, its approval, else null
	 * @param source the regulation
	 * @param change 新增 or 仍存在 when compared, else null
	 * @param changeName NEW or PERSISTING, else empty
	 */
	public record FindingLine(String category, String css, String tag, String label, String was, String area,
			String orgId, String orgName, String duty, String key, String period, String message, String reason,
			String approval, String source, String change, String changeName) {

	}

	/**
	 * The options of the findings table's filters.
	 *
	 * @param areas the areas
	 * @param organisations the organisations, by name
	 * @param categories the categories present
	 * @param changes the changes present, when compared
	 */
	public record Filters(List<Option> areas, List<Option> organisations, List<Option> categories,
			List<Option> changes) {

	}

	/**
	 * An option of a filter.
	 *
	 * @param value its value
	 * @param text its text
	 */
	public record Option(String value, String text) {

	}

}
