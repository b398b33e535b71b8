package org.zicha.web.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;

/**
 * The stored rectification rows and their audit log.
 */
@Repository
class RectificationStore {

	private final JdbcClient jdbc;

	RectificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Rectification r) {
		this.jdbc
			.sql("""
					INSERT INTO rectification (run_id, duty, org_id, org_name, area, title, severity, description, source,
					measure, finding_keys, change_kind, carried_from, status, responsible, deadline, progress, evidence_text,
					evidence_file_name, evidence_file_sha, remark, done_on, updated_by, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.runId(), r.duty(), r.orgId(), r.orgName(), r.area(), r.title(), r.severity().name(),
					r.description(), r.source(), r.measure(), String.join("\n", r.keys()), r.change().name(),
					r.carriedFrom(), r.status().name(), r.responsible(), r.deadline(), r.progress(), r.evidenceText(),
					r.evidenceFileName(), r.evidenceFileSha(), r.remark(), r.doneOn(), r.updatedBy(), r.updatedAt())
			.update();
	}

	void update(Rectification r) {
		this.jdbc.sql("""
				UPDATE rectification SET status = ?, responsible = ?, deadline = ?, progress = ?, evidence_text = ?,
				evidence_file_name = ?, evidence_file_sha = ?, remark = ?, done_on = ?, updated_by = ?, updated_at = ?
				WHERE id = ?""")
			.params(r.status().name(), r.responsible(), r.deadline(), r.progress(), r.evidenceText(),
					r.evidenceFileName(), r.evidenceFileSha(), r.remark(), r.doneOn(), r.updatedBy(), r.updatedAt(),
					r.id())
			.update();
	}

	void resolve(long id, long run) {
		this.jdbc.sql("UPDATE rectification SET resolved_by_run = ? WHERE id = ?").params(run, id).update();
	}

	void audit(long row, String by, OffsetDateTime at, String field, String before, String after) {
		this.jdbc
			.sql("""
					INSERT INTO rectification_audit (rectification_id, changed_by, changed_at, field, before_value, after_value)
					VALUES (?, ?, ?, ?, ?, ?)""")
			.params(row, by, at, field, before, after)
			.update();
	}

	List<AuditEntry> auditLog(long row) {
		return this.jdbc.sql("SELECT * FROM rectification_audit WHERE rectification_id = ? ORDER BY id DESC")
			.param(row)
			.query((rs, i) -> new AuditEntry(rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value")))
			.list();
	}

	Optional<Rectification> row(long id) {
		return this.jdbc.sql("SELECT * FROM rectification WHERE id = ?")
			.param(id)
			.query(RectificationStore::row)
			.optional();
	}

	List<Rectification> rows(long run) {
		return this.jdbc.sql("""
				SELECT * FROM rectification WHERE run_id = ?
				ORDER BY CASE severity WHEN 'MAJOR' THEN 0 ELSE 1 END, area, org_id, duty""")
			.param(run)
			.query(RectificationStore::row)
			.list();
	}

	/**
	 * The latest row of a duty and organisation in a run before a given one.
	 */
	Optional<Rectification> latestBefore(String duty, String org, long run) {
		return this.jdbc.sql(
				"SELECT * FROM rectification WHERE duty = ? AND org_id = ? AND run_id < ? ORDER BY run_id DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.params(duty, org, run)
			.query(RectificationStore::row)
			.optional();
	}

	OrgTree tree(long run) {
		return new OrgTree(this.jdbc.sql("SELECT org_id, name, kind, parent_id FROM run_org WHERE run_id = ?")
			.param(run)
			.query((rs, i) -> new OrgTree.Org(rs.getString("org_id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id")))
			.list());
	}

	private static Rectification row(ResultSet rs, int i) throws SQLException {
		return new Rectification(rs.getLong("id"), rs.getLong("run_id"), rs.getString("duty"), rs.getString("org_id"),
				rs.getString("org_name"), rs.getString("area"), rs.getString("title"),
				Severity.valueOf(rs.getString("severity")), rs.getString("description"), rs.getString("source"),
				rs.getString("measure"), Rectification.keys(rs.getString("finding_keys")),
				Change.valueOf(rs.getString("change_kind")), (Long) rs.getObject("carried_from", Long.class),
				Status.valueOf(rs.getString("status")), rs.getString("responsible"),
				rs.getObject("deadline", LocalDate.class), rs.getString("progress"), rs.getString("evidence_text"),
				rs.getString("evidence_file_name"), rs.getString("evidence_file_sha"), rs.getString("remark"),
				rs.getObject("done_on", LocalDate.class), (Long) rs.getObject("resolved_by_run", Long.class),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
