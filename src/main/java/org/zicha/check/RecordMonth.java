package org.zicha.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.zicha.ledger.Activity;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Period;

/**
 * A closed month whose members' attendance or dues are derived (as {@link MemberMonth}
 * and {@link DuesMonth}). Inserted as a fact. These are the closed months of the window
 * and, for runs of missed months (MEMBER.LAPSED, DUES.LAPSED), the closed months before
 * the window that the ledger records: from the month of its first activity for
 * attendance, from its first month of dues for dues, so that a run begun before
 * {@code --from} is counted whole and keeps its key.
 *
 * @param period the month
 * @param attendance whether the members' organisational life is derived for it
 * @param dues whether the members' dues are derived for it
 */
public record RecordMonth(Period period, boolean attendance, boolean dues) {

	public RecordMonth {
		Objects.requireNonNull(period, "period");
	}

	/**
	 * The months of a run over a ledger: every closed month of the window, and each
	 * closed month before it from the ledger's first record of the kind.
	 * @param run the run
	 * @param ledger the ledger as it stood on the as-of day
	 * @return the months, in order
	 */
	public static List<RecordMonth> of(Run run, Ledger ledger) {
		YearMonth firstActivity = ledger.activities()
			.stream()
			.map(Activity::date)
			.map(YearMonth::from)
			.min(YearMonth::compareTo)
			.orElse(null);
		YearMonth firstDues = ledger.dues()
			.stream()
			.map(DuesPayment::months)
			.flatMap(List::stream)
			.min(YearMonth::compareTo)
			.orElse(null);
		YearMonth windowStart = YearMonth.from(run.from());
		YearMonth start = earliest(windowStart, firstActivity, firstDues);
		List<RecordMonth> months = new ArrayList<>();
		for (YearMonth m = start; !m.atEndOfMonth().isAfter(run.asOf())
				&& !m.atEndOfMonth().isAfter(run.to()); m = m.plusMonths(1)) {
			Period period = Period.month(m);
			if (period.within(run.from(), run.to())) {
				months.add(new RecordMonth(period, true, true));
			}
			else if (m.isBefore(windowStart)) {
				boolean attendance = firstActivity != null && !m.isBefore(firstActivity);
				boolean dues = firstDues != null && !m.isBefore(firstDues);
				if (attendance || dues) {
					months.add(new RecordMonth(period, attendance, dues));
				}
			}
		}
		return months;
	}

	private static YearMonth earliest(YearMonth first, YearMonth... others) {
		YearMonth earliest = first;
		for (YearMonth other : others) {
			if (other != null && other.isBefore(earliest)) {
				earliest = other;
			}
		}
		return earliest;
	}

}
