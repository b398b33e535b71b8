package org.zicha.inspection;

import java.time.LocalDate;
import java.util.List;

import org.zicha.finding.Finding;

/**
 * What a run is asked.
 *
 * @param asOf the as-of day: records dated later are left out
 * @param from the first day of the window whose periods are evaluated
 * @param to the last day of the window
 * @param lenient whether invalid ledger rows are skipped (and reported as findings)
 * instead of stopping the run
 * @param exemptions whether the ledger's approved exemptions apply
 * @param baseline the findings of an earlier run to compare with, or null
 */
public record InspectionOptions(LocalDate asOf, LocalDate from, LocalDate to, boolean lenient, boolean exemptions,
		List<Finding> baseline) {

	public InspectionOptions {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("检查期间的截止日（" + to + "）早于起始日（" + from + "）");
		}
		baseline = (baseline != null) ? List.copyOf(baseline) : null;
	}

	/**
	 * The options of a plain run: as of a day, over the window from 1 January of its year
	 * to that day, strict, with exemptions, no baseline.
	 * @param asOf the as-of day
	 * @return the options
	 */
	public static InspectionOptions defaults(LocalDate asOf) {
		return new InspectionOptions(asOf, asOf.withDayOfYear(1), asOf, false, true, null);
	}

}
