package org.zicha.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.kie.api.runtime.rule.RuleContext;

import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.ledger.Period;

/**
 * What a rule concluded about one duty, organisation, period (and subject): met or not,
 * with the evidence. Rules insert outcomes; which unmet outcomes become findings or
 * notices is decided by the run's dates (see {@link Reporting}).
 *
 * @param rule the rule that concluded it
 * @param duty the duty code (the rule's {@code @duty})
 * @param scope how the outcome is reported
 * @param orgId the organisation the duty applies to, or null
 * @param subject what an event-level outcome is about, or null
 * @param period the period the duty was measured over, or null
 * @param met whether the requirement was met
 * @param severity the severity when not the duty's default, or null
 * @param evidence the evidence
 */
public record Outcome(String rule, String duty, Scope scope, String orgId, Subject subject, Period period, boolean met,
		Severity severity, Map<String, Object> evidence) {

	public Outcome {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(scope, "scope");
		evidence = Collections
			.unmodifiableMap((evidence != null) ? new LinkedHashMap<>(evidence) : new LinkedHashMap<>());
	}

	/**
	 * A counted duty whose count reached its requirement.
	 * @param tally the count
	 * @return the outcome (met)
	 */
	public static Outcome met(Tally tally) {
		return new Outcome(tally.rule(), tally.duty(), tally.scope(), tally.orgId(), null, tally.period().period(),
				true, null, tally.evidence());
	}

	/**
	 * A counted duty whose count fell short of its requirement.
	 * @param tally the count
	 * @return the outcome (not met)
	 */
	public static Outcome unmet(Tally tally) {
		return new Outcome(tally.rule(), tally.duty(), tally.scope(), tally.orgId(), null, tally.period().period(),
				false, null, tally.evidence());
	}

	/**
	 * A duty over a calendar period that was met.
	 * @param ctx the rule's context
	 * @param orgId the organisation
	 * @param period the evaluated period
	 * @param evidence the evidence
	 * @return the outcome (met)
	 */
	public static Outcome periodMet(RuleContext ctx, String orgId, EvalPeriod period, Map<String, Object> evidence) {
		return of(ctx, Scope.PERIODIC, orgId, null, period.period(), true, null, evidence);
	}

	/**
	 * A duty over a calendar period that was not met.
	 * @param ctx the rule's context
	 * @param orgId the organisation
	 * @param subject what it is about, or null
	 * @param period the evaluated period
	 * @param evidence the evidence
	 * @return the outcome (not met)
	 */
	public static Outcome periodGap(RuleContext ctx, String orgId, Subject subject, EvalPeriod period,
			Map<String, Object> evidence) {
		return of(ctx, Scope.PERIODIC, orgId, subject, period.period(), false, null, evidence);
	}

	/**
	 * An event-level duty that was met: one outcome per event, applicant, directive or
	 * member episode, over a fixed period.
	 * @param ctx the rule's context
	 * @param orgId the organisation
	 * @param subject what it is about
	 * @param period its period
	 * @param evidence the evidence
	 * @return the outcome (met)
	 */
	public static Outcome eventMet(RuleContext ctx, String orgId, Subject subject, Period period,
			Map<String, Object> evidence) {
		return of(ctx, Scope.EVENT, orgId, subject, period, true, null, evidence);
	}

	/**
	 * An event-level duty that was not met.
	 * @param ctx the rule's context
	 * @param orgId the organisation
	 * @param subject what it is about
	 * @param period its period
	 * @param evidence the evidence
	 * @return the outcome (not met)
	 */
	public static Outcome eventGap(RuleContext ctx, String orgId, Subject subject, Period period,
			Map<String, Object> evidence) {
		return of(ctx, Scope.EVENT, orgId, subject, period, false, null, evidence);
	}

	/**
	 * An event-level gap with a severity of its own.
	 * @param ctx the rule's context
	 * @param orgId the organisation
	 * @param subject what it is about
	 * @param period its period
	 * @param severity its severity
	 * @param evidence the evidence
	 * @return the outcome (not met)
	 */
	public static Outcome eventGap(RuleContext ctx, String orgId, Subject subject, Period period, Severity severity,
			Map<String, Object> evidence) {
		return of(ctx, Scope.EVENT, orgId, subject, period, false, severity, evidence);
	}

	/**
	 * A standing state that holds on the as-of day: reported in every run in which it
	 * holds, whatever the window.
	 * @param ctx the rule's context
	 * @param orgId the organisation, or null
	 * @param subject what it is about, or null
	 * @param period its period, or null
	 * @param evidence the evidence
	 * @return the outcome (not met)
	 */
	public static Outcome standing(RuleContext ctx, String orgId, Subject subject, Period period,
			Map<String, Object> evidence) {
		return of(ctx, Scope.STANDING, orgId, subject, period, false, null, evidence);
	}

	/**
	 * A standing state with a severity of its own.
	 * @param ctx the rule's context
	 * @param orgId the organisation, or null
	 * @param subject what it is about, or null
	 * @param period its period, or null
	 * @param severity its severity
	 * @param evidence the evidence
	 * @return the outcome (not met)
	 */
	public static Outcome standing(RuleContext ctx, String orgId, Subject subject, Period period, Severity severity,
			Map<String, Object> evidence) {
		return of(ctx, Scope.STANDING, orgId, subject, period, false, severity, evidence);
	}

	private static Outcome of(RuleContext ctx, Scope scope, String orgId, Subject subject, Period period, boolean met,
			Severity severity, Map<String, Object> evidence) {
		return new Outcome(ctx.getRule().getName(), duty(ctx), scope, orgId, subject, period, met, severity, evidence);
	}

	static String duty(RuleContext ctx) {
		Object duty = ctx.getRule().getMetaData().get("duty");
		if (duty == null) {
			throw new IllegalStateException(
					"Rule " + ctx.getRule().getName() + " concludes an outcome but has no @duty");
		}
		return String.valueOf(duty);
	}

	/**
	 * How an outcome is reported.
	 */
	public enum Scope {

		/**
		 * A calendar period: a gap in a closed period is a finding, in the open period a
		 * notice near its end.
		 */
		PERIODIC,
		/**
		 * A fixed period of its own: reported when the period's last day lies inside the
		 * window; a notice while it is open and near its end.
		 */
		EVENT,
		/**
		 * The annual review of a year, due by a deadline in the next year (its evidence
		 * holds the {@code deadline}): a gap is a finding once the deadline has passed
		 * inside the window, a notice from the notice window before the year's end until
		 * the deadline.
		 */
		REVIEW,
		/** A state on the as-of day: reported whenever it holds. */
		STANDING

	}

}
