package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zicha.finding.Duty;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.finding.Template;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.rules.RuleBook;
import org.zicha.rules.RuleText;
import org.zicha.rules.Threshold;

/**
 * Decides which unmet outcomes a run reports, and how: a gap in a closed period is a
 * finding of the duty's severity; the open period near its end (or an open year behind
 * its pace) gives a notice; an event-level gap is reported when its period ends inside
 * the window; an annual review once its deadline has passed inside the window (a notice
 * before); a standing state whenever it holds. Then writes the finding's sentence.
 */
final class Reporting {

	/**
	 * Annual count duties with a requirement of at least this many also give pace
	 * notices.
	 */
	static final int PACE_MINIMUM = 4;

	private final RuleBook book;

	private final Run run;

	private final Map<String, Organization> organizations;

	private final Map<String, Member> members;

	Reporting(RuleBook book, Run run, Ledger ledger) {
		this.book = book;
		this.run = run;
		this.organizations = ledger.organizationsById();
		this.members = ledger.membersById();
	}

	Optional<Finding> report(Outcome outcome) {
		if (outcome.met()) {
			return Optional.empty();
		}
		Duty duty = this.book.duty(outcome.duty())
			.orElseThrow(() -> new IllegalStateException(
					"Rule " + outcome.rule() + " names unknown duty " + outcome.duty()));
		RuleText text = this.book.text(outcome.rule());
		if (text.message() == null) {
			throw new IllegalStateException("Rule " + outcome.rule() + " concludes a gap but has no @message");
		}
		Period period = outcome.period();
		Severity severity = (outcome.severity() != null) ? outcome.severity() : duty.severity();
		Map<String, Object> evidence = new LinkedHashMap<>(outcome.evidence());
		String template = text.message();
		switch (outcome.scope()) {
			case STANDING -> {
			}
			case REVIEW -> {
				LocalDate deadline = (LocalDate) outcome.evidence().get("deadline");
				if (!deadline.isAfter(this.run.asOf())) {
					if (deadline.isBefore(this.run.from()) || deadline.isAfter(this.run.to())) {
						return Optional.empty();
					}
				}
				else {
					// A review not yet due: a notice from the window before its year ends
					// until its deadline.
					int window = this.book.threshold(duty.code(), organization(outcome))
						.map(Threshold::noticeDays)
						.orElse(-1);
					if (window < 0 || period.daysLeftAfter(this.run.asOf()) > window) {
						return Optional.empty();
					}
					severity = Severity.NOTICE;
					evidence.put("daysLeft", ChronoUnit.DAYS.between(this.run.asOf(), deadline));
					template = (text.notice() != null) ? text.notice() : text.message();
				}
			}
			case PERIODIC, EVENT -> {
				if (this.run.closed(period)) {
					if (outcome.scope() == Outcome.Scope.EVENT
							&& (period.to().isBefore(this.run.from()) || period.to().isAfter(this.run.to()))) {
						return Optional.empty();
					}
				}
				else {
					// Only a calendar period must start inside the window; an event's
					// notice belongs to the run that would report its finding.
					if (outcome.scope() == Outcome.Scope.PERIODIC && period.from().isBefore(this.run.from())) {
						return Optional.empty();
					}
					long daysLeft = period.daysLeftAfter(this.run.asOf());
					int window = this.book.threshold(duty.code(), organization(outcome))
						.map(Threshold::noticeDays)
						.orElse(-1);
					int paceExpected = paceExpected(outcome);
					boolean nearEnd = window >= 0 && daysLeft <= window;
					boolean behind = paceExpected > 0 && actual(outcome) < paceExpected;
					if (!nearEnd && !behind) {
						return Optional.empty();
					}
					severity = Severity.NOTICE;
					evidence.put("daysLeft", daysLeft);
					if (behind) {
						evidence.put("paceExpected", paceExpected);
					}
					template = (!nearEnd && text.pace() != null) ? text.pace()
							: (text.notice() != null) ? text.notice() : text.message();
				}
			}
		}
		Organization org = (outcome.orgId() != null) ? this.organizations.get(outcome.orgId()) : null;
		String message = Template.fill(template, placeholders(outcome, org, evidence));
		return Optional
			.of(new Finding(duty.code(), duty.area(), severity, outcome.orgId(), (org != null) ? org.name() : null,
					outcome.subject(), period, duty.title(), message, evidence, duty.source(), duty.remedy(), null));
	}

	/**
	 * The count an open year should have reached by now: floor(required × closed months /
	 * 12), for annual count duties requiring at least {@link #PACE_MINIMUM}.
	 */
	private int paceExpected(Outcome outcome) {
		if (outcome.period().kind() != PeriodKind.YEAR || !(outcome.evidence().get("required") instanceof Integer r)
				|| r < PACE_MINIMUM || actual(outcome) < 0) {
			return 0;
		}
		return r * this.run.closedMonthsOf(outcome.period()) / 12;
	}

	private Organization organization(Outcome outcome) {
		return (outcome.orgId() != null) ? this.organizations.get(outcome.orgId()) : null;
	}

	private static int actual(Outcome outcome) {
		return (outcome.evidence().get("actual") instanceof Integer a) ? a : -1;
	}

	private Map<String, Object> placeholders(Outcome outcome, Organization org, Map<String, Object> evidence) {
		Map<String, Object> values = new HashMap<>(evidence);
		values.put("org", (org != null) ? org.name() : "");
		values.put("period", (outcome.period() != null) ? outcome.period().label() : "");
		values.put("subject", (outcome.subject() != null) ? outcome.subject().name() : "");
		Member secretary = (org != null && org.secretary() != null) ? this.members.get(org.secretary()) : null;
		values.put("secretary", (secretary != null) ? secretary.name() : "");
		this.book.threshold(outcome.duty(), org).ifPresent((threshold) -> {
			if (threshold.period() != null) {
				values.put("every", threshold.period().every());
			}
			if (threshold.limit() != null) {
				values.put("limit", threshold.limit().toString());
			}
		});
		if (evidence.get("required") instanceof Integer required && evidence.get("actual") instanceof Integer actual) {
			values.put("shortfall", Math.max(0, required - actual));
		}
		return values;
	}

}
