package org.zicha.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.zicha.finding.Duty;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.finding.Template;
import org.zicha.ledger.Period;

/**
 * Drafts the report from a check's findings: groups the problems (MAJOR and MINOR
 * findings, not exempted) by area, orders the areas by weight (those with a MAJOR problem
 * first, then by number of findings), aggregates each duty's findings into one sentence,
 * and derives a measure per paragraph from the duties' remedies.
 */
public final class ReportBuilder {

	private final Phrasing phrasing;

	/**
	 * A builder with the unit's wording.
	 * @param phrasing the wording
	 */
	public ReportBuilder(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Draft the report.
	 * @param input the results of a check
	 * @return the report
	 */
	public Report build(ReportInput input) {
		LocalDate last = input.to().isBefore(input.asOf()) ? input.to() : input.asOf();
		Map<String, Object> values = new HashMap<>();
		values.put("root", input.rootName());
		values.put("period", Words.window(input.from(), last.isBefore(input.from()) ? input.from() : last));
		values.put("asOf", Period.dayLabel(input.asOf()));
		values.put("organizations", input.organizations());
		values.put("members", input.members());
		values.put("records", input.records());
		flatten("stats", input.stats(), values);
		List<String> basics = new ArrayList<>(
				this.phrasing.basics().stream().map((p) -> Template.fill(p, values)).toList());
		byYear(input.stats()).ifPresent(basics::add);
		IssueWriter writer = new IssueWriter(this.phrasing, input);
		Map<String, List<Finding>> byArea = input.findings()
			.stream()
			.filter((f) -> f.severity() != Severity.NOTICE)
			.collect(Collectors.groupingBy(Finding::area, LinkedHashMap::new, Collectors.toList()));
		List<Map.Entry<String, List<Finding>>> areas = new ArrayList<>(byArea.entrySet());
		areas.sort(Comparator
			.comparing((Map.Entry<String, List<Finding>> e) -> e.getValue()
				.stream()
				.noneMatch((f) -> f.severity() == Severity.MAJOR))
			.thenComparing((e) -> -e.getValue().size())
			.thenComparing((e) -> Duty.areaRank(e.getKey())));
		List<Report.Problem> problems = new ArrayList<>();
		List<Report.Measure> measures = new ArrayList<>();
		int number = 1;
		for (Map.Entry<String, List<Finding>> area : areas) {
			List<Report.Issue> issues = new ArrayList<>();
			for (List<Finding> group : issueGroups(area.getValue())) {
				issues.add(writer.issue(number++, group));
			}
			int n = problems.size() + 1;
			problems.add(new Report.Problem(Words.number(n) + "是", area.getKey(),
					this.phrasing.judgement(area.getKey()), issues));
			measures.add(new Report.Measure("（" + Words.number(n) + "）", area.getKey(),
					writer.measure(area.getKey(), issues)));
		}
		List<Finding> notices = input.findings().stream().filter((f) -> f.severity() == Severity.NOTICE).toList();
		return new Report(Template.fill(this.phrasing.title(), values), Template.fill(this.phrasing.subtitle(), values),
				basics, problems, measures, input.exempted(), notices, input.heatMap(), input.asOf());
	}

	/**
	 * The sentence of the years of a window that spans several: each year's figures, as
	 * the wording file words them.
	 */
	private Optional<String> byYear(Map<String, Object> stats) {
		Optional<List<String>> wording = this.phrasing.byYear();
		if (wording.isEmpty() || !(stats.get("years") instanceof List<?> years) || years.size() < 2) {
			return Optional.empty();
		}
		List<String> clauses = new ArrayList<>();
		for (Object year : years) {
			Map<String, Object> values = new HashMap<>();
			if (year instanceof Map<?, ?> figures) {
				values.put("year", figures.get("year"));
				flatten("stats", figures, values);
			}
			clauses.add(Template.fill(wording.get().get(1), values));
		}
		return Optional.of(wording.get().get(0) + String.join("；", clauses) + "。");
	}

	/**
	 * The issues of an area: one per duty and severity, MAJOR first, then by number of
	 * findings, then by the order the findings came in.
	 */
	private static List<List<Finding>> issueGroups(List<Finding> findings) {
		Map<String, List<Finding>> groups = findings.stream()
			.collect(Collectors.groupingBy((f) -> f.duty() + "/" + f.severity(), LinkedHashMap::new,
					Collectors.toList()));
		List<List<Finding>> sorted = new ArrayList<>(groups.values());
		sorted.sort(Comparator.comparing((List<Finding> g) -> g.get(0).severity())
			.thenComparing((g) -> -g.size())
			.thenComparing((g) -> g.get(0).duty()));
		return sorted;
	}

	/**
	 * Put every value of a nested map into a flat map under dotted names; a share (a key
	 * ending in "rate") as a percentage, a missing figure as —.
	 */
	private static void flatten(String prefix, Object value, Map<String, Object> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> flatten(prefix + "." + k, v, into));
			return;
		}
		if (prefix.endsWith("rate")) {
			into.put(prefix, (value instanceof BigDecimal rate) ? percent(rate) : "—");
			return;
		}
		into.put(prefix, (value != null) ? value : "—");
	}

	static String percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100))
			.setScale(1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

}
