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

	void update(Rectification r) {
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

	void resolve(long id, long run) {
		this.jdbc.sql("UPDATE rectification SET resolved_by_run = ? WHERE id = ?").params(run, id).update();
	}

	void audit(long row, String by, OffsetDateTime at, String field, String before, String after, String via) {
		this.jdbc
			.sql("""
					INSERT INTO rectification_audit (rectification_id, changed_by, changed_at, field, before_value, after_value, via)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(row, by, at, field, before, after, via)
			.update();
	}

	List<AuditEntry> auditLog(long row) {
		return this.jdbc.sql("SELECT * FROM rectification_audit WHERE rectification_id = ? ORDER BY id DESC")
			.param(row)
			.query((rs, i) -> new AuditEntry(rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value"), rs.getString("via")))
			.list();
	}

	Optional<Rectification> row(long id) {
		return this.jdbc.sql("SELECT * FROM rectification WHERE id = ?")
			.param(id)
			.query(RectificationStore::row)
			.optional();
	}

	/**
	 * The rows of a run in the order of its rectification ledger: its rows by number,
	 * then the earlier rows no longer found.
	 */
	List<Rectification> rows(long run) {
		return this.jdbc.sql("SELECT * FROM rectification WHERE run_id = ? ORDER BY closed, row_no, id")
			.param(run)
			.query(RectificationStore::row)
			.list();
	}

	OrgTree tree(long run) {
		return new OrgTree(this.jdbc.sql("SELECT org_id, name, kind, parent_id FROM run_org WHERE run_id = ?")
			.param(run)
			.query((rs, i) -> new OrgTree.Org(rs.getString("org_id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("parent_id")))
			.list());
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
