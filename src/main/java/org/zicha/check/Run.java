package org.zicha.check;

import java.time.LocalDate;
import java.util.Objects;

import org.zicha.ledger.Period;

/**
 * The dates of a check: the as-of day and the window whose periods are evaluated.
 * Inserted as a fact.
 *
 * @param asOf the day the check is run as of
 * @param from the first day of the window
 * @param to the last day of the window
 */
public record Run(LocalDate asOf, LocalDate from, LocalDate to) {

	public Run {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	/**
	 * Whether a period is closed: its last day is on or before the as-of day.
	 * @param period the period
	 * @return true when closed
	 */
	public boolean closed(Period period) {
		return !period.to().isAfter(this.asOf);
	}

	/**
	 * The number of months of a year whose last day is on or before the as-of day.
	 * @param year the year
	 * @return 0 to 12
	 */
	public int closedMonthsOf(Period year) {
		return (int) year.months().stream().filter((m) -> !m.atEndOfMonth().isAfter(this.asOf)).count();
	}

	/**
	 * The days a run counts events over: the window, cut at the as-of day.
	 * @return from the window's first day to the earlier of its last day and the as-of
	 * day (at least one day)
	 */
	public Period window() {
		LocalDate last = this.to.isBefore(this.asOf) ? this.to : this.asOf;
		return Period.span(this.from, last.isBefore(this.from) ? this.from : last);
	}

}
