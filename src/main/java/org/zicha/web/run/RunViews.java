package org.zicha.web.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.finding.Duty;
import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;

/**
 * What the pages and the API read of the stored runs, always within the viewer's scope: a
 * branch secretary sees the findings, figures and rows of their organisation's subtree
 * only, and any id outside it answers 404.
 */
@Service
@Transactional(readOnly = true)
public class RunViews {

	/** The most organisations the dashboard's heat map shows. */
	static final int HEAT_ROWS = 40;

	private final RunStore store;

	private final Rectifications rectifications;

	/** The name of the latest run in a URL. */
	public static final String LATEST = "latest";

	RunViews(RunStore store, Rectifications rectifications) {
		this.store = store;
		this.rectifications = rectifications;
	}

	/**
	 * Every run (their existence is no secret; their figures are scoped).
	 * @return the runs, latest first
	 */
	public List<StoredRun> runs() {
		return this.store.runs();
	}

	/**
	 * The latest run not withdrawn.
	 * @return the run, if any
	 */
	public Optional<StoredRun> latest() {
		return this.store.latest();
	}

	/**
	 * The run a URL names: its id, or {@code latest} for the latest run.
	 * @param ref the id or {@code latest}
	 * @return the run's id
	 * @throws IllegalArgumentException when it is neither
	 * @throws org.springframework.web.server.ResponseStatusException 404 for
	 * {@code latest} when there is no run yet
	 */
	public long runId(String ref) {
		String r = (ref != null) ? ref.strip() : "";
		if (r.equalsIgnoreCase(LATEST)) {
			return latest().map(StoredRun::id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚无检查记录"));
		}
		if (!r.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("检查编号“" + ref + "”无效，应为数字或 latest（最近一次检查）");
		}
		return Long.parseLong(r);
	}

	/**
	 * A run.
	 * @param id its id
	 * @return the run
	 * @throws org.springframework.web.server.ResponseStatusException 404 when there is
	 * none
	 */
	public StoredRun run(long id) {
		return this.store.run(id).orElseThrow(Viewer::notFound);
	}

	/**
	 * The organisations of a run.
	 * @param run the run
	 * @return its tree
	 */
	public OrgTree tree(long run) {
		return this.store.tree(run);
	}

	/**
	 * What a viewer may see of a run, cut to an organisation's subtree when one is asked.
	 * @param viewer who looks
	 * @param run the run
	 * @param org the organisation asked, or null
	 * @return the scope
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the
	 * organisation lies outside the viewer's scope
	 */
	Scope scope(Viewer viewer, long run, String org) {
		if (org == null && viewer.seesAll()) {
			return Scope.all();
		}
		OrgTree tree = this.store.tree(run);
		Scope scope = Scope.of(viewer, tree);
		return (org != null) ? scope.narrow(org, tree) : scope;
	}

	/**
	 * The findings of a run.
	 * @param viewer who looks
	 * @param run the run
	 * @param filter the filters
	 * @return the findings (problems and notices; the previous run's resolved ones when
	 * the filter asks for them)
	 */
	public List<StoredFinding> findings(Viewer viewer, long run, FindingFilter filter) {
		run(run);
		Scope scope = scope(viewer, run, filter.org());
		String kind = "RESOLVED".equals(filter.change()) ? "RESOLVED" : "FOUND";
		return this.store.findings(run, List.of(kind), scope, filter);
	}

	/**
	 * The exempted findings of a run.
	 * @param viewer who looks
	 * @param run the run
	 * @return the exempted findings in the viewer's scope
	 */
	public List<StoredFinding> exempted(Viewer viewer, long run) {
		return this.store.findings(run, List.of("EXEMPTED"), scope(viewer, run, null), FindingFilter.NONE);
	}

	/**
	 * One finding.
	 * @param viewer who looks
	 * @param id the finding
	 * @return the finding
	 * @throws org.springframework.web.server.ResponseStatusException 404 when it does not
	 * exist or lies outside the viewer's scope
	 */
	public StoredFinding finding(Viewer viewer, long id) {
		long run = this.store.runOfFinding(id).orElseThrow(Viewer::notFound);
		return this.store.finding(id, scope(viewer, run, null)).orElseThrow(Viewer::notFound);
	}

	/**
	 * The organisations of a run with their 履职率, highest first.
	 * @param viewer who looks
	 * @param run the run
	 * @return the organisations in the viewer's scope that were evaluated
	 */
	public List<Dashboard.Rate> ranking(Viewer viewer, long run) {
		return ranking(run, scope(viewer, run, null));
	}

	private List<Dashboard.Rate> ranking(long run, Scope scope) {
		return this.store.orgs(run, scope)
			.stream()
			.filter((o) -> o.rate() != null && o.evaluated() != null && o.evaluated() > 0)
			.map((o) -> new Dashboard.Rate(o.id(), o.name(), o.evaluated(), o.met(), o.rate()))
			.sorted(Comparator.comparingDouble(Dashboard.Rate::rate).reversed().thenComparing(Dashboard.Rate::orgId))
			.toList();
	}

	/**
	 * The dashboard of a run.
	 * @param viewer who looks
	 * @param run the run
	 * @return what it shows
	 */
	public Dashboard dashboard(Viewer viewer, long run) {
		StoredRun stored = run(run);
		Scope scope = scope(viewer, run, null);
		List<StoredFinding> found = this.store.findings(run, List.of("FOUND"), scope, FindingFilter.NONE);
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, found.stream().filter((f) -> f.severity() == s).count());
		}
		Map<String, long[]> areas = new TreeMap<>(
				Comparator.comparingInt(Duty::areaRank).thenComparing(Comparator.naturalOrder()));
		found.forEach((f) -> areas.computeIfAbsent((f.area() != null) ? f.area() : "其他",
				(k) -> new long[3])[f.severity().ordinal()]++);
		List<Dashboard.AreaCount> areaCounts = new ArrayList<>();
		areas.forEach((a, c) -> areaCounts.add(new Dashboard.AreaCount(a, c[0], c[1], c[2])));
		Map<String, Long> changes = new LinkedHashMap<>();
		changes.put("新增", found.stream().filter((f) -> "NEW".equals(f.change())).count());
		changes.put("仍存在", found.stream().filter((f) -> "PERSISTING".equals(f.change())).count());
		changes.put("已解决", (long) this.store.findings(run, List.of("RESOLVED"), scope, FindingFilter.NONE).size());
		long exempted = this.store.findings(run, List.of("EXEMPTED"), scope, FindingFilter.NONE).size();
		Map<String, Long> rect = new LinkedHashMap<>();
		List<Rectification> rows = this.rectifications.rows(viewer, run);
		List<Rectification> open = rows.stream().filter((r) -> !r.closed()).toList();
		for (org.zicha.web.rectification.Status s : org.zicha.web.rectification.Status.values()) {
			rect.put(s.label(), open.stream().filter((r) -> r.state().status() == s).count());
		}
		rect.put("整改不到位", open.stream().filter((r) -> r.change() == org.zicha.web.rectification.Change.REDO).count());
		return new Dashboard(stored, bySeverity, exempted, areaCounts, changes, heat(stored, found), trend(scope),
				ranking(run, scope), rect);
	}

	private static Dashboard.Heat heat(StoredRun run, List<StoredFinding> found) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(run.from()); !m.isAfter(YearMonth.from(run.to())); m = m.plusMonths(1)) {
			months.add(m);
		}
		Map<String, int[]> cells = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (StoredFinding f : found) {
			if (f.severity() == Severity.NOTICE || f.orgId() == null || f.periodTo() == null) {
				continue;
			}
			int i = months.indexOf(YearMonth.from(f.periodTo()));
			if (i >= 0) {
				cells.computeIfAbsent(f.orgId(), (k) -> new int[months.size()])[i]++;
				names.put(f.orgId(), f.orgName());
			}
		}
		List<Dashboard.HeatRow> rows = new ArrayList<>();
		cells.forEach((org, c) -> rows.add(new Dashboard.HeatRow(org, names.get(org),
				java.util.Arrays.stream(c).boxed().toList(), java.util.Arrays.stream(c).sum())));
		rows.sort(Comparator.comparingInt(Dashboard.HeatRow::total).reversed().thenComparing(Dashboard.HeatRow::orgId));
		int hidden = Math.max(0, rows.size() - HEAT_ROWS);
		return new Dashboard.Heat(months, rows.subList(0, Math.min(rows.size(), HEAT_ROWS)), hidden);
	}

	private List<Dashboard.TrendPoint> trend(Scope scope) {
		Map<Long, long[]> counts = new TreeMap<>();
		for (Object[] row : this.store.counts(scope)) {
			long[] c = counts.computeIfAbsent((Long) row[0], (k) -> new long[3]);
			c[Severity.valueOf((String) row[1]).ordinal()] += (Long) row[2];
		}
		List<Dashboard.TrendPoint> points = new ArrayList<>();
		List<StoredRun> runs = new ArrayList<>(this.store.runs());
		java.util.Collections.reverse(runs);
		for (StoredRun r : runs) {
			if (r.withdrawn()) {
				continue;
			}
			long[] c = counts.getOrDefault(r.id(), new long[3]);
			points.add(new Dashboard.TrendPoint(r.id(), r.asOf().toString(), c[0], c[1]));
		}
		return points;
	}

	/**
	 * The stored output of a run.
	 * @param run the run
	 * @param format JSON, MD, DOCX or HTML
	 * @return the hash of the stored file
	 */
	Optional<String> output(long run, String format) {
		return this.store.output(run, format);
	}

	/**
	 * The stored statistics of a run (findings.json's stats).
	 * @param run the run
	 * @return the JSON text
	 */
	String stats(long run) {
		return this.store.stats(run);
	}

	/**
	 * The warnings of a run's ledger read.
	 * @param run the run
	 * @return one per line
	 */
	public List<String> warnings(long run) {
		String w = this.store.warnings(run);
		return (w == null || w.isBlank()) ? List.of() : List.of(w.split("\n"));
	}

}
