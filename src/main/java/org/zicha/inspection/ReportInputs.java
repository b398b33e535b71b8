package org.zicha.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.zicha.check.CheckResult;
import org.zicha.check.DutyPeriod;
import org.zicha.check.Outcome;
import org.zicha.check.Run;
import org.zicha.ledger.Activity;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.ledger.Talk;
import org.zicha.report.HeatMap;
import org.zicha.report.RectificationLedger;
import org.zicha.report.ReportInput;
import org.zicha.rules.RuleBook;

/**
 * What a report needs from a check: the findings and statistics, the totals of the count
 * duties, the organisations each duty was evaluated for, the heat map of the calendar
 * duties (and of the annual reviews, one column per year reviewed), the organisations
 * with their heads, the ledger's latest event, and the earlier rectification ledger.
 */
final class ReportInputs {

	/** The most columns a heat map shows (the latest periods). */
	private static final int PERIODS = 24;

	private ReportInputs() {
	}

	/**
	 * The input of the report of a check.
	 * @param result the check's result
	 * @param book the rule book it used
	 * @param records the number of ledger records read
	 * @param compared whether the check was compared with an earlier run
	 * @param previous the earlier rectification ledger, or null
	 * @param addressee the 主送机关 asked for, or null for the one the ledger names for its
	 * root
	 * @param dated the 成文日期
	 * @return the report's input
	 */
	static ReportInput of(CheckResult result, RuleBook book, int records, boolean compared,
			RectificationLedger previous, String addressee, LocalDate dated) {
		Ledger ledger = result.ledger();
		Run run = result.run();
		Map<String, Member> members = ledger.membersById();
		List<ReportInput.Organisation> organisations = new ArrayList<>();
		for (Organization org : ledger.organizations()) {
			Member secretary = (org.secretary() != null) ? members.get(org.secretary()) : null;
			organisations.add(new ReportInput.Organisation(org.id(), org.name(), org.kind(), org.parentId(),
					(secretary != null) ? secretary.name() : null, org.shortName()));
		}
		Period window = run.window();
		int inWindow = (int) ledger.activities().stream().filter((a) -> a.heldIn(window)).count();
		return new ReportInput(run.asOf(), run.from(), run.to(), organisations, ledger.members().size(), records,
				latest(ledger), inWindow, result.findings(), result.exempted(), result.resolved(), compared,
				result.stats(), tallies(result), evaluated(result), heatMap(result, book), previous,
				(addressee != null) ? addressee : addressee(ledger), dated);
	}

	/**
	 * The 主送机关 the ledger names for its root, when it has one root that names one.
	 */
	private static String addressee(Ledger ledger) {
		List<String> named = ledger.organizations()
			.stream()
			.filter(Organization::isRoot)
			.map(Organization::addressee)
			.filter((a) -> a != null && !a.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		return (named.size() == 1) ? named.get(0) : null;
	}

	/**
	 * The date of the latest activity, payment or talk the ledger records (as it stood on
	 * the as-of day).
	 */
	private static LocalDate latest(Ledger ledger) {
		return Stream
			.of(ledger.activities().stream().map(Activity::date), ledger.dues().stream().map(DuesPayment::paidOn),
					ledger.talks().stream().map(Talk::date))
			.flatMap((s) -> s)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	private static List<ReportInput.Tally> tallies(CheckResult result) {
		Map<String, int[]> sums = new LinkedHashMap<>();
		for (DutyPeriod d : result.dutyPeriods()) {
			if (d.organisational() && d.counted() && d.dueBy(result.run().asOf()) && !d.exempted()) {
				int[] sum = sums.computeIfAbsent(d.duty() + "|" + d.orgId(), (k) -> new int[2]);
				sum[0] += d.required();
				sum[1] += d.actual();
			}
		}
		List<ReportInput.Tally> tallies = new ArrayList<>();
		sums.forEach((k, v) -> tallies
			.add(new ReportInput.Tally(k.substring(0, k.indexOf('|')), k.substring(k.indexOf('|') + 1), v[0], v[1])));
		return tallies;
	}

	/**
	 * For each duty, the organisations it concluded anything about.
	 */
	private static Map<String, Set<String>> evaluated(CheckResult result) {
		Map<String, Set<String>> evaluated = new LinkedHashMap<>();
		for (DutyPeriod d : result.dutyPeriods()) {
			if (d.orgId() != null) {
				evaluated.computeIfAbsent(d.duty(), (k) -> new LinkedHashSet<>()).add(d.orgId());
			}
		}
		return evaluated;
	}

	private static HeatMap heatMap(CheckResult result, RuleBook book) {
		Run run = result.run();
		LocalDate last = run.to().isBefore(run.asOf()) ? run.to() : run.asOf();
		Map<String, Map<String, List<DutyPeriod>>> byDuty = new LinkedHashMap<>();
		for (DutyPeriod d : result.dutyPeriods()) {
			if (d.organisational() && (d.scope() == Outcome.Scope.REVIEW || d.period().kind() == PeriodKind.MONTH
					|| d.period().kind() == PeriodKind.QUARTER)) {
				byDuty.computeIfAbsent(d.duty(), (k) -> new LinkedHashMap<>())
					.computeIfAbsent(d.orgId(), (org) -> new ArrayList<>())
					.add(d);
			}
		}
		List<HeatMap.Duty> duties = new ArrayList<>();
		for (org.zicha.finding.Duty duty : book.duties()) {
			Map<String, List<DutyPeriod>> byOrg = byDuty.get(duty.code());
			if (byOrg == null) {
				continue;
			}
			boolean reviews = byOrg.values().iterator().next().get(0).scope() == Outcome.Scope.REVIEW;
			PeriodKind kind = byOrg.values().iterator().next().get(0).period().kind();
			List<Period> periods = new ArrayList<>();
			if (reviews) {
				// the years whose reviews the run judged or awaits, by the year reviewed
				byOrg.values()
					.stream()
					.flatMap(List::stream)
					.map(DutyPeriod::period)
					.distinct()
					.sorted()
					.forEach(periods::add);
			}
			else {
				for (Period p = Period.of(kind, run.from()); !p.from().isAfter(last); p = p.next()) {
					periods.add(p);
				}
			}
			if (periods.size() > PERIODS) {
				periods = periods.subList(periods.size() - PERIODS, periods.size());
			}
			List<HeatMap.Row> rows = new ArrayList<>();
			for (Organization org : result.ledger().organizations()) {
				List<DutyPeriod> evaluated = byOrg.get(org.id());
				if (evaluated != null) {
					List<HeatMap.State> cells = periods.stream().map((p) -> state(p, evaluated, run)).toList();
					rows.add(new HeatMap.Row(org.id(), org.name(), cells));
				}
			}
			duties.add(new HeatMap.Duty(duty.code(), duty.title(), periods, rows));
		}
		return new HeatMap(duties);
	}

	private static HeatMap.State state(Period period, List<DutyPeriod> evaluated, Run run) {
		for (DutyPeriod d : evaluated) {
			if (d.period().equals(period)) {
				if (d.met()) {
					return HeatMap.State.MET;
				}
				if (!d.dueBy(run.asOf())) {
					return HeatMap.State.NOT_DUE;
				}
				return d.exempted() ? HeatMap.State.EXEMPTED : HeatMap.State.MISSED;
			}
		}
		return run.closed(period) ? HeatMap.State.NONE : HeatMap.State.NOT_DUE;
	}

}
