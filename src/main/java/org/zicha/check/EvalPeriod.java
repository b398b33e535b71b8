package org.zicha.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;

/**
 * A calendar period the check evaluates: a closed period wholly inside the window, or the
 * open period (the one containing the as-of day) when it starts on or after the window's
 * first day. Inserted as a fact.
 *
 * @param period the period
 * @param open whether it is still open on the as-of day
 */
public record EvalPeriod(Period period, boolean open) {

	/**
	 * The kind of the period.
	 * @return month, quarter, half-year or year
	 */
	public PeriodKind kind() {
		return this.period.kind();
	}

	/**
	 * The periods of every calendar kind a run evaluates.
	 * @param run the run
	 * @return the closed periods inside [from, to] and the open period of each kind when
	 * it starts on or after from
	 */
	public static List<EvalPeriod> of(Run run) {
		List<EvalPeriod> periods = new ArrayList<>();
		for (PeriodKind kind : PeriodKind.values()) {
			if (!kind.isCalendar()) {
				continue;
			}
			for (Period p = Period.of(kind, run.from()); !p.from().isAfter(run.asOf()); p = p.next()) {
				if (run.closed(p)) {
					if (p.within(run.from(), run.to())) {
						periods.add(new EvalPeriod(p, false));
					}
				}
				else if (!p.from().isBefore(run.from())) {
					periods.add(new EvalPeriod(p, true));
				}
			}
		}
		return periods;
	}

	/**
	 * The first day of the period.
	 * @return its first day
	 */
	public LocalDate from() {
		return this.period.from();
	}

}
