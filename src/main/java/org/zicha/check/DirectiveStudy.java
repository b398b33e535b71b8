package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Directive;
import org.zicha.ledger.Period;
import org.zicha.rules.Limit;

/**
 * The evidence of when an organisation studied a directive under 第一议题, against the time
 * limit.
 */
public final class DirectiveStudy {

	private DirectiveStudy() {
	}

	/**
	 * The period of the duty: from the directive's date to the last day of the time
	 * limit.
	 * @param directive the directive
	 * @param limit the time limit after its date
	 * @return the period
	 */
	public static Period period(Directive directive, Limit limit) {
		return Period.span(directive.date(), limit.after(directive.date()));
	}

	/**
	 * The evidence: the dates, the first study on or after the directive's date, and its
	 * lag.
	 * @param directive the directive
	 * @param limit the time limit after its date
	 * @param studies the organisation's committee meetings that studied it on or after
	 * its date
	 * @return the evidence
	 */
	public static Map<String, Object> evidence(Directive directive, Limit limit, Collection<Activity> studies) {
		List<Activity> sorted = studies.stream().sorted(Comparator.comparing(Activity::date)).toList();
		LocalDate studied = sorted.isEmpty() ? null : sorted.get(0).date();
		Long lag = (studied != null) ? ChronoUnit.DAYS.between(directive.date(), studied) : null;
		return Evidence.of("directiveDate", directive.date(), "deadline", limit.after(directive.date()), "studiedOn",
				studied, "lagDays", lag, "activityIds", sorted.stream().map(Activity::id).toList());
	}

}
