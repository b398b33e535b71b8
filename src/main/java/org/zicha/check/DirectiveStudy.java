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
 * When an organisation first studied a directive under 第一议题, against the time limit.
 *
 * @param directive the directive
 * @param deadline the last day it should be studied by
 * @param studies the committee meetings that studied it on or after its date, first first
 */
public record DirectiveStudy(Directive directive, LocalDate deadline, List<Activity> studies) {

	/**
	 * The study of a directive by the meetings that listed it.
	 * @param directive the directive
	 * @param studies the organisation's committee meetings with a study item listing it
	 * @param limit the time limit after the directive's date
	 * @return the study
	 */
	public static DirectiveStudy of(Directive directive, Collection<Activity> studies, Limit limit) {
		return new DirectiveStudy(directive, limit.after(directive.date()),
				studies.stream()
					.filter((a) -> !a.date().isBefore(directive.date()))
					.sorted(Comparator.comparing(Activity::date))
					.toList());
	}

	/**
	 * The period of the duty: from the directive's date to the deadline.
	 * @return the period
	 */
	public Period period() {
		return Period.span(this.directive.date(), this.deadline);
	}

	/**
	 * Whether it was studied in time.
	 * @return true when the first study lies on or before the deadline
	 */
	public boolean met() {
		return !this.studies.isEmpty() && !this.studies.get(0).date().isAfter(this.deadline);
	}

	/**
	 * The evidence: dates, the first study and its lag.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		LocalDate studied = this.studies.isEmpty() ? null : this.studies.get(0).date();
		Long lag = (studied != null) ? ChronoUnit.DAYS.between(this.directive.date(), studied) : null;
		String status = (studied == null) ? "截至检查日尚未列入第一议题学习"
				: "于" + Period.dayLabel(studied) + "才列入第一议题学习，距印发" + lag + "天";
		return Evidence.of("directiveDate", this.directive.date(), "deadline", this.deadline, "studiedOn", studied,
				"lagDays", lag, "activityIds", this.studies.stream().map(Activity::id).toList(), "status", status);
	}

}
