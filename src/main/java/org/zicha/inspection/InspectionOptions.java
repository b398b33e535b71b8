package org.zicha.inspection;

import java.time.LocalDate;
import java.util.List;

import org.zicha.finding.Finding;
import org.zicha.report.RectificationLedger;

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
 * @param rectification the rectification ledger of an earlier run as the branches filled
 * it in, carried over into this run's, or null
 * @param addressee the report's 主送机关, or null for the one the ledger names for its root
 * @param dated the report's 成文日期, or null for today
 */
public record InspectionOptions(LocalDate asOf, LocalDate from, LocalDate to, boolean lenient, boolean exemptions,
		List<Finding> baseline, RectificationLedger rectification, String addressee, LocalDate dated) {

	public InspectionOptions {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("检查期间的截止日（" + to + "）早于起始日（" + from + "）");
		}
		baseline = (baseline != null) ? List.copyOf(baseline) : null;
		addressee = (addressee != null && !addressee.isBlank()) ? addressee.strip() : null;
	}

	/**
	 * What a run is asked, its report addressed and dated by default.
	 * @param asOf the as-of day
	 * @param from the first day of the window
	 * @param to the last day of the window
	 * @param lenient whether invalid ledger rows are skipped
	 * @param exemptions whether the ledger's approved exemptions apply
	 * @param baseline the findings of an earlier run, or null
	 * @param rectification the earlier rectification ledger as filled in, or null
	 */
	public InspectionOptions(LocalDate asOf, LocalDate from, LocalDate to, boolean lenient, boolean exemptions,
			List<Finding> baseline, RectificationLedger rectification) {
		this(asOf, from, to, lenient, exemptions, baseline, rectification, null, null);
	}

	/**
	 * What a run is asked, without an earlier rectification ledger.
	 * @param asOf the as-of day
	 * @param from the first day of the window
	 * @param to the last day of the window
	 * @param lenient whether invalid ledger rows are skipped
	 * @param exemptions whether the ledger's approved exemptions apply
	 * @param baseline the findings of an earlier run, or null
	 */
	public InspectionOptions(LocalDate asOf, LocalDate from, LocalDate to, boolean lenient, boolean exemptions,
			List<Finding> baseline) {
		this(asOf, from, to, lenient, exemptions, baseline, null);
	}

	/**
	 * The options of a plain run: as of a day, over the window from 1 January of its year
	 * to that day, strict, with exemptions, no baseline.
	 * @param asOf the as-of day
	 * @return the options
	 */
	public static InspectionOptions defaults(LocalDate asOf) {
		return new InspectionOptions(asOf, asOf.withDayOfYear(1), asOf, false, true, null, null, null, null);
	}

	/**
	 * These options with an earlier run to compare with.
	 * @param baseline the earlier run's findings, or null
	 * @param rectification its rectification ledger as filled in, or null
	 * @return the options
	 */
	public InspectionOptions comparedWith(List<Finding> baseline, RectificationLedger rectification) {
		return new InspectionOptions(this.asOf, this.from, this.to, this.lenient, this.exemptions, baseline,
				rectification, this.addressee, this.dated);
	}

	/**
	 * These options with the report's frame given.
	 * @param addressee the 主送机关, or null for the one the ledger names
	 * @param dated the 成文日期, or null for today
	 * @return the options
	 */
	public InspectionOptions framed(String addressee, LocalDate dated) {
		return new InspectionOptions(this.asOf, this.from, this.to, this.lenient, this.exemptions, this.baseline,
				this.rectification, addressee, dated);
	}

}
