package org.zicha.ledger;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The kinds of period a duty is measured over: the calendar periods, a single day (an
 * event), and a span of days (a deadline window).
 */
public enum PeriodKind {

	/** A calendar month. */
	MONTH("月", 1),
	/** A calendar quarter. */
	QUARTER("季度", 3),
	/** A calendar half-year. */
	HALF_YEAR("半年", 6),
	/** A calendar year. */
	YEAR("年", 12),
	/** One day: the date of an event. */
	DAY("日", 0),
	/** Any span of days, such as a deadline window. */
	SPAN("期间", 0);

	private final String label;

	private final int months;

	PeriodKind(String label, int months) {
		this.label = label;
		this.months = months;
	}

	/**
	 * The Chinese word for one period of this kind: 月, 季度, 半年, 年.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The Chinese phrase for "every period of this kind": 每月, 每季度, 每半年, 每年.
	 * @return the phrase
	 */
	public String every() {
		return "每" + this.label;
	}

	/**
	 * Whether periods of this kind tile the calendar.
	 * @return true for months, quarters, half-years and years
	 */
	public boolean isCalendar() {
		return this.months > 0;
	}

	/**
	 * The number of months in a period of this kind.
	 * @return 1, 3, 6 or 12; 0 for days and spans
	 */
	public int months() {
		return this.months;
	}

	/**
	 * The first day of the calendar period of this kind that contains a day.
	 * @param day any day
	 * @return the first day of its month, quarter, half-year or year
	 */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
			case HALF_YEAR -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
			case YEAR -> day.withDayOfYear(1);
			case DAY, SPAN -> day;
		};
	}

	/**
	 * Parse the Chinese or English name of a calendar period kind.
	 * @param text 月, 季度, 半年, 年 (or 每月 …, or MONTH …)
	 * @return the kind, or null when the text names none
	 */
	public static PeriodKind parse(String text) {
		String t = text.strip();
		if (t.startsWith("每")) {
			t = t.substring(1);
		}
		for (PeriodKind kind : values()) {
			if (kind.isCalendar() && (kind.label.equals(t) || kind.name().equalsIgnoreCase(t)
					|| (kind == YEAR && t.equals("年度")) || (kind == MONTH && t.equals("月度")))) {
				return kind;
			}
		}
		return null;
	}

}
