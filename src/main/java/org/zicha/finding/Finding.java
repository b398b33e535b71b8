package org.zicha.finding;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.zicha.ledger.Period;

/**
 * A gap (or, with severity NOTICE, something due soon) that a check found: which duty,
 * which organisation, which period, what was required and what was recorded, on what
 * authority.
 *
 * @param duty the duty code
 * @param area the duty's area
 * @param severity how serious it is
 * @param orgId the organisation the duty applies to, or null
 * @param orgName its name, or null
 * @param subject what an event-level finding is about, or null
 * @param period the period the duty was measured over, or null
 * @param title the duty's title
 * @param message one Chinese sentence for a report
 * @param evidence what was required and found
 * @param source the regulation (or practice) it rests on
 * @param remedy what to do about it
 * @param change new or persisting against a baseline, or null without one
 */
public record Finding(String duty, String area, Severity severity, String orgId, String orgName, Subject subject,
		Period period, String title, String message, Map<String, Object> evidence, String source, String remedy,
		Change change) {

	/**
	 * The order of findings: severity, area, organisation, period, subject, duty.
	 */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparingInt((Finding f) -> Duty.areaRank(f.area()))
		.thenComparing((Finding f) -> Objects.requireNonNullElse(f.orgId(), ""))
		.thenComparing(Finding::period, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing((Finding f) -> (f.subject() != null) ? f.subject().id() : "")
		.thenComparing(Finding::duty);

	public Finding {
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(severity, "severity");
		evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
	}

	/**
	 * The day a notice falls due: the deadline its evidence names (the annual review of a
	 * year, due in the next), else the last day of its period.
	 * @return the day, or null when the finding has no period
	 */
	public LocalDate dueBy() {
		Object deadline = (this.evidence != null) ? this.evidence.get("deadline") : null;
		if (deadline instanceof LocalDate day) {
			return day;
		}
		if (deadline instanceof String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (java.time.format.DateTimeParseException ex) {
				// not a day: fall back to the period
			}
		}
		return (this.period != null) ? this.period.to() : null;
	}

	/**
	 * The stable key: {@code duty|orgId|subject.id|period.from|period.to}, empty parts
	 * empty.
	 * @return the key
	 */
	public String key() {
		return key(this.duty, this.orgId, (this.subject != null) ? this.subject.id() : null, this.period);
	}

	/**
	 * The key of a finding with these parts.
	 * @param duty the duty code
	 * @param orgId the organisation, or null
	 * @param subjectId the subject's id, or null
	 * @param period the period, or null
	 * @return the key
	 */
	public static String key(String duty, String orgId, String subjectId, Period period) {
		return String.join("|", duty, Objects.requireNonNullElse(orgId, ""), Objects.requireNonNullElse(subjectId, ""),
				(period != null) ? period.from().toString() : "", (period != null) ? period.to().toString() : "");
	}

	/**
	 * This finding marked against a baseline.
	 * @param change new or persisting
	 * @return the marked finding
	 */
	public Finding withChange(Change change) {
		return new Finding(this.duty, this.area, this.severity, this.orgId, this.orgName, this.subject, this.period,
				this.title, this.message, this.evidence, this.source, this.remedy, change);
	}

	/**
	 * How a finding compares with a baseline run.
	 */
	public enum Change {

		/** Not in the baseline. */
		NEW,
		/** Also in the baseline. */
		PERSISTING

	}

}
