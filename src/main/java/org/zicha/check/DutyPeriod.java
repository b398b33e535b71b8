package org.zicha.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.ledger.Period;

/**
 * What one evaluated duty-period came to, kept after its partition's session is gone: the
 * duty, the organisation, the period (and the subject of an event- or member-level duty),
 * whether it was met, the count required and found, and the ids of the ledger records
 * that count toward it. One per outcome the rules concluded, met or not; nothing here
 * refers to the engine, so a partition's duty-periods can be reduced and merged (by
 * concatenation, in partition order) wherever it was evaluated. The statistics, the 履职率,
 * the report's tallies and heat map and the evidence dossier are computed from them.
 *
 * @param duty the duty code
 * @param scope how the duty is reported: a calendar period, an event's own period, or a
 * state on the as-of day
 * @param orgId the organisation the duty applies to, or null (an invalid ledger row)
 * @param subject what an event- or member-level duty is about (an activity, member,
 * applicant, directive or ledger row), or null for an organisation's duty
 * @param period the period the duty was measured over, or null
 * @param met whether the requirement was met
 * @param required the count required, or null when the duty is not a count
 * @param actual the count found, or null when the duty is not a count
 * @param recordIds the ids of the ledger records (activities) the outcome cites, by date:
 * the events counted for an organisation's count duty, those a member attended for a
 * member's attendance, the meetings that studied a directive, the meeting an event-level
 * duty is about, the events missed in a lapse; empty when the duty is not proved by
 * records (taken from the evidence's {@code attendedIds}, else its {@code activityIds})
 * @param exempted whether the run set this duty-period's finding aside under an approved
 * exemption (never for a met one, unless another outcome of the same key was not met)
 * @param deadline for an annual review, the day by which the review of its year was due;
 * else null
 */
public record DutyPeriod(String duty, Outcome.Scope scope, String orgId, Subject subject, Period period, boolean met,
		Integer required, Integer actual, List<String> recordIds, boolean exempted, LocalDate deadline) {

	public DutyPeriod {
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(scope, "scope");
		recordIds = (recordIds != null) ? List.copyOf(recordIds) : List.of();
	}

	/**
	 * The duty-period of an outcome, not exempted.
	 * @param outcome what a rule concluded
	 * @return its duty-period
	 */
	public static DutyPeriod of(Outcome outcome) {
		Map<String, Object> evidence = outcome.evidence();
		return new DutyPeriod(outcome.duty(), outcome.scope(), outcome.orgId(), outcome.subject(), outcome.period(),
				outcome.met(), integer(evidence.get("required")), integer(evidence.get("actual")),
				ids(evidence.containsKey("attendedIds") ? evidence.get("attendedIds") : evidence.get("activityIds")),
				false, (outcome.scope() == Outcome.Scope.REVIEW) ? (LocalDate) evidence.get("deadline") : null);
	}

	private static Integer integer(Object value) {
		return (value instanceof Integer i) ? i : null;
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			return List.of();
		}
		for (Object id : list) {
			if (!(id instanceof String)) {
				return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
			}
		}
		return (List<String>) list;
	}

	/**
	 * The key of this duty-period's finding, as {@link Finding#key()}.
	 * @return {@code duty|orgId|subject.id|period.from|period.to}
	 */
	public String key() {
		return Finding.key(this.duty, this.orgId, (this.subject != null) ? this.subject.id() : null, this.period);
	}

	/**
	 * Whether this is an organisation's duty over a calendar period or the annual review
	 * of a year (no subject): what the 履职率, the tallies and the heat map count.
	 * @return true for an organisation's calendar duty-period or annual review
	 */
	public boolean organisational() {
		return (this.scope == Outcome.Scope.PERIODIC || this.scope == Outcome.Scope.REVIEW) && this.subject == null
				&& this.orgId != null;
	}

	/**
	 * Whether this duty-period is due by a day: its period has ended, or, for an annual
	 * review, its deadline has come.
	 * @param day the as-of day
	 * @return true when it can be judged on that day
	 */
	public boolean dueBy(LocalDate day) {
		LocalDate due = (this.deadline != null) ? this.deadline : (this.period != null) ? this.period.to() : null;
		return due != null && !due.isAfter(day);
	}

	/**
	 * Whether this is a count duty (it has a required and an actual count).
	 * @return true when both counts are known
	 */
	public boolean counted() {
		return this.required != null && this.actual != null;
	}

	/**
	 * This duty-period marked as set aside under an exemption.
	 * @return the exempted duty-period
	 */
	DutyPeriod asExempted() {
		return new DutyPeriod(this.duty, this.scope, this.orgId, this.subject, this.period, this.met, this.required,
				this.actual, this.recordIds, true, this.deadline);
	}

}
