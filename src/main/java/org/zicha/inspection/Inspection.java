package org.zicha.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.RunInfo;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;

/**
 * A self-inspection: reads a ledger, checks it against the rules and drafts the report.
 * The command line and the web application both run their checks through this class.
 */
public final class Inspection {

	private final RuleSet rules;

	private final Clock clock;

	/**
	 * An inspection with a rule set.
	 * @param rules the rules and the report's wording
	 * @param clock what today is (no ledger date may lie after it) and when a run happens
	 */
	public Inspection(RuleSet rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The tool and its version, as findings.json names it.
	 * @return e.g. {@code zicha 0.1.0}
	 */
	public static String tool() {
		String version = Inspection.class.getPackage().getImplementationVersion();
		return "zicha " + ((version != null) ? version : "dev");
	}

	/**
	 * The rules this inspection uses.
	 * @return the rule set
	 */
	public RuleSet rules() {
		return this.rules;
	}

	/**
	 * Read and validate a ledger without checking it.
	 * @param input the ledger
	 * @param lenient whether invalid rows are skipped instead of stopping the read
	 * @return the ledger as read
	 * @throws org.zicha.ledger.LedgerException with every problem, when the ledger cannot
	 * be used
	 */
	public LedgerRead read(LedgerInput input, boolean lenient) {
		LedgerReader reader = new LedgerReader(this.rules.book().vocabulary(), this.rules.book()::names, this.clock);
		return input.read(reader, lenient);
	}

	/**
	 * Read a ledger and check it.
	 * @param input the ledger
	 * @param options what the run is asked
	 * @return the result
	 * @throws org.zicha.ledger.LedgerException with every problem, when the ledger cannot
	 * be used
	 */
	public InspectionResult run(LedgerInput input, InspectionOptions options) {
		return run(read(input, options.lenient()), options);
	}

	/**
	 * Check a ledger already read.
	 * @param read the ledger as read
	 * @param options what the run is asked
	 * @return the result
	 */
	public InspectionResult run(LedgerRead read, InspectionOptions options) {
		CheckResult result = new Check(this.rules.book()).run(read, new CheckOptions(options.asOf(), options.from(),
				options.to(), options.exemptions(), options.baseline()));
		RunInfo run = new RunInfo(options.asOf(), options.from(), options.to(), this.rules.digest(), read.digest(),
				OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS), tool());
		FindingsDocument document = new FindingsDocument(run, result.findings(), result.exempted(), result.resolved(),
				result.stats());
		return new InspectionResult(this.rules, read, document, () -> ReportInputs.of(result, this.rules.book(),
				read.ledger().recordCount(), options.baseline() != null, options.rectification()));
	}

}
