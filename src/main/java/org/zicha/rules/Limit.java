package org.zicha.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit of a duty, in calendar days, months or years: 30天, 1个月, 1年.
 *
 * @param amount how many units
 * @param unit DAYS, MONTHS or YEARS
 */
public record Limit(int amount, ChronoUnit unit) {

	private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*(天|日|个月|月|年|days?|months?|years?)",
			Pattern.CASE_INSENSITIVE);

	public Limit {
		if (amount < 0) {
			throw new IllegalArgumentException("A limit cannot be negative");
		}
		if (unit != ChronoUnit.DAYS && unit != ChronoUnit.MONTHS && unit != ChronoUnit.YEARS) {
			throw new IllegalArgumentException("A limit is in days, months or years");
		}
	}

	/**
	 * Parse a limit as a cadre writes it.
	 * @param text 30天, 1个月, 1年 (or 30 days …)
	 * @return the limit
	 * @throws IllegalArgumentException when the text is not a limit
	 */
	public static Limit parse(String text) {
		Matcher m = TEXT.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("“" + text + "”不是时限，应写作 30天、1个月 或 1年");
		}
		String u = m.group(2).toLowerCase();
		ChronoUnit unit = (u.equals("天") || u.equals("日") || u.startsWith("day")) ? ChronoUnit.DAYS
				: (u.equals("年") || u.startsWith("year")) ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
		return new Limit(Integer.parseInt(m.group(1)), unit);
	}

	/**
	 * The day this limit after a day ends: calendar arithmetic as java.time gives it (31
	 * January + 1 month = 28 February).
	 * @param day the day
	 * @return day + this limit
	 */
	public LocalDate after(LocalDate day) {
		return day.plus(this.amount, this.unit);
	}

	/**
	 * The day this limit before a day begins.
	 * @param day the day
	 * @return day - this limit
	 */
	public LocalDate before(LocalDate day) {
		return day.minus(this.amount, this.unit);
	}

	@Override
	public String toString() {
		return this.amount + switch (this.unit) {
			case DAYS -> "天";
			case MONTHS -> "个月";
			default -> "年";
		};
	}

}
