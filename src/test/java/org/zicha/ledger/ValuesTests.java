package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Values}: the value formats of ledger.md (dates, months, lists, numbers).
 */
class ValuesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-20", "2025/3/20", "2025/03/20", "2025.3.20", "2025年3月20日", " 2025-03-20 " })
	void everyAcceptedDateFormReadsAsTheSameDay(String text) {
		assertThat(Values.date(text, false)).isEqualTo(LocalDate.of(2025, 3, 20));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-13-01", "2025-02-30", "2025/2/29", "2025.4.31", "2025年0月10日", "2025-01-32" })
	void aDateThatIsNotACalendarDayIsAnErrorNotRolledOver(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.date(text, false)).withMessage("不是日历上存在的日期");
	}

	@Test
	void theTwentyNinthOfFebruaryExistsInALeapYear() {
		assertThat(Values.date("2024-02-29", true)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Values.date("2024年2月29日", false)).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "明天", "20250320", "2025-3/20", "3/20/2025", "2025年3月20", "2025-03" })
	void textThatIsNoDateIsAnError(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.date(text, false))
			.withMessage("不是有效的日期，应写作 2025-03-20、2025/3/20、2025.3.20 或 2025年3月20日");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025/3/20", "2025.3.20", "2025年3月20日", "2025-3-20" })
	void jsonAcceptsOnlyIsoDates(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.date(text, true))
			.withMessage("不是有效的日期，应写作 2025-03-20");
		assertThat(Values.date("2025-03-20", true)).isEqualTo(LocalDate.of(2025, 3, 20));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03", "2025/3", "2025/03", "2025年3月", "2025-03-20", "2025年3月1日" })
	void everyAcceptedMonthFormAndADateMeanTheMonth(String text) {
		assertThat(Values.month(text, false)).isEqualTo(YearMonth.of(2025, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-13", "2025/0", "2025年13月", "三月", "2025-02-30" })
	void textThatIsNoMonthIsAnError(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.month(text, false))
			.withMessageStartingWith("不是有效的月份");
	}

	@Test
	void jsonAcceptsIsoMonthsAndIsoDatesOnly() {
		assertThat(Values.month("2025-03", true)).isEqualTo(YearMonth.of(2025, 3));
		assertThat(Values.month("2025-03-31", true)).isEqualTo(YearMonth.of(2025, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> Values.month("2025/3", true))
			.withMessage("不是有效的月份，应写作 2025-03");
		assertThatIllegalArgumentException().isThrownBy(() -> Values.month("2025年3月", true))
			.withMessage("不是有效的月份，应写作 2025-03");
	}

	@Test
	void listItemsAreSeparatedByEveryListedSeparator() {
		assertThat(Values.split("m1、m2，m3,m4;m5；m6\nm7\r\nm8")).containsExactly("m1", "m2", "m3", "m4", "m5", "m6",
				"m7", "m8");
	}

	@Test
	void listItemsAreStrippedAndEmptyItemsDropped() {
		assertThat(Values.split(" 王建国 、、 李红梅 ，\n")).containsExactly("王建国", "李红梅");
		assertThat(Values.split("王建国")).containsExactly("王建国");
	}

	@Test
	void aWholeNumberMayBeWrittenAsExcelWritesIt() {
		assertThat(Values.count("8")).isEqualTo(8);
		assertThat(Values.count("8.0")).isEqualTo(8);
		assertThat(Values.count(" 0 ")).isZero();
	}

	@Test
	void aCountMustBeAWholeNumberThatIsNotNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.count("八")).withMessage("不是数字");
		assertThatIllegalArgumentException().isThrownBy(() -> Values.count("8.5")).withMessage("应为整数");
		assertThatIllegalArgumentException().isThrownBy(() -> Values.count("-1")).withMessage("不能为负数");
	}

	@Test
	void amountsAreDecimalsWithOptionalThousandsSeparators() {
		assertThat(Values.decimal("1,200.50")).isEqualByComparingTo("1200.5");
		assertThat(Values.decimal("0.5")).isEqualByComparingTo("0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> Values.decimal("五十元")).withMessage("不是数字");
		assertThatIllegalArgumentException().isThrownBy(() -> Values.decimal("-50")).withMessage("不能为负数");
	}

	@Test
	void theSameAmountWrittenDifferentlyIsTheSameValue() {
		// records are compared with equals() (duplicates, round trips): 50, 50.00 and
		// 5E+1
		// must give equal amounts
		assertThat(Values.decimal("50")).isEqualTo(new BigDecimal("50"));
		assertThat(Values.decimal("50.00")).isEqualTo(new BigDecimal("50"));
		assertThat(Values.decimal("12.50")).isEqualTo(new BigDecimal("12.5"));
	}

}
