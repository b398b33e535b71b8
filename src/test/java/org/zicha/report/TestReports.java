package org.zicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;

/**
 * Reports built by hand, for the renderers' limits (long texts, many rows, formula-like
 * text).
 */
final class TestReports {

	static final LocalDate AS_OF = LocalDate.parse("2025-12-31");

	private TestReports() {
	}

	/**
	 * A report of some rows and exempted findings, and nothing else.
	 * @param rows the rows
	 * @param exempted the exempted findings
	 * @return the report
	 */
	static Report of(List<Report.Row> rows, List<Exempted> exempted) {
		return new Report(List.of("中共测试党委", "关于2025年度党建工作自查情况的报告"), "说明", List.of(), List.of(), "开头", List.of(),
				List.of(), rows, List.of(), exempted, List.of(), List.of(), false, new HeatMap(List.of()),
				new Report.Ending(null, null, null, null,
						List.of(new Report.Attachment(Report.Attachment.Kind.ROWS, "附件", "问题清单", "附件：问题清单")), "中共测试党委",
						"2025年12月31日"),
				"2025年1月至12月", AS_OF, List.of(), List.of());
	}

	/**
	 * A row of one organisation.
	 * @param number its number
	 * @param text the text of its sentence, organisation, source, measure and responsible
	 * @param findings its findings
	 * @return the row
	 */
	static Report.Row row(int number, String text, List<Finding> findings) {
		return new Report.Row(number, text, text, "THEME_DAY", text, Severity.MINOR, text, "B1", text, text, text, text,
				text, AS_OF.plusDays(30), findings, null, Report.Tracking.NONE);
	}

	/**
	 * A theme-day finding of an organisation in a month of 2025.
	 * @param org the organisation (id and name)
	 * @param month the month
	 * @return the finding
	 */
	static Finding finding(String org, int month) {
		return new Finding("THEME_DAY", "组织生活", Severity.MINOR, org, org, null,
				Period.of(PeriodKind.MONTH, LocalDate.of(2025, month, 1)), "未按期开展主题党日", org + "未开展主题党日", Map.of(), "依据",
				"整改措施", null);
	}

}
