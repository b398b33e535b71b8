package org.zicha.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.ledger.Exemption;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.rules.RuleBook;

/**
 * Checks a ledger against the rule book: projects the ledger to the as-of day, evaluates
 * each organisation subtree in its own session and reduces it at once to a
 * {@link Summary} (its findings and duty-periods), then merges the summaries, sets the
 * exempted findings apart, compares with a baseline and computes the statistics from the
 * duty-periods.
 */
public final class Check {

	private final RuleBook book;

	private final Consumer<String> firedRules;

	/**
	 * A check with a rule book.
	 * @param book the rules
	 */
	public Check(RuleBook book) {
		this(book, null);
	}

	/**
	 * A check that tells which rules fire.
	 * @param book the rules
	 * @param firedRules told the name of each rule that fires, or null (then no listener
	 * slows the sessions down)
	 */
	public Check(RuleBook book, Consumer<String> firedRules) {
		this.book = book;
		this.firedRules = firedRules;
	}

	/**
	 * Run the check.
	 * @param read the ledger as read
	 * @param options the dates and choices of the run
	 * @return the result
	 */
	public CheckResult run(LedgerRead read, CheckOptions options) {
		return run(read, options, false, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Run the check, partitioned or in one session.
	 * @param read the ledger as read
	 * @param options the dates and choices of the run
	 * @param oneSession whether the whole ledger is evaluated in one session instead of
	 * one per organisation subtree (the reference the partitioned run must agree with)
	 * @param threads how many partitions are evaluated at once
	 * @return the result
	 */
	CheckResult run(LedgerRead read, CheckOptions options, boolean oneSession, int threads) {
		if (options.to().isBefore(options.from())) {
			throw new IllegalArgumentException("--to（" + options.to() + "）早于 --from（" + options.from() + "）");
		}
		Run run = new Run(options.asOf(), options.from(), options.to());
		Ledger ledger = read.ledger().asOf(options.asOf());
		List<Object> common = new ArrayList<>();
		common.add(run);
		common.addAll(EvalPeriod.of(run));
		common.addAll(RecordMonth.of(run, ledger));
		common.addAll(ReviewYear.of(run, ledger));
		common.addAll(this.book.thresholds());
		Partitioner partitioner = new Partitioner(ledger, common);
		List<Partition> partitions = oneSession ? partitioner.whole(read.invalidRows())
				: partitioner.partitions(read.invalidRows());
		Reporting reporting = new Reporting(this.book, run, ledger);
		Summary summary = Summary.merge(new Engine(this.book.kieBase(), this.firedRules).evaluate(partitions,
				partitioner::facts, (concluded) -> Summary.of(concluded, reporting), threads));
		Map<String, Finding> byKey = new LinkedHashMap<>();
		summary.reported().stream().sorted(Finding.ORDER).forEach((f) -> byKey.putIfAbsent(f.key(), f));
		List<Finding> findings = new ArrayList<>();
		List<Exempted> exempted = new ArrayList<>();
		for (Finding finding : byKey.values()) {
			Optional<Exemption> exemption = options.exemptions() ? exemption(ledger, finding) : Optional.empty();
			if (exemption.isPresent()) {
				exempted.add(new Exempted(finding, exemption.get().reason(), exemption.get().approval()));
			}
			else {
				findings.add(finding);
			}
		}
		List<Finding> resolved = List.of();
		if (options.baseline() != null) {
			Set<String> earlier = options.baseline().stream().map(Finding::key).collect(Collectors.toSet());
			findings.replaceAll(
					(f) -> f.withChange(earlier.contains(f.key()) ? Finding.Change.PERSISTING : Finding.Change.NEW));
			Set<String> now = byKey.keySet();
			resolved = options.baseline()
				.stream()
				.filter((f) -> !now.contains(f.key()))
				.filter((f) -> f.period() == null || !f.period().to().isBefore(run.from()))
				.sorted(Finding.ORDER)
				.toList();
		}
		Set<String> exemptedKeys = exempted.stream().map((e) -> e.finding().key()).collect(Collectors.toSet());
		List<DutyPeriod> dutyPeriods = new ArrayList<>(summary.dutyPeriods());
		if (!exemptedKeys.isEmpty()) {
			dutyPeriods.replaceAll((d) -> exemptedKeys.contains(d.key()) ? d.asExempted() : d);
		}
		Map<String, Object> stats = new Statistics(ledger, run, dutyPeriods, summary.conversions()).compute();
		return new CheckResult(run, ledger, findings, exempted, resolved, dutyPeriods, stats);
	}

	private static Optional<Exemption> exemption(Ledger ledger, Finding finding) {
		Subject subject = finding.subject();
		String member = (subject != null && subject.kind() == Subject.Kind.MEMBER) ? subject.id() : null;
		return ledger.exemptions()
			.stream()
			.filter((e) -> e.covers(finding.duty(), finding.orgId(), member, finding.period()))
			.min(Comparator.comparing(Exemption::from));
	}

}
