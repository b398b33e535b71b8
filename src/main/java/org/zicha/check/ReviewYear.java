package org.zicha.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Period;
import org.zicha.rules.Deadline;

/**
 * A year whose annual reviews (组织生活会, 民主评议党员, 民主生活会) a run may look at: the review of a
 * year is due by a deadline in the next year, so a run looks at the reviews whose
 * deadline lies in its window and has passed (it judges them) and at those not yet due
 * (it may give a notice). A year is judged only when the ledger speaks of it: it holds
 * events dated in the year, or an annual review of that year. Inserted as a fact, one per
 * year from the one before the window's first to the later of its last and the as-of day.
 *
 * @param year the year reviewed
 * @param spoken whether the ledger speaks of it
 * @param run the run
 */
public record ReviewYear(int year, boolean spoken, Run run) {

	/** The event types of the annual reviews. */
	public static final Set<ActivityType> REVIEWS = Set.of(ActivityType.ORG_LIFE_MEETING, ActivityType.MEMBER_REVIEW,
			ActivityType.LEADERSHIP_LIFE_MEETING);

	/**
	 * The years a run may look at.
	 * @param run the run
	 * @param ledger the ledger as it stood on the as-of day
	 * @return one per year, in order
	 */
	public static List<ReviewYear> of(Run run, Ledger ledger) {
		Set<Integer> spoken = new HashSet<>();
		for (Activity a : ledger.activities()) {
			spoken.add(a.date().getYear());
			if (isReview(a)) {
				spoken.add(a.yearUnderReview());
			}
		}
		List<ReviewYear> years = new ArrayList<>();
		int last = Math.max(run.to().getYear(), run.asOf().getYear());
		for (int y = run.from().getYear() - 1; y <= last; y++) {
			years.add(new ReviewYear(y, spoken.contains(y), run));
		}
		return years;
	}

	/**
	 * Whether an event is an annual review.
	 * @param activity the event
	 * @return true when one of its types is an annual review
	 */
	public static boolean isReview(Activity activity) {
		return activity.types().stream().anyMatch(REVIEWS::contains);
	}

	/**
	 * The year as a period.
	 * @return 1 January to 31 December
	 */
	public Period period() {
		return Period.year(this.year);
	}

	/**
	 * Whether the run looks at the review of this year under a deadline: never when the
	 * ledger does not speak of the year (it owes nothing for it); else when the run
	 * judges it (the deadline lies in the window, on or before the as-of day) or the
	 * review is not yet due (a notice may be given).
	 * @param deadline the duty's deadline
	 * @return true when the run concludes anything about this review
	 */
	public boolean looksAt(Deadline deadline) {
		LocalDate due = deadline.of(this.year);
		if (!this.spoken || due.isBefore(this.run.from())) {
			return false;
		}
		return due.isAfter(this.run.asOf()) || !due.isAfter(this.run.to());
	}

}
