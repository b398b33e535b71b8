package org.zicha.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.ledger.Period;

/**
 * One duty for one organisation and period (and, for a duty about one event, person or
 * directive, its subject): whether it was met, the records that prove it, and the finding
 * when it was missed.
 *
 * @param duty the duty code
 * @param dutyTitle the duty's title
 * @param area the duty's area
 * @param orgId the organisation, or null (a ledger row)
 * @param orgName its name, or null
 * @param subject what it is about, or null
 * @param period the period the duty was measured over, or null
 * @param fulfilment how it stood
 * @param rated whether it counts for the 履职率 (a closed calendar period of an
 * organisation's own duty)
 * @param required the count required, or null
 * @param actual the count found, or null
 * @param note what the entry says when it has no finding, or null
 * @param proofs the records that prove it, or that were held towards it
 * @param finding the finding, when missed, exempted or due soon; else null
 * @param exemptionReason the reason of the approved exemption, or null
 * @param exemptionApproval the approval number of the exemption, or null
 * @param lastSeen the last day the gap is known to hold: the period's last day, or the
 * as-of day for a standing state; null when met
 */
public record Entry(String duty, String dutyTitle, String area, String orgId, String orgName, Subject subject,
		Period period, Fulfilment fulfilment, boolean rated, Integer required, Integer actual, String note,
		List<Proof> proofs, Finding finding, String exemptionReason, String exemptionApproval, LocalDate lastSeen) {

	public Entry {
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(fulfilment, "fulfilment");
		proofs = List.copyOf(proofs);
	}

	/**
	 * Whether this entry is a problem to rectify: missed, with a finding that is not a
	 * notice.
	 * @return true for a MAJOR or MINOR finding not exempted
	 */
	public boolean isProblem() {
		return this.fulfilment == Fulfilment.MISSED;
	}

	/**
	 * The calendar year the entry belongs to: the year its period begins.
	 * @return the year, or 0 without a period
	 */
	public int year() {
		return (this.period != null) ? this.period.from().getYear() : 0;
	}

	/**
	 * The period in words.
	 * @return e.g. 2025年第二季度, or empty
	 */
	public String periodLabel() {
		return (this.period != null) ? this.period.label() : "";
	}

}
