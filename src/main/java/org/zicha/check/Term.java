package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;
import org.zicha.rules.Limit;

/**
 * The current term of an organisation's committee: its effective start (the later of the
 * recorded term start and the latest election), its original due date, and its due date
 * after any approved extension.
 *
 * @param org the organisation
 * @param effectiveStart the later of termStart and the latest ELECTION event
 * @param electionId the latest ELECTION event when it sets the start, or null
 * @param originalDue effective start + termYears
 * @param due the original due date, or extendedUntil when that is later
 */
public record Term(Organization org, LocalDate effectiveStart, String electionId, LocalDate originalDue,
		LocalDate due) {

	/**
	 * The term of an organisation that records one.
	 * @param org the organisation (with termStart and termYears)
	 * @param elections its ELECTION events on or before the as-of day
	 * @return the term
	 */
	public static Term of(Organization org, Collection<Activity> elections) {
		Optional<Activity> latest = elections.stream().max(Comparator.comparing(Activity::date));
		boolean electionLater = latest.isPresent() && latest.get().date().isAfter(org.termStart());
		LocalDate start = electionLater ? latest.get().date() : org.termStart();
		LocalDate originalDue = start.plusYears(org.termYears());
		LocalDate due = (org.extendedUntil() != null && org.extendedUntil().isAfter(originalDue)) ? org.extendedUntil()
				: originalDue;
		return new Term(org, start, electionLater ? latest.get().id() : null, originalDue, due);
	}

	/**
	 * Whether the due date lies before a day.
	 * @param day the as-of day
	 * @return true when overdue on that day
	 */
	public boolean overdueOn(LocalDate day) {
		return this.due.isBefore(day);
	}

	/**
	 * Whether the due date lies after a day and no later than a limit after it.
	 * @param day the as-of day
	 * @param limit how far ahead to look
	 * @return true when due in (day, day + limit]
	 */
	public boolean dueWithin(LocalDate day, Limit limit) {
		return this.due.isAfter(day) && !this.due.isAfter(limit.after(day));
	}

	/**
	 * Whether an approved extension reaches beyond a limit after the original due date.
	 * @param limit the longest extension allowed
	 * @return true when extendedUntil lies after originalDue + limit
	 */
	public boolean extendedBeyond(Limit limit) {
		return this.org.extendedUntil() != null && this.org.extendedUntil().isAfter(limit.after(this.originalDue));
	}

	/**
	 * The evidence of the term, as of a day.
	 * @param day the as-of day
	 * @return the evidence
	 */
	public Map<String, Object> evidence(LocalDate day) {
		return Evidence.of("termStart", this.org.termStart(), "termYears", this.org.termYears(), "electionId",
				this.electionId, "effectiveStart", this.effectiveStart, "originalDue", this.originalDue,
				"extendedUntil", this.org.extendedUntil(), "extensionApproval", this.org.extensionApproval(), "due",
				this.due, "overdueDays", Math.max(0, ChronoUnit.DAYS.between(this.due, day)), "daysToDue",
				Math.max(0, ChronoUnit.DAYS.between(day, this.due)));
	}

}
