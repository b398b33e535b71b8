package org.zicha.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

	private static Period month(int m) {
		return Period.month(YearMonth.of(2025, m));
	}

	@Test
	void consecutiveMonthsMergeIntoRanges() {
		assertThat(Words.periods(List.of(month(4), month(2), month(3), month(7), month(9), month(10)), 2025))
			.isEqualTo("2月至4月、7月、9月至10月");
	}

	@Test
	void periodsOfAnotherYearKeepTheirYear() {
		assertThat(Words.periods(List.of(Period.month(YearMonth.of(2024, 12)), month(1), month(2)), 2025))
			.isEqualTo("2024年12月至2025年2月");
		assertThat(Words.periods(List.of(Period.year(2025)), 2025)).isEqualTo("全年");
		assertThat(Words.periods(List.of(Period.day(LocalDate.of(2024, 9, 20))), 2025)).isEqualTo("2024年9月20日");
	}

	@Test
	void quartersHalfYearsDaysAndSpansAreWrittenAsAReportDoes() {
		assertThat(Words.periods(List.of(Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 4, 1)),
				Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 7, 1))), 2025))
			.isEqualTo("第二季度至第三季度");
		assertThat(Words.periods(List.of(Period.of(PeriodKind.HALF_YEAR, LocalDate.of(2025, 7, 1))), 2025))
			.isEqualTo("下半年");
		assertThat(Words.periods(List.of(Period.span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30))), 2025))
			.isEqualTo("4月至9月");
		assertThat(Words.periods(List.of(Period.span(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 3))), 2025))
			.isEqualTo("3月3日至4月3日");
	}

	@Test
	void itemsOfTheSameVerbShareItAndTheLastIsJoinedByTheConjunction() {
		assertThat(Words.join(List.of("召开|支委会", "召开|党小组会", "开展|主题党日"), "或")).isEqualTo("召开支委会、党小组会或开展主题党日");
		assertThat(Words.join(List.of("召开|党员大会"), "或")).isEqualTo("召开党员大会");
		assertThat(Words.join(List.of("组织生活会", "民主评议", "谈心谈话"), "和")).isEqualTo("组织生活会、民主评议和谈心谈话");
		assertThat(Words.join(List.of(), "和")).isEmpty();
	}

	@Test
	void aSentenceEndsWithOneFullStop() {
		assertThat(Words.endSentence("未召开党员大会")).isEqualTo("未召开党员大会。");
		assertThat(Words.endSentence("未召开党员大会；")).isEqualTo("未召开党员大会。");
		assertThat(Words.endSentence("未召开党员大会。")).isEqualTo("未召开党员大会。");
		assertThat(Words.endSentence("（其中外驻站点党员1名）")).isEqualTo("（其中外驻站点党员1名）。");
	}

	@Test
	void chineseNumeralsForOrdinals() {
		assertThat(List.of(1, 2, 10, 11, 20, 23).stream().map(Words::number)).containsExactly("一", "二", "十", "十一", "二十",
				"二十三");
	}

}
