package org.zicha.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;

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
 */
public record Tally(String rule, String duty, String orgId, EvalPeriod period, int required, int actual,
		List<String> activityIds) {

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
				considered.stream().sorted(Comparator.comparing(Activity::date)).map(Activity::id).toList());
	}

	/**
	 * The evidence: required, actual and the events counted.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		return Evidence.of("required", this.required, "actual", this.actual, "activityIds", this.activityIds);
	}

}
