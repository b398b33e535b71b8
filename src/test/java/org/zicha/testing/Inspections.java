package org.zicha.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.LedgerInput;

/**
 * Inspections of ledger files with the real rules and wording, on a fixed day.
 */
public final class Inspections {

	/** The sample ledger (JSON). */
	public static final Path SAMPLE = Path.of("sample-data/json");

	/**
	 * The small ledger of a county's education bureau (a 党委), checked as of 2025-12-31.
	 */
	public static final Path COUNTY_EDUCATION = Path.of("src/test/resources/ledgers/small/county-education.json");

	/** The small ledger of a gas company (a 党总支), checked as of 2025-09-30. */
	public static final Path GAS_COMPANY = Path.of("src/test/resources/ledgers/small/gas-company.json");

	/** Today, for the inspections: after every date of the ledgers. */
	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.ofHours(8));

	private Inspections() {
	}

	/**
	 * Inspect a ledger as of a day, over the window from 1 January of its year.
	 * @param ledger the ledger's file or folder
	 * @param asOf the as-of day, ISO
	 * @return the result
	 */
	public static InspectionResult inspect(Path ledger, String asOf) {
		return inspect(ledger, InspectionOptions.defaults(LocalDate.parse(asOf)));
	}

	/**
	 * Inspect a ledger with options.
	 * @param ledger the ledger's file or folder
	 * @param options the options
	 * @return the result
	 */
	public static InspectionResult inspect(Path ledger, InspectionOptions options) {
		return new Inspection(Checks.ruleSet(), CLOCK).run(LedgerInput.paths(List.of(ledger)), options);
	}

}
