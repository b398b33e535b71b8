package org.zicha.ledger;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Period} and {@link PeriodKind}: calendar periods, their arithmetic and their
 * Chinese labels.
 */
class PeriodTests {

	@Test
	void theCalendarPeriodOfADay() {
		LocalDate day = LocalDate.of(2025, 5, 15);
		assertThat(Period.of(PeriodKind.MONTH, day)).isEqualTo(period(PeriodKind.MONTH, "2025-05-01", "2025-05-31"));
		assertThat(Period.of(PeriodKind.QUARTER, day))
			.isEqualTo(period(PeriodKind.QUARTER, "2025-04-01", "2025-06-30"));
		assertThat(Period.of(PeriodKind.HALF_YEAR, day))
			.isEqualTo(period(PeriodKind.HALF_YEAR, "2025-01-01", "2025-06-30"));
		assertThat(Period.of(PeriodKind.YEAR, day)).isEqualTo(period(PeriodKind.YEAR, "2025-01-01", "2025-12-31"));
	}

	@Test
	void februaryEndsOnTheTwentyNinthInALeapYear() {
		assertThat(Period.month(YearMonth.of(2024, 2)).to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.month(YearMonth.of(2025, 2)).to()).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void theLastDayOfAPeriodBelongsToIt() {
		assertThat(Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 3, 31)).from()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(Period.of(PeriodKind.HALF_YEAR, LocalDate.of(2025, 7, 1)).from())
			.isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void theNextPeriodCrossesTheYear() {
		assertThat(Period.of(PeriodKind.QUARTER, LocalDate.of(2024, 11, 5)).next())
			.isEqualTo(period(PeriodKind.QUARTER, "2025-01-01", "2025-03-31"));
		assertThat(Period.month(YearMonth.of(2024, 1)).next())
			.isEqualTo(period(PeriodKind.MONTH, "2024-02-01", "2024-02-29"));
		assertThat(Period.of(PeriodKind.HALF_YEAR, LocalDate.of(2025, 12, 31)).next())
			.isEqualTo(period(PeriodKind.HALF_YEAR, "2026-01-01", "2026-06-30"));
	}

	@Test
	void aPeriodContainsItsFirstAndLastDay() {
		Period march = Period.month(YearMonth.of(2025, 3));
		assertThat(march.contains(LocalDate.of(2025, 3, 1))).isTrue();
		assertThat(march.contains(LocalDate.of(2025, 3, 31))).isTrue();
		assertThat(march.contains(LocalDate.of(2025, 2, 28))).isFalse();
		assertThat(march.contains(LocalDate.of(2025, 4, 1))).isFalse();
		assertThat(march.contains(null)).isFalse();
	}

	@Test
	void aPeriodIsWithinAWindowThatCoversItExactly() {
		Period march = Period.month(YearMonth.of(2025, 3));
		assertThat(march.within(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).isTrue();
		assertThat(march.within(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(march.within(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 30))).isFalse();
	}

	@Test
	void theMonthsAPeriodTouches() {
		assertThat(Period.span(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 2, 3)).months()).containsExactly(
				YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
		assertThat(Period.day(LocalDate.of(2025, 3, 5)).months()).containsExactly(YearMonth.of(2025, 3));
	}

	@Test
	void daysLeftAfterADay() {
		Period november = Period.month(YearMonth.of(2025, 11));
		assertThat(november.daysLeftAfter(LocalDate.of(2025, 11, 25))).isEqualTo(5);
		assertThat(november.daysLeftAfter(LocalDate.of(2025, 11, 30))).isZero();
	}

	@Test
	void inferNamesTheCalendarPeriodTheDaysSpanExactly() {
		assertThat(Period.infer(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).kind())
			.isEqualTo(PeriodKind.QUARTER);
		assertThat(Period.infer(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).kind())
			.isEqualTo(PeriodKind.YEAR);
		assertThat(Period.infer(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)).kind())
			.isEqualTo(PeriodKind.MONTH);
		assertThat(Period.infer(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)).kind())
			.isEqualTo(PeriodKind.HALF_YEAR);
		assertThat(Period.infer(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31)).kind()).isEqualTo(PeriodKind.SPAN);
		assertThat(Period.infer(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5)).kind()).isEqualTo(PeriodKind.DAY);
	}

	@Test
	void aPeriodCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Period.span(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 4)));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.of(PeriodKind.SPAN, LocalDate.of(2025, 3, 5)));
	}

	@Test
	void periodsOrderByTheirFirstThenLastDay() {
		Period march = Period.month(YearMonth.of(2025, 3));
		Period quarter = Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 3, 1));
		Period year = Period.year(2025);
		assertThat(quarter).isLessThan(march);
		assertThat(quarter).isLessThan(year);
		assertThat(year).isLessThan(march);
	}

	@Test
	void labelsAreInTheWordsOfAnOfficialReport() {
		assertThat(Period.month(YearMonth.of(2025, 3)).label()).isEqualTo("2025年3月");
		assertThat(Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 2, 1)).label()).isEqualTo("2025年第一季度");
		assertThat(Period.of(PeriodKind.QUARTER, LocalDate.of(2025, 12, 1)).label()).isEqualTo("2025年第四季度");
		assertThat(Period.of(PeriodKind.HALF_YEAR, LocalDate.of(2025, 6, 30)).label()).isEqualTo("2025年上半年");
		assertThat(Period.of(PeriodKind.HALF_YEAR, LocalDate.of(2025, 7, 1)).label()).isEqualTo("2025年下半年");
		assertThat(Period.year(2025).label()).isEqualTo("2025年");
		assertThat(Period.day(LocalDate.of(2025, 3, 5)).label()).isEqualTo("2025年3月5日");
	}

	@Test
	void spanLabelsNameTheYearOnceWhenItDoesNotChange() {
		assertThat(Period.span(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 4, 4)).label()).isEqualTo("2025年3月5日至4月4日");
		assertThat(Period.span(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 5)).label())
			.isEqualTo("2024年12月20日至2025年1月5日");
		assertThat(Period.span(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)).label()).isEqualTo("2025年3月至5月");
		assertThat(Period.span(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 28)).label())
			.isEqualTo("2024年11月至2025年2月");
	}

	@Test
	void periodKindsAreParsedFromTheirChineseOrEnglishNames() {
		assertThat(PeriodKind.parse("季度")).isEqualTo(PeriodKind.QUARTER);
		assertThat(PeriodKind.parse("每季度")).isEqualTo(PeriodKind.QUARTER);
		assertThat(PeriodKind.parse(" 半年 ")).isEqualTo(PeriodKind.HALF_YEAR);
		assertThat(PeriodKind.parse("年度")).isEqualTo(PeriodKind.YEAR);
		assertThat(PeriodKind.parse("月度")).isEqualTo(PeriodKind.MONTH);
		assertThat(PeriodKind.parse("year")).isEqualTo(PeriodKind.YEAR);
		assertThat(PeriodKind.parse("日")).isNull();
		assertThat(PeriodKind.parse("DAY")).isNull();
		assertThat(PeriodKind.QUARTER.every()).isEqualTo("每季度");
	}

	private static Period period(PeriodKind kind, String from, String to) {
		return new Period(kind, LocalDate.parse(from), LocalDate.parse(to));
	}

}
