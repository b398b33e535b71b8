package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;

/**
 * Derived fact: the current term of an organisation's committee — its effective start
 * (the recorded term start, or the latest election after it), the due date that start
 * gives, and the due date after an approved extension.
 *
 * @param orgId the organisation
 * @param termStart the recorded start of the term (任期开始)
 * @param termYears the years of a term
 * @param electionId the latest ELECTION event when it sets the start, or null
 * @param effectiveStart the later of termStart and the latest election
 * @param originalDue effective start + termYears
 * @param extendedUntil the approved extension (延期换届至), or null
 * @param extensionApproval the approval of the extension, or null
 * @param due the original due date, or extendedUntil when that is later
 */
public record Term(String orgId, LocalDate termStart, int termYears, String electionId, LocalDate effectiveStart,
		LocalDate originalDue, LocalDate extendedUntil, String extensionApproval, LocalDate due) {

	/**
	 * The term of an organisation that records one.
	 * @param org the organisation (with termStart and termYears)
	 * @param election the latest ELECTION event after termStart, or null when there is
	 * none
	 * @return the term
	 */
	public static Term of(Organization org, Activity election) {
		LocalDate start = (election != null) ? election.date() : org.termStart();
		LocalDate originalDue = start.plusYears(org.termYears());
		LocalDate due = (org.extendedUntil() != null && org.extendedUntil().isAfter(originalDue)) ? org.extendedUntil()
				: originalDue;
		return new Term(org.id(), org.termStart(), org.termYears(), (election != null) ? election.id() : null, start,
				originalDue, org.extendedUntil(), org.extensionApproval(), due);
	}

	/**
	 * The evidence of the term, as of a day.
	 * @param day the as-of day
	 * @return the evidence
	 */
	public Map<String, Object> evidence(LocalDate day) {
		return Evidence.of("termStart", this.termStart, "termYears", this.termYears, "electionId", this.electionId,
				"effectiveStart", this.effectiveStart, "originalDue", this.originalDue, "extendedUntil",
				this.extendedUntil, "extensionApproval", this.extensionApproval, "due", this.due, "overdueDays",
				Math.max(0, ChronoUnit.DAYS.between(this.due, day)), "overdue", Period.elapsed(this.due, day),
				"daysToDue", Math.max(0, ChronoUnit.DAYS.between(day, this.due)));
	}

}
