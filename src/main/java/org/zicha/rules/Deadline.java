package org.zicha.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day by which an annual review of a year must be held: a day of the year after the
 * one reviewed (3月31日: by 31 March of the next year), or, written 12月31日, the last day of
 * the reviewed year itself (a unit that holds its reviews within the year). In both cases
 * it is the first such day on or after the reviewed year's last day.
 *
 * @param day the month and day
 */
public record Deadline(MonthDay day) {

	private static final Pattern TEXT = Pattern.compile("(?:次年|下一年|翌年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	public Deadline {
		Objects.requireNonNull(day, "day");
	}

	/**
	 * Parse a deadline as a cadre writes it.
	 * @param text 3月31日, 次年3月31日 or 12月31日
	 * @return the deadline
	 * @throws IllegalArgumentException when the text is not a day of the year
	 */
	public static Deadline parse(String text) {
		Matcher m = TEXT.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("应写作 3月31日（次年3月31日前）或 12月31日（当年年底前）");
		}
		try {
			return new Deadline(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("没有这一天，应写作 3月31日 这样的日期");
		}
	}

	/**
	 * The deadline of the review of a year: the first day on or after 31 December of that
	 * year that falls on this month and day (29 February is 28 February in a common
	 * year).
	 * @param year the year reviewed
	 * @return the last day on which the review counts as held in time
	 */
	public LocalDate of(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate same = this.day.atYear(year);
		return !same.isBefore(end) ? same : this.day.atYear(year + 1);
	}

	/**
	 * Whether the review is held within the reviewed year itself.
	 * @return true for 12月31日
	 */
	public boolean withinTheYear() {
		return this.day.getMonthValue() == 12 && this.day.getDayOfMonth() == 31;
	}

	@Override
	public String toString() {
		return (withinTheYear() ? "当年" : "次年") + this.day.getMonthValue() + "月" + this.day.getDayOfMonth() + "日";
	}

}
