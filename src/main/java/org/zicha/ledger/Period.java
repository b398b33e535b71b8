package org.zicha.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A period a duty is measured over: from its first to its last day, both included.
 *
 * @param kind what sort of period this is
 * @param from the first day
 * @param to the last day
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) implements Comparable<Period> {

	private static final String[] QUARTER_NAMES = { "一", "二", "三", "四" };

	public Period {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	/**
	 * The calendar period of a kind that contains a day.
	 * @param kind a calendar kind
	 * @param day any day
	 * @return the month, quarter, half-year or year of that day
	 */
	public static Period of(PeriodKind kind, LocalDate day) {
		if (!kind.isCalendar()) {
			throw new IllegalArgumentException(kind + " is not a calendar period");
		}
		LocalDate start = kind.start(day);
		return new Period(kind, start, start.plusMonths(kind.months()).minusDays(1));
	}

	/**
	 * A calendar month.
	 * @param month the month
	 * @return its period
	 */
	public static Period month(YearMonth month) {
		return of(PeriodKind.MONTH, month.atDay(1));
	}

	/**
	 * A calendar year.
	 * @param year the year
	 * @return its period
	 */
	public static Period year(int year) {
		return of(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
	}

	/**
	 * A single day.
	 * @param day the day
	 * @return the period of that day alone
	 */
	public static Period day(LocalDate day) {
		return new Period(PeriodKind.DAY, day, day);
	}

	/**
	 * A span of days.
	 * @param from the first day
	 * @param to the last day
	 * @return the span, or a {@link PeriodKind#DAY} period when both days are equal
	 */
	public static Period span(LocalDate from, LocalDate to) {
		return from.equals(to) ? day(from) : new Period(PeriodKind.SPAN, from, to);
	}

	/**
	 * The period with these days, of the calendar kind they span exactly (a month,
	 * quarter, half-year or year), else a day or a span.
	 * @param from the first day
	 * @param to the last day
	 * @return the period
	 */
	public static Period infer(LocalDate from, LocalDate to) {
		for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)) {
			Period calendar = of(kind, from);
			if (calendar.from().equals(from) && calendar.to().equals(to)) {
				return calendar;
			}
		}
		return span(from, to);
	}

	/**
	 * Whether a day lies inside this period.
	 * @param day the day
	 * @return true when from ≤ day ≤ to
	 */
	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/**
	 * Whether this period lies wholly inside [first, last].
	 * @param first the first day of the window
	 * @param last the last day of the window
	 * @return true when this period starts on or after first and ends on or before last
	 */
	public boolean within(LocalDate first, LocalDate last) {
		return !this.from.isBefore(first) && !this.to.isAfter(last);
	}

	/**
	 * The next calendar period of the same kind.
	 * @return the period that starts the day after this one ends
	 */
	public Period next() {
		return of(this.kind, this.to.plusDays(1));
	}

	/**
	 * The months this period touches, in order.
	 * @return the months from the month of {@code from} to the month of {@code to}
	 */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(this.from); !m.isAfter(YearMonth.from(this.to)); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/**
	 * The days from a day to the last day of this period.
	 * @param day a day
	 * @return {@code to - day} in days (25 November → 30 November is 5)
	 */
	public long daysLeftAfter(LocalDate day) {
		return ChronoUnit.DAYS.between(day, this.to);
	}

	/**
	 * The period in the words of an official report: 2025年3月, 2025年第一季度, 2025年上半年, 2025年,
	 * 2025年3月5日, 2025年3月5日至2025年4月4日.
	 * @return the Chinese label
	 */
	public String label() {
		return switch (this.kind) {
			case MONTH -> this.from.getYear() + "年" + this.from.getMonthValue() + "月";
			case QUARTER -> this.from.getYear() + "年第" + QUARTER_NAMES[(this.from.getMonthValue() - 1) / 3] + "季度";
			case HALF_YEAR -> this.from.getYear() + "年" + (this.from.getMonthValue() == 1 ? "上半年" : "下半年");
			case YEAR -> this.from.getYear() + "年";
			case DAY -> dayLabel(this.from);
			case SPAN -> spanLabel();
		};
	}

	private String spanLabel() {
		boolean wholeMonths = this.from.getDayOfMonth() == 1 && this.to.getDayOfMonth() == this.to.lengthOfMonth();
		boolean sameYear = this.from.getYear() == this.to.getYear();
		if (wholeMonths) {
			return this.from.getYear() + "年" + this.from.getMonthValue() + "月至"
					+ (sameYear ? "" : this.to.getYear() + "年") + this.to.getMonthValue() + "月";
		}
		return dayLabel(this.from) + "至" + (sameYear ? dayLabel(this.to).substring(5) : dayLabel(this.to));
	}

	/**
	 * A day in the words of an official report.
	 * @param day the day
	 * @return for example 2025年3月5日
	 */
	public static String dayLabel(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/**
	 * The time from one day to another in the natural units of a report: 1年3个月, 5个月, or
	 * days when under a month (20天).
	 * @param from the first day
	 * @param to the last day
	 * @return the time, 0天 when the last day is not after the first
	 */
	public static String elapsed(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return "0天";
		}
		java.time.Period p = java.time.Period.between(from, to);
		if (p.getYears() == 0 && p.getMonths() == 0) {
			return p.getDays() + "天";
		}
		return ((p.getYears() > 0) ? p.getYears() + "年" : "") + ((p.getMonths() > 0) ? p.getMonths() + "个月" : "");
	}

	@Override
	public int compareTo(Period other) {
		int c = this.from.compareTo(other.from);
		return (c != 0) ? c : this.to.compareTo(other.to);
	}

	@Override
	public String toString() {
		return this.from + ".." + this.to;
	}

}
