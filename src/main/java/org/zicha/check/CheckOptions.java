package org.zicha.check;

import java.time.LocalDate;
import java.util.List;

import org.zicha.finding.Finding;

/**
 * What a check is asked: as of which day, over which window, with or without the ledger's
 * exemptions, against which earlier run.
 *
 * @param asOf the as-of day
 * @param from the first day of the window
 * @param to the last day of the window
 * @param exemptions whether the ledger's approved exemptions apply
 * @param baseline the findings of an earlier run to compare with, or null
 */
public record CheckOptions(LocalDate asOf, LocalDate from, LocalDate to, boolean exemptions, List<Finding> baseline) {

	/**
	 * The options of a plain run: as of a day, from 1 January of its year, with
	 * exemptions, no baseline.
	 * @param asOf the as-of day
	 * @return the options
	 */
	public static CheckOptions asOf(LocalDate asOf) {
		return new CheckOptions(asOf, asOf.withDayOfYear(1), asOf, true, null);
	}

}
