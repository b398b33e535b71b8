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
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;

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

	void insertOrg(long run, RunOrg org) {
		this.jdbc.sql("""
				INSERT INTO run_org (run_id, org_id, name, kind, parent_id, secretary, evaluated, met, rate)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run, org.id(), org.name(), org.kind(), org.parentId(), org.secretary(), org.evaluated(), org.met(),
					org.rate())
			.update();
	}

	void insertFinding(StoredFinding f) {
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

	List<StoredRun> runs() {
		return this.jdbc.sql("SELECT * FROM inspection_run ORDER BY id DESC").query(RunStore::run).list();
	}

	Optional<StoredRun> run(long id) {
		return this.jdbc.sql("SELECT * FROM inspection_run WHERE id = ?").param(id).query(RunStore::run).optional();
	}

	Optional<StoredRun> latest() {
		return this.jdbc.sql("SELECT * FROM inspection_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(RunStore::run)
			.optional();
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

	List<RunOrg> orgs(long run) {
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

	OrgTree tree(long run) {
		return new OrgTree(
				orgs(run).stream().map((o) -> new OrgTree.Org(o.id(), o.name(), o.kind(), o.parentId())).toList());
	}

	Optional<StoredFinding> finding(long id) {
		return this.jdbc.sql("SELECT * FROM run_finding WHERE id = ?").param(id).query(RunStore::finding).optional();
	}

	/**
	 * The findings of a run that match a filter, limited to some organisations.
	 * @param run the run
	 * @param kinds FOUND, EXEMPTED, RESOLVED
	 * @param orgs the organisations, or null for all (findings of no organisation
	 * included)
	 * @param filter the filter
	 * @return the findings, most serious first
	 */
	List<StoredFinding> findings(long run, Collection<String> kinds, Collection<String> orgs, FindingFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT * FROM run_finding WHERE run_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(run);
		in(sql, params, "kind", kinds);
		if (orgs != null) {
			if (orgs.isEmpty()) {
				return List.of();
			}
			in(sql, params, "org_id", orgs);
		}
		if (filter.area() != null) {
			sql.append(" AND area = ?");
			params.add(filter.area());
		}
		if (filter.duty() != null) {
			sql.append(" AND duty = ?");
			params.add(filter.duty());
		}
		if (filter.severity() != null) {
			sql.append(" AND severity = ?");
			params.add(filter.severity().name());
		}
		if ("NEW".equals(filter.change()) || "PERSISTING".equals(filter.change())) {
			sql.append(" AND change_kind = ?");
			params.add(filter.change());
		}
		sql.append(
				" ORDER BY CASE severity WHEN 'MAJOR' THEN 0 WHEN 'MINOR' THEN 1 ELSE 2 END, area, org_id, period_from, id");
		return this.jdbc.sql(sql.toString()).params(params).query(RunStore::finding).list();
	}

	/**
	 * The number of findings of each run by severity, for the trend.
	 * @param orgs the organisations counted, or null for all
	 * @return run id, severity, count
	 */
	List<Object[]> counts(Collection<String> orgs) {
		StringBuilder sql = new StringBuilder(
				"SELECT run_id, severity, COUNT(*) AS n FROM run_finding WHERE kind = 'FOUND'");
		List<Object> params = new ArrayList<>();
		if (orgs != null) {
			if (orgs.isEmpty()) {
				return List.of();
			}
			in(sql, params, "org_id", orgs);
		}
		sql.append(" GROUP BY run_id, severity");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new Object[] { rs.getLong("run_id"), rs.getString("severity"), rs.getLong("n") })
			.list();
	}

	private static void in(StringBuilder sql, List<Object> params, String column, Collection<String> values) {
		sql.append(" AND ")
			.append(column)
			.append(" IN (")
			.append(values.stream().map((v) -> "?").collect(Collectors.joining(", ")))
			.append(")");
		params.addAll(values);
	}

	private static StoredRun run(ResultSet rs, int i) throws SQLException {
		return new StoredRun(rs.getLong("id"), rs.getObject("as_of", LocalDate.class),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getString("rules_digest"), rs.getString("rules_origin"), rs.getString("data_digest"),
				rs.getString("tool"), rs.getString("started_by"), rs.getBoolean("scheduled"),
				rs.getObject("generated_at", OffsetDateTime.class), (Long) rs.getObject("previous_run_id", Long.class),
				rs.getString("report_title"));
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
