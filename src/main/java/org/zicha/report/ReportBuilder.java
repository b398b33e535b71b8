package org.zicha.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.ledger.Period;

/**
 * Drafts the report from a check's findings: the title and 基本情况 from the statistics;
 * 存在的问题 as one paragraph per theme (MAJOR and MINOR findings, in the themes' order); 下步工作
 * as one measure per theme; the rows of the appendix and the rectification ledger,
 * carried over from an earlier ledger; the notices, exemptions and the heat map.
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
		Draft draft = new Draft(this.phrasing, input);
		Map<String, Object> values = draft.values();
		List<String> title = this.phrasing.title().stream().map((p) -> p.fill(values)).toList();
		List<String> basics = new ArrayList<>(
				this.phrasing.basics().stream().map((p) -> p.fill(values)).filter((p) -> !p.isBlank()).toList());
		byYear(draft, input.stats()).ifPresent(basics::add);
		Map<Theme, List<Finding>> byTheme = new LinkedHashMap<>();
		this.phrasing.themeList().forEach((t) -> byTheme.put(t, new ArrayList<>()));
		List<Finding> unthemed = new ArrayList<>();
		List<Finding> dataProblems = new ArrayList<>();
		for (Finding f : input.findings()) {
			if (f.severity() == Severity.NOTICE) {
				continue;
			}
			if (Report.isDataProblem(f)) {
				dataProblems.add(f);
				continue;
			}
			Theme theme = this.phrasing.theme(f.area());
			if (theme != null) {
				byTheme.get(theme).add(f);
			}
			else {
				unthemed.add(f);
			}
		}
		ThemeWriter themes = new ThemeWriter(draft);
		RowWriter rowWriter = new RowWriter(draft);
		List<Report.Problem> problems = new ArrayList<>();
		List<Report.Measure> measures = new ArrayList<>();
		List<Report.Row> rows = new ArrayList<>();
		Set<String> actions = new HashSet<>();
		for (Map.Entry<Theme, List<Finding>> entry : byTheme.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			String n = Words.number(problems.size() + 1);
			problems.add(themes.problem(this.phrasing.phrase("problems.ordinal").fill(Map.of("n", n)), entry.getKey(),
					entry.getValue()));
			measures.add(themes.measure(this.phrasing.phrase("measureOrdinal").fill(Map.of("n", n)), entry.getKey(),
					entry.getValue(), actions));
			rows.addAll(rowWriter.rows(entry.getKey(), entry.getValue()));
		}
		rows.addAll(rowWriter.rows(null, unthemed));
		List<Report.Row> numbered = new ArrayList<>();
		for (Report.Row row : rows) {
			numbered.add(row.with(numbered.size() + 1, row.change(), row.tracking()));
		}
		Carryover.Result carried = new Carryover(draft, rowWriter).apply(numbered);
		List<Finding> notices = input.findings().stream().filter((f) -> f.severity() == Severity.NOTICE).toList();
		List<Report.Attachment.Kind> attached = new ArrayList<>();
		if (!carried.rows().isEmpty()) {
			attached.add(Report.Attachment.Kind.ROWS);
		}
		if (!input.exempted().isEmpty()) {
			attached.add(Report.Attachment.Kind.EXEMPTED);
		}
		if (!dataProblems.isEmpty()) {
			attached.add(Report.Attachment.Kind.DATA);
		}
		return new Report(title, this.phrasing.phrase("coverage").fill(values), warnings(draft), basics,
				this.phrasing.phrase("problems.opening").fill(values), problems, measures, carried.rows(),
				carried.closed(), input.exempted(), notices, input.resolved(), input.compared(), input.heatMap(),
				new Frame(this.phrasing, draft).ending(attached), (String) values.get("period"), input.asOf(),
				input.organisations(), dataProblems);
	}

	/**
	 * The sentence of the years of a window that spans several: each year's figures
	 * ({@code stats.years}), as the wording file words them.
	 */
	private Optional<String> byYear(Draft draft, Map<String, Object> stats) {
		Optional<List<Phrase>> wording = this.phrasing.byYear();
		if (wording.isEmpty() || !(stats.get("years") instanceof List<?> years) || years.size() < 2) {
			return Optional.empty();
		}
		List<String> clauses = new ArrayList<>();
		for (Object year : years) {
			if (year instanceof Map<?, ?> figures) {
				Map<String, Object> values = draft.values();
				values.keySet().removeIf((k) -> k.startsWith("stats."));
				values.put("year", figures.get("year"));
				Draft.flatten("stats", figures, values);
				String clause = wording.get().get(1).fill(values);
				if (!clause.isBlank()) {
					clauses.add(clause);
				}
			}
		}
		return clauses.isEmpty() ? Optional.empty()
				: Optional.of(wording.get().get(0).fill(draft.values()) + String.join("；", clauses) + "。");
	}

	/**
	 * The warnings about the window: it holds no activity, or the ledger's latest event
	 * is more than three months before the as-of day.
	 */
	private List<String> warnings(Draft draft) {
		ReportInput input = draft.input();
		Map<String, Object> values = draft.values();
		if (input.latestRecord() != null) {
			values.put("latest", Period.dayLabel(input.latestRecord()));
		}
		List<String> warnings = new ArrayList<>();
		if (input.activitiesInWindow() == 0) {
			warnings.add(this.phrasing.phrase("warnings.empty").fill(values));
		}
		else if (input.latestRecord() != null && input.latestRecord().isBefore(input.asOf().minusMonths(3))) {
			warnings.add(this.phrasing.phrase("warnings.stale").fill(values));
		}
		return warnings;
	}

}
