package org.zicha.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.check.CheckResult;
import org.zicha.check.Outcome;
import org.zicha.check.Run;
import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.report.HeatMap;
import org.zicha.report.ReportInput;
import org.zicha.rules.RuleBook;

/**
 * What a report needs from a check: the findings and statistics, the totals of the count
 * duties, the heat map of the calendar duties, and who leads each organisation.
 */
final class ReportInputs {

	/** The most months a heat map shows (the latest ones). */
	private static final int MONTHS = 24;

	private ReportInputs() {
	}

	/**
	 * The input of the report of a check.
	 * @param result the check's result
	 * @param book the rule book it used
	 * @param records the number of ledger records read
	 * @return the report's input
	 */
	static ReportInput of(CheckResult result, RuleBook book, int records) {
		Ledger ledger = result.ledger();
		Run run = result.run();
		Set<String> exempted = result.exempted()
			.stream()
			.map(Exempted::finding)
			.map(Finding::key)
			.collect(Collectors.toSet());
		Map<String, OrgKind> kinds = new LinkedHashMap<>();
		Map<String, String> secretaries = new LinkedHashMap<>();
		Map<String, Member> members = ledger.membersById();
		for (Organization org : ledger.organizations()) {
			kinds.put(org.id(), org.kind());
			Member secretary = (org.secretary() != null) ? members.get(org.secretary()) : null;
			if (secretary != null) {
				secretaries.put(org.id(), secretary.name());
			}
		}
		String root = ledger.organizations()
			.stream()
			.filter(Organization::isRoot)
			.map(Organization::name)
			.collect(Collectors.joining("、"));
		return new ReportInput(root, run.asOf(), run.from(), run.to(), ledger.organizations().size(),
				ledger.members().size(), records, result.findings(), result.exempted(), result.stats(),
				tallies(result, exempted), heatMap(result, book, exempted), kinds, secretaries);
	}

	private static List<ReportInput.Tally> tallies(CheckResult result, Set<String> exempted) {
		Map<String, int[]> sums = new LinkedHashMap<>();
		for (Outcome o : result.outcomes()) {
			if (o.scope() == Outcome.Scope.PERIODIC && o.subject() == null && result.run().closed(o.period())
					&& o.evidence().get("required") instanceof Integer required
					&& o.evidence().get("actual") instanceof Integer actual && !exempted.contains(key(o))) {
				int[] sum = sums.computeIfAbsent(o.duty() + "|" + o.orgId(), (k) -> new int[2]);
				sum[0] += required;
				sum[1] += actual;
			}
		}
		List<ReportInput.Tally> tallies = new ArrayList<>();
		sums.forEach((k, v) -> tallies
			.add(new ReportInput.Tally(k.substring(0, k.indexOf('|')), k.substring(k.indexOf('|') + 1), v[0], v[1])));
		return tallies;
	}

	private static HeatMap heatMap(CheckResult result, RuleBook book, Set<String> exempted) {
		Run run = result.run();
		YearMonth first = YearMonth.from(run.from());
		YearMonth last = YearMonth.from(run.asOf().isAfter(run.to()) ? run.asOf() : run.to());
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		if (months.size() > MONTHS) {
			months = months.subList(months.size() - MONTHS, months.size());
		}
		Map<String, Map<String, List<Outcome>>> byDuty = new LinkedHashMap<>();
		for (Outcome o : result.outcomes()) {
			if (o.scope() == Outcome.Scope.PERIODIC && o.subject() == null
					&& (o.period().kind() == PeriodKind.MONTH || o.period().kind() == PeriodKind.QUARTER)) {
				byDuty.computeIfAbsent(o.duty(), (d) -> new LinkedHashMap<>())
					.computeIfAbsent(o.orgId(), (org) -> new ArrayList<>())
					.add(o);
			}
		}
		List<HeatMap.Duty> duties = new ArrayList<>();
		for (org.zicha.finding.Duty duty : book.duties()) {
			Map<String, List<Outcome>> byOrg = byDuty.get(duty.code());
			if (byOrg == null) {
				continue;
			}
			List<HeatMap.Row> rows = new ArrayList<>();
			for (Organization org : result.ledger().organizations()) {
				List<Outcome> outcomes = byOrg.get(org.id());
				if (outcomes != null) {
					List<HeatMap.State> cells = months.stream().map((m) -> state(m, outcomes, run, exempted)).toList();
					rows.add(new HeatMap.Row(org.id(), org.name(), cells));
				}
			}
			duties.add(new HeatMap.Duty(duty.code(), duty.title(), rows));
		}
		return new HeatMap(months, duties);
	}

	private static HeatMap.State state(YearMonth month, List<Outcome> outcomes, Run run, Set<String> exempted) {
		LocalDate day = month.atDay(1);
		for (Outcome o : outcomes) {
			Period p = o.period();
			if (p.contains(day)) {
				if (o.met()) {
					return HeatMap.State.MET;
				}
				if (!run.closed(p)) {
					return HeatMap.State.NOT_DUE;
				}
				return exempted.contains(key(o)) ? HeatMap.State.EXEMPTED : HeatMap.State.MISSED;
			}
		}
		return month.atDay(1).isAfter(run.asOf()) ? HeatMap.State.NOT_DUE : HeatMap.State.NONE;
	}

	private static String key(Outcome o) {
		return Finding.key(o.duty(), o.orgId(), (o.subject() != null) ? o.subject().id() : null, o.period());
	}

}
