package org.zicha.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;
import org.zicha.rules.Deadline;

/**
 * Derived fact: how many times an organisation did, in one evaluated period, what a
 * counted duty asks, beside the number required. The rule that counts inserts it; whether
 * the duty was met is decided by the rules of {@code common/outcomes.drl}.
 *
 * @param rule the rule that counted (its texts word the finding)
 * @param duty the duty code (the rule's {@code @duty})
 * @param orgId the organisation
 * @param period the evaluated period
 * @param required the number required
 * @param actual the number found
 * @param activityIds the events counted, by date
 * @param deadline for an annual review, the day by which the year's review was due; else
 * null
 */
public record Tally(String rule, String duty, String orgId, EvalPeriod period, int required, int actual,
		List<String> activityIds, LocalDate deadline) {

	public Tally {
		activityIds = List.copyOf(activityIds);
	}

	/**
	 * The count of the events an organisation held in a period.
	 * @param ctx the counting rule's context
	 * @param org the organisation
	 * @param period the evaluated period
	 * @param required the number required
	 * @param held the events that count
	 * @return the tally
	 */
	public static Tally of(RuleContext ctx, Organization org, EvalPeriod period, int required,
			Collection<Activity> held) {
		return of(ctx, org, period, required, held.size(), held);
	}

	/**
	 * A count that is not one per event (the agenda items of meetings).
	 * @param ctx the counting rule's context
	 * @param org the organisation
	 * @param period the evaluated period
	 * @param required the number required
	 * @param actual the number found
	 * @param considered the events that were counted
	 * @return the tally
	 */
	public static Tally of(RuleContext ctx, Organization org, EvalPeriod period, int required, int actual,
			Collection<Activity> considered) {
		return new Tally(ctx.getRule().getName(), Outcome.duty(ctx), org.id(), period, required, actual,
				ids(considered), null);
	}

	/**
	 * The count of the annual reviews of a year an organisation held by their deadline.
	 * @param ctx the counting rule's context
	 * @param org the organisation
	 * @param year the year reviewed
	 * @param deadline the duty's deadline
	 * @param required the number required
	 * @param held the events reviewing the year, held by the deadline
	 * @return the tally, over the year reviewed
	 */
	public static Tally review(RuleContext ctx, Organization org, ReviewYear year, Deadline deadline, int required,
			Collection<Activity> held) {
		return new Tally(ctx.getRule().getName(), Outcome.duty(ctx), org.id(), new EvalPeriod(year.period(), false),
				required, held.size(), ids(held), deadline.of(year.year()));
	}

	private static List<String> ids(Collection<Activity> activities) {
		return activities.stream().sorted(Comparator.comparing(Activity::date)).map(Activity::id).toList();
	}

	/**
	 * How the outcome of this count is reported.
	 * @return REVIEW for an annual review, else PERIODIC
	 */
	public Outcome.Scope scope() {
		return (this.deadline != null) ? Outcome.Scope.REVIEW : Outcome.Scope.PERIODIC;
	}

	/**
	 * The evidence: required, actual and the events counted.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		if (this.deadline != null) {
			return Evidence.of("reviewYear", this.period.from().getYear(), "deadline", this.deadline, "required",
					this.required, "actual", this.actual, "activityIds", this.activityIds);
		}
		return Evidence.of("required", this.required, "actual", this.actual, "activityIds", this.activityIds);
	}

}
