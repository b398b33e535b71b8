package org.zicha.web.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;
import org.zicha.web.Scope;

/**
 * The stored rectification rows and their audit log.
 */
@Repository
class RectificationStore {

	private final JdbcClient jdbc;

	RectificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Rectification r, Scope scope) {
		scope.require(blank(r.orgId()));
		Rectification.State s = r.state();
		this.jdbc
			.sql("""
					INSERT INTO rectification (run_id, row_no, closed, duty, org_id, org_name, theme, area, title, severity,
					description, periods, source, measure, finding_keys, change_kind, carried_from, status, responsible,
					deadline, target, leader, progress, evidence_text, evidence_file_name, evidence_file_sha, remark, done_on,
					closed_on, updated_by, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.runId(), r.number(), r.closed(), r.duty(), r.orgId(), r.orgName(), r.theme(), r.area(), r.title(),
					(r.severity() != null) ? r.severity().name() : null, r.description(), r.periods(), r.source(),
					r.measure(), String.join("\n", r.keys()), (r.change() != null) ? r.change().name() : null,
					r.carriedFrom(), s.status().name(), s.responsible(), s.deadline(), s.target(), s.leader(),
					s.progress(), s.evidenceText(), s.evidenceFileName(), s.evidenceFileSha(), s.remark(), s.doneOn(),
					s.closedOn(), r.updatedBy(), r.updatedAt())
			.update();
	}

	void update(Rectification r, Scope scope) {
		scope.require(blank(r.orgId()));
		Rectification.State s = r.state();
		this.jdbc
			.sql("""
					UPDATE rectification SET status = ?, responsible = ?, deadline = ?, target = ?, leader = ?, progress = ?,
					evidence_text = ?, evidence_file_name = ?, evidence_file_sha = ?, remark = ?, done_on = ?, closed_on = ?,
					change_kind = ?, updated_by = ?, updated_at = ? WHERE id = ?""")
			.params(s.status().name(), s.responsible(), s.deadline(), s.target(), s.leader(), s.progress(),
					s.evidenceText(), s.evidenceFileName(), s.evidenceFileSha(), s.remark(), s.doneOn(), s.closedOn(),
					(r.change() != null) ? r.change().name() : null, r.updatedBy(), r.updatedAt(), r.id())
			.update();
	}

	void resolve(Rectification r, long run, Scope scope) {
		scope.require(blank(r.orgId()));
		this.jdbc.sql("UPDATE rectification SET resolved_by_run = ? WHERE id = ?").params(run, r.id()).update();
	}

	/**
	 * The rows of a run's rows that a withdrawn run had marked resolved: open again.
	 * @param run the run before the withdrawn one
	 * @param withdrawn the withdrawn run
	 * @param scope the organisations whose rows may change
	 * @return the rows opened again
	 */
	List<Rectification> resolvedBy(long run, long withdrawn, Scope scope) {
		return rows(run, scope).stream()
			.filter((r) -> r.resolvedByRun() != null && r.resolvedByRun() == withdrawn)
			.toList();
	}

	void unresolve(Rectification r, Scope scope) {
		scope.require(blank(r.orgId()));
		this.jdbc.sql("UPDATE rectification SET resolved_by_run = NULL WHERE id = ?").param(r.id()).update();
	}

	void audit(Rectification row, Scope scope, String by, OffsetDateTime at, String field, String before, String after,
			String via) {
		scope.require(blank(row.orgId()));
		this.jdbc
			.sql("""
					INSERT INTO rectification_audit (rectification_id, changed_by, changed_at, field, before_value, after_value, via)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), by, at, field, before, after, via)
			.update();
	}

	/**
	 * The audit log of a row, if the row lies in a scope.
	 * @param row the row
	 * @param scope the organisations the caller may see
	 * @return the changes, latest first (none for a row outside the scope)
	 */
	List<AuditEntry> auditLog(long row, Scope scope) {
		if (row(row, scope).isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM rectification_audit WHERE rectification_id = ? ORDER BY id DESC")
			.param(row)
			.query((rs, i) -> new AuditEntry(rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value"), rs.getString("via")))
			.list();
	}

	/**
	 * The run a row belongs to (whose tree its scope is built from).
	 * @param row the row
	 * @return the run, or empty when there is no such row
	 */
	Optional<Long> runOfRow(long row) {
		return this.jdbc.sql("SELECT run_id FROM rectification WHERE id = ?").param(row).query(Long.class).optional();
	}

	/**
	 * One row, if it lies in a scope.
	 * @param id the row
	 * @param scope the organisations the caller may see
	 * @return the row, or empty
	 */
	Optional<Rectification> row(long id, Scope scope) {
		return this.jdbc.sql("SELECT * FROM rectification WHERE id = ?")
			.param(id)
			.query(RectificationStore::row)
			.optional()
			.filter((r) -> scope.includes(blank(r.orgId())));
	}

	/**
	 * The rows of a run within a scope, in the order of its rectification ledger: its
	 * rows by number, then the earlier rows no longer found.
	 * @param run the run
	 * @param scope the organisations (the scope of everything includes the rows of no
	 * organisation)
	 * @return the rows
	 */
	List<Rectification> rows(long run, Scope scope) {
		String where = scope.isAll() ? "" : " AND org_id IN (:orgs)";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("run", run);
		if (!scope.isAll()) {
			params.put("orgs", scope.orgs());
		}
		return this.jdbc.sql("SELECT * FROM rectification WHERE run_id = :run" + where + " ORDER BY closed, row_no, id")
			.params(params)
			.query(RectificationStore::row)
			.list();
	}

	/**
	 * The organisation tree of a run: what a scope is built from.
	 */
	OrgTree tree(long run) {
		return new OrgTree(this.jdbc.sql("SELECT org_id, name, kind, parent_id FROM run_org WHERE run_id = ?")
			.param(run)
			.query((rs, i) -> new OrgTree.Org(rs.getString("org_id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id")))
			.list());
	}

	/**
	 * The runs, latest first, to choose from on the rectification page.
	 */
	List<RunChoice> runs() {
		return this.jdbc.sql("SELECT id, as_of, withdrawn_at FROM inspection_run ORDER BY id DESC")
			.query((rs, i) -> new RunChoice(rs.getLong("id"), rs.getObject("as_of", LocalDate.class),
					rs.getObject("withdrawn_at") != null))
			.list();
	}

	/**
	 * The latest run not withdrawn.
	 */
	Optional<Long> latestRun() {
		return this.jdbc
			.sql("SELECT id FROM inspection_run WHERE withdrawn_at IS NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(Long.class)
			.optional();
	}

	private static String blank(String org) {
		return (org == null || org.isEmpty()) ? null : org;
	}

	private static Rectification row(ResultSet rs, int i) throws SQLException {
		String severity = rs.getString("severity");
		String change = rs.getString("change_kind");
		Rectification.State state = new Rectification.State(Status.valueOf(rs.getString("status")),
				rs.getString("responsible"), rs.getObject("deadline", LocalDate.class), rs.getString("target"),
				rs.getString("leader"), rs.getString("progress"), rs.getString("evidence_text"),
				rs.getString("evidence_file_name"), rs.getString("evidence_file_sha"), rs.getString("remark"),
				rs.getObject("done_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
		Integer number = (Integer) rs.getObject("row_no", Integer.class);
		return new Rectification(rs.getLong("id"), rs.getLong("run_id"), (number != null) ? number : 0,
				rs.getBoolean("closed"), rs.getString("duty"), rs.getString("org_id"), rs.getString("org_name"),
				rs.getString("theme"), rs.getString("area"), rs.getString("title"),
				(severity != null) ? Severity.valueOf(severity) : null, rs.getString("description"),
				rs.getString("periods"), rs.getString("source"), rs.getString("measure"),
				Rectification.keys(rs.getString("finding_keys")), (change != null) ? Change.valueOf(change) : null,
				(Long) rs.getObject("carried_from", Long.class), (Long) rs.getObject("resolved_by_run", Long.class),
				state, rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
