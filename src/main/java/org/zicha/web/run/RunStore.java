package org.zicha.web.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;
import org.zicha.web.Scope;

/**
 * The stored runs, their organisations, findings and outputs.
 */
@Repository
class RunStore {

	/** The organisations of the latest runs looked at (a run's never change). */
	private final Map<Long, List<RunOrg>> orgCache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, List<RunOrg>> eldest) {
			return size() > 16;
		}

	});

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(StoredRun run, String stats, String warnings) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO inspection_run (as_of, window_from, window_to, rules_digest, rules_origin, data_digest, tool,
					started_by, scheduled, generated_at, previous_run_id, report_title, stats, warnings)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.asOf(), run.from(), run.to(), run.rulesDigest(), run.rulesOrigin(), run.dataDigest(),
					run.tool(), run.startedBy(), run.scheduled(), run.generatedAt(), run.previousRunId(),
					run.reportTitle(), stats, warnings)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertFile(long run, long file) {
		this.jdbc.sql("INSERT INTO run_file (run_id, file_id) VALUES (?, ?)").params(run, file).update();
	}

	void insertOutput(long run, String format, String sha256) {
		this.jdbc.sql("INSERT INTO run_output (run_id, format, sha256) VALUES (?, ?, ?)")
			.params(run, format, sha256)
			.update();
	}

	void insertOrg(long run, RunOrg org, Scope scope) {
		scope.require(org.id());
		this.jdbc.sql("""
				INSERT INTO run_org (run_id, org_id, name, kind, parent_id, secretary, evaluated, met, rate)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run, org.id(), org.name(), org.kind(), org.parentId(), org.secretary(), org.evaluated(), org.met(),
					org.rate())
			.update();
	}

	void insertFinding(StoredFinding f, Scope scope) {
		scope.require(f.orgId());
		this.jdbc
			.sql("""
					INSERT INTO run_finding (run_id, kind, finding_key, duty, area, severity, org_id, org_name, subject_kind,
					subject_id, subject_name, period_from, period_to, title, message, evidence, source, remedy, change_kind,
					reason, approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(f.runId(), f.kind(), f.key(), f.duty(), f.area(), f.severity().name(), f.orgId(), f.orgName(),
					f.subjectKind(), f.subjectId(), f.subjectName(), f.periodFrom(), f.periodTo(), f.title(),
					f.message(), f.evidence(), f.source(), f.remedy(), f.change(), f.reason(), f.approval())
			.update();
	}

	/**
	 * Wait until no other run is being stored, up to the end of the caller's transaction:
	 * runs of the unit are serialised, so that each takes the run stored before it as its
	 * baseline (also across application instances on one PostgreSQL database).
	 */
	void lockRuns() {
		this.jdbc.sql("SELECT id FROM run_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
	}

	List<StoredRun> runs() {
		return this.jdbc.sql("SELECT * FROM inspection_run ORDER BY id DESC").query(RunStore::run).list();
	}

	Optional<StoredRun> run(long id) {
		return this.jdbc.sql("SELECT * FROM inspection_run WHERE id = ?").param(id).query(RunStore::run).optional();
	}

	/**
	 * The latest run not withdrawn: the one the pages open first and the next run's
	 * baseline.
	 */
	Optional<StoredRun> latest() {
		return this.jdbc
			.sql("SELECT * FROM inspection_run WHERE withdrawn_at IS NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(RunStore::run)
			.optional();
	}

	/**
	 * Mark a run withdrawn, unless it already is.
	 * @return whether it was marked now
	 */
	boolean withdraw(long run, String by, OffsetDateTime at, String reason) {
		return this.jdbc.sql("""
				UPDATE inspection_run SET withdrawn_by = ?, withdrawn_at = ?, withdrawn_reason = ?
				WHERE id = ? AND withdrawn_at IS NULL""").params(by, at, reason, run).update() == 1;
	}

	String stats(long run) {
		return this.jdbc.sql("SELECT stats FROM inspection_run WHERE id = ?").param(run).query(String.class).single();
	}

	String warnings(long run) {
		return this.jdbc.sql("SELECT warnings FROM inspection_run WHERE id = ?")
			.param(run)
			.query(String.class)
			.single();
	}

	List<Long> files(long run) {
		return this.jdbc.sql("SELECT file_id FROM run_file WHERE run_id = ? ORDER BY file_id")
			.param(run)
			.query(Long.class)
			.list();
	}

	Optional<String> output(long run, String format) {
		return this.jdbc.sql("SELECT sha256 FROM run_output WHERE run_id = ? AND format = ?")
			.params(run, format)
			.query(String.class)
			.optional();
	}

	/**
	 * The organisations of a run in a scope, with their 履职率.
	 * @param run the run
	 * @param scope the organisations the caller may see
	 * @return the organisations, by id
	 */
	List<RunOrg> orgs(long run, Scope scope) {
		return orgs(run).stream().filter((o) -> scope.includes(o.id())).toList();
	}

	private List<RunOrg> orgs(long run) {
		List<RunOrg> cached = this.orgCache.get(run);
		if (cached != null) {
			return cached;
		}
		List<RunOrg> orgs = this.jdbc.sql("SELECT * FROM run_org WHERE run_id = ? ORDER BY org_id")
			.param(run)
			.query((rs, i) -> new RunOrg(rs.getString("org_id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id"), rs.getString("secretary"), (Integer) rs.getObject("evaluated"),
					(Integer) rs.getObject("met"), (Double) rs.getObject("rate")))
			.list();
		if (!orgs.isEmpty()) {
			this.orgCache.put(run, orgs);
		}
		return orgs;
	}

	/**
	 * The organisation tree of a run: what a scope is built from.
	 */
	OrgTree tree(long run) {
		return new OrgTree(
				orgs(run).stream().map((o) -> new OrgTree.Org(o.id(), o.name(), o.kind(), o.parentId())).toList());
	}

	/**
	 * The run a finding belongs to (whose tree its scope is built from).
	 * @param finding the finding
	 * @return the run, or empty when there is no such finding
	 */
	Optional<Long> runOfFinding(long finding) {
		return this.jdbc.sql("SELECT run_id FROM run_finding WHERE id = ?").param(finding).query(Long.class).optional();
	}

	/**
	 * One finding, if it lies in a scope.
	 * @param id the finding
	 * @param scope the organisations the caller may see
	 * @return the finding, or empty when there is none in the scope
	 */
	Optional<StoredFinding> finding(long id, Scope scope) {
		return this.jdbc.sql("SELECT * FROM run_finding WHERE id = ?")
			.param(id)
			.query(RunStore::finding)
			.optional()
			.filter((f) -> scope.includes(f.orgId()));
	}

	/**
	 * The findings of a run that match a filter, within a scope.
	 * @param run the run
	 * @param kinds FOUND, EXEMPTED, RESOLVED
	 * @param scope the organisations (the scope of everything includes the findings of no
	 * organisation)
	 * @param filter the filter
	 * @return the findings, most serious first
	 */
	List<StoredFinding> findings(long run, Collection<String> kinds, Scope scope, FindingFilter filter) {
		List<String> where = new ArrayList<>(List.of("run_id = :run", "kind IN (:kinds)"));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("run", run);
		params.put("kinds", kinds);
		if (!scope.isAll()) {
			where.add("org_id IN (:orgs)");
			params.put("orgs", scope.orgs());
		}
		if (filter.area() != null) {
			where.add("area = :area");
			params.put("area", filter.area());
		}
		if (filter.duty() != null) {
			where.add("duty = :duty");
			params.put("duty", filter.duty());
		}
		if (filter.severity() != null) {
			where.add("severity = :severity");
			params.put("severity", filter.severity().name());
		}
		if ("NEW".equals(filter.change()) || "PERSISTING".equals(filter.change())) {
			where.add("change_kind = :change");
			params.put("change", filter.change());
		}
		return this.jdbc.sql("SELECT * FROM run_finding WHERE " + String.join(" AND ", where)
				+ " ORDER BY CASE severity WHEN 'MAJOR' THEN 0 WHEN 'MINOR' THEN 1 ELSE 2 END, area, org_id, period_from, id")
			.params(params)
			.query(RunStore::finding)
			.list();
	}

	/**
	 * The number of problems of each run not withdrawn by severity, for the trend.
	 * @param scope the organisations counted
	 * @return run id, severity, count
	 */
	List<Object[]> counts(Scope scope) {
		String sql = """
				SELECT f.run_id, f.severity, COUNT(*) AS n FROM run_finding f JOIN inspection_run r ON r.id = f.run_id
				WHERE f.kind = 'FOUND' AND r.withdrawn_at IS NULL""";
		Map<String, Object> params = new LinkedHashMap<>();
		if (!scope.isAll()) {
			sql += " AND f.org_id IN (:orgs)";
			params.put("orgs", scope.orgs());
		}
		return this.jdbc.sql(sql + " GROUP BY f.run_id, f.severity")
			.params(params)
			.query((rs, i) -> new Object[] { rs.getLong("run_id"), rs.getString("severity"), rs.getLong("n") })
			.list();
	}

	private static StoredRun run(ResultSet rs, int i) throws SQLException {
		return new StoredRun(rs.getLong("id"), rs.getObject("as_of", LocalDate.class),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getString("rules_digest"), rs.getString("rules_origin"), rs.getString("data_digest"),
				rs.getString("tool"), rs.getString("started_by"), rs.getBoolean("scheduled"),
				rs.getObject("generated_at", OffsetDateTime.class), (Long) rs.getObject("previous_run_id", Long.class),
				rs.getString("report_title"),
				(rs.getObject("withdrawn_at") != null)
						? new StoredRun.Withdrawal(rs.getString("withdrawn_by"),
								rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawn_reason"))
						: null);
	}

	private static StoredFinding finding(ResultSet rs, int i) throws SQLException {
		return new StoredFinding(rs.getLong("id"), rs.getLong("run_id"), rs.getString("kind"),
				rs.getString("finding_key"), rs.getString("duty"), rs.getString("area"),
				Severity.valueOf(rs.getString("severity")), rs.getString("org_id"), rs.getString("org_name"),
				rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("subject_name"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("title"), rs.getString("message"), rs.getString("evidence"), rs.getString("source"),
				rs.getString("remedy"), rs.getString("change_kind"), rs.getString("reason"), rs.getString("approval"));
	}

	/**
	 * An organisation of a run, with its 履职率.
	 *
	 * @param id 组织编号
	 * @param name 组织名称
	 * @param kind its kind
	 * @param parentId the higher organisation
	 * @param secretary the secretary's name, or null
	 * @param evaluated duty-periods evaluated, or null
	 * @param met duty-periods met
	 * @param rate met / evaluated
	 */
	record RunOrg(String id, String name, String kind, String parentId, String secretary, Integer evaluated,
			Integer met, Double rate) {

	}

}
