package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the value formats of ledger.md. Each method throws
 * {@link IllegalArgumentException} with a Chinese message when the text is not valid.
 */
public final class Values {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern SEPARATED_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");

	private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private static final int MAX_WHOLE_DIGITS = 15;

	private static final int MAX_DECIMALS = 20;

	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,;；\\r\\n]+");

	private Values() {
	}

	/**
	 * Parse a date in any form a ledger cell accepts: {@code 2025-03-20},
	 * {@code 2025/3/20}, {@code 2025.3.20} or {@code 2025年3月20日}.
	 * @param text the text
	 * @return the date
	 * @throws IllegalArgumentException naming the accepted forms, when it is not a date
	 */
	public static LocalDate parseDate(String text) {
		return date(text, false);
	}

	/**
	 * Parse a date: {@code 2025-03-20}, {@code 2025/3/20}, {@code 2025.3.20} or
	 * {@code 2025年3月20日}; in JSON only ISO {@code 2025-03-20}.
	 * @param text the text
	 * @param isoOnly whether only the ISO form is accepted
	 * @return the date
	 */
	static LocalDate date(String text, boolean isoOnly) {
		String t = text.strip();
		Matcher m = ISO_DATE.matcher(t);
		if (m.matches()) {
			return day(t, m.group(1), m.group(2), m.group(3));
		}
		if (!isoOnly) {
			m = SEPARATED_DATE.matcher(t);
			if (m.matches()) {
				return day(t, m.group(1), m.group(3), m.group(4));
			}
			m = CHINESE_DATE.matcher(t);
			if (m.matches()) {
				return day(t, m.group(1), m.group(2), m.group(3));
			}
		}
		throw new IllegalArgumentException(
				isoOnly ? "不是有效的日期，应写作 2025-03-20" : "不是有效的日期，应写作 2025-03-20、2025/3/20、2025.3.20 或 2025年3月20日");
	}

	private static LocalDate day(String text, String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("不是日历上存在的日期");
		}
	}

	/**
	 * Parse a month: {@code 2025-03}, {@code 2025/3}, {@code 2025年3月}, or a date meaning
	 * its month; in JSON {@code 2025-03} or an ISO date.
	 * @param text the text
	 * @param isoOnly whether only the ISO forms are accepted
	 * @return the month
	 */
	static YearMonth month(String text, boolean isoOnly) {
		String t = text.strip();
		Matcher m = (isoOnly ? ISO_MONTH : SEPARATED_MONTH).matcher(t);
		if (!m.matches() && !isoOnly) {
			m = CHINESE_MONTH.matcher(t);
		}
		if (m.matches()) {
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("不是有效的月份");
			}
			return YearMonth.of(Integer.parseInt(m.group(1)), month);
		}
		try {
			return YearMonth.from(date(t, isoOnly));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					isoOnly ? "不是有效的月份，应写作 2025-03" : "不是有效的月份，应写作 2025-03、2025/3 或 2025年3月");
		}
	}

	/**
	 * Split one cell into list items at {@code 、 ， , ; ；} and line breaks.
	 * @param text the cell
	 * @return the non-empty items, stripped
	 */
	static List<String> split(String text) {
		return Arrays.stream(LIST_SEPARATORS.split(text)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/**
	 * Parse a whole number that is not negative ({@code 5}, or {@code 5.0} as Excel may
	 * write it).
	 * @param text the text
	 * @return the number
	 */
	static int count(String text) {
		BigDecimal value = decimal(text);
		if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			throw new IllegalArgumentException("数值超出范围");
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("应为整数");
		}
	}

	/**
	 * Parse a decimal number that is not negative, in one canonical form (no trailing
	 * zeros, never a negative scale), so that {@code 50}, {@code 50.00} and an Excel
	 * {@code 50.0} are equal values: records are compared with equals. A number of more
	 * than 15 whole digits or 20 decimals is out of range.
	 * @param text the text
	 * @return the number
	 */
	static BigDecimal decimal(String text) {
		String t = text.strip().replace(",", "");
		BigDecimal value;
		try {
			value = new BigDecimal(t).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(NUMBER.matcher(t).matches() ? "数值超出范围" : "不是数字");
		}
		if (value.precision() - value.scale() > MAX_WHOLE_DIGITS || value.scale() > MAX_DECIMALS) {
			throw new IllegalArgumentException("数值超出范围");
		}
		if (value.signum() < 0) {
			throw new IllegalArgumentException("不能为负数");
		}
		return (value.scale() < 0) ? value.setScale(0) : value;
	}

}
