package org.zicha.testing;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.RuleSet;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.report.Phrasing;
import org.zicha.report.Report;
import org.zicha.rules.RuleBook;
import org.zicha.rules.RuleSource;

/**
 * Runs checks against the real rules of {@code rules/}, loaded once.
 */
public final class Checks {

	private static RuleBook book;

	private static RuleSet ruleSet;

	private Checks() {
	}

	/**
	 * The real rule book.
	 * @return the rules of {@code rules/}
	 */
	public static synchronized RuleBook rules() {
		if (book == null) {
			book = RuleBook.load(RuleSource.folder(Path.of("rules")));
		}
		return book;
	}

	/**
	 * The real rule book with the report's wording.
	 * @return the rules and wording of {@code rules/}
	 */
	public static synchronized RuleSet ruleSet() {
		if (ruleSet == null) {
			byte[] wording = rules().file(Phrasing.FILE).orElseThrow();
			ruleSet = new RuleSet(rules(), Phrasing.parse(new ByteArrayInputStream(wording)));
		}
		return ruleSet;
	}

	/**
	 * The report's wording in {@code rules/}.
	 * @return the phrasing
	 */
	public static Phrasing phrasing() {
		return ruleSet().phrasing();
	}

	/**
	 * Inspect a ledger as read: check it and draft its report.
	 * @param read the ledger as read
	 * @param options what the run is asked
	 * @return the result
	 */
	public static InspectionResult inspect(LedgerRead read, InspectionOptions options) {
		return new Inspection(ruleSet(), Clock.systemDefaultZone()).run(read, options);
	}

	/**
	 * The report of a ledger as of a day, over the window from 1 January of its year.
	 * @param ledger the ledger
	 * @param asOf the as-of day, ISO
	 * @return the drafted report
	 */
	public static Report report(Ledger ledger, String asOf) {
		return report(ledger, InspectionOptions.defaults(LocalDate.parse(asOf)));
	}

	/**
	 * The report of a ledger with options.
	 * @param ledger the ledger
	 * @param options what the run is asked
	 * @return the drafted report
	 */
	public static Report report(Ledger ledger, InspectionOptions options) {
		return inspect(new LedgerRead(ledger, List.of(), List.of(), List.of(), "test"), options).report();
	}

	/**
	 * Check a ledger as of a day, over the window from 1 January of its year.
	 * @param ledger the ledger
	 * @param asOf the as-of day, ISO
	 * @return the result
	 */
	public static CheckResult check(Ledger ledger, String asOf) {
		LocalDate day = LocalDate.parse(asOf);
		return check(ledger, asOf, day.withDayOfYear(1).toString(), asOf);
	}

	/**
	 * Check a ledger as of a day over a window.
	 * @param ledger the ledger
	 * @param asOf the as-of day, ISO
	 * @param from the first day of the window, ISO
	 * @param to the last day of the window, ISO
	 * @return the result
	 */
	public static CheckResult check(Ledger ledger, String asOf, String from, String to) {
		return check(ledger,
				new CheckOptions(LocalDate.parse(asOf), LocalDate.parse(from), LocalDate.parse(to), true, null));
	}

	/**
	 * Check a ledger with options.
	 * @param ledger the ledger
	 * @param options the options
	 * @return the result
	 */
	public static CheckResult check(Ledger ledger, CheckOptions options) {
		return check(new LedgerRead(ledger, List.of(), List.of(), List.of(), "test"), options);
	}

	/**
	 * Check a ledger as read, with the rows --lenient skipped, as of a day over the
	 * window from 1 January of its year.
	 * @param ledger the ledger of the valid rows
	 * @param invalidRows the rows skipped
	 * @param asOf the as-of day, ISO
	 * @return the result
	 */
	public static CheckResult check(Ledger ledger, List<InvalidRow> invalidRows, String asOf) {
		return check(new LedgerRead(ledger, invalidRows, List.of(), List.of(), "test"),
				CheckOptions.asOf(LocalDate.parse(asOf)));
	}

	/**
	 * Check a ledger as read with options.
	 * @param read the ledger as read
	 * @param options the options
	 * @return the result
	 */
	public static CheckResult check(LedgerRead read, CheckOptions options) {
		return new Check(rules()).run(read, options);
	}

	/**
	 * Check a ledger with another rule book (an edited copy of {@code rules/}) as of a
	 * day, over the window from 1 January of its year.
	 * @param book the rules
	 * @param ledger the ledger
	 * @param asOf the as-of day, ISO
	 * @return the result
	 */
	public static CheckResult check(RuleBook book, Ledger ledger, String asOf) {
		return new Check(book).run(new LedgerRead(ledger, List.of(), List.of(), List.of(), "test"),
				CheckOptions.asOf(LocalDate.parse(asOf)));
	}

	/**
	 * The findings of one duty.
	 * @param result a result
	 * @param duty the duty code
	 * @return its findings, in order
	 */
	public static List<Finding> findings(CheckResult result, String duty) {
		return result.findings().stream().filter((f) -> f.duty().equals(duty)).toList();
	}

	/**
	 * The keys of the findings of one duty, each followed by its severity:
	 * {@code SHYK.ASSEMBLY|B1||2025-04-01|2025-06-30 MINOR}.
	 * @param result a result
	 * @param duty the duty code
	 * @return the keys with severities, in order
	 */
	public static List<String> keys(CheckResult result, String duty) {
		return findings(result, duty).stream().map((f) -> f.key() + " " + f.severity()).toList();
	}

}
