package org.zicha.web.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.ledger.Exemption;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.web.FileStore;
import org.zicha.web.Role;
import org.zicha.web.Viewer;

/**
 * The review of exemptions (例外 rows) a branch secretary uploads: each one the upload adds
 * waits until an administrator or an inspector approves it, and a run does not apply it
 * until then (a branch cannot excuse itself). An exemption is known by its cells, so the
 * same row uploaded again keeps its review. Exemptions uploaded by an administrator, and
 * those stored before reviews were kept, apply as they are.
 */
@Service
public class ExemptionReviews {

	private final JdbcClient jdbc;

	private final Clock clock;

	ExemptionReviews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Put the exemptions a secretary's upload adds up for review (those already reviewed
	 * keep their review).
	 * @param viewer who uploaded them
	 * @param added the exemptions the upload adds to the stored ledger
	 * @return how many now wait for approval
	 */
	@Transactional
	int submit(Viewer viewer, List<Exemption> added) {
		if (viewer.seesAll() || added.isEmpty()) {
			return 0;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int waiting = 0;
		for (Exemption e : added) {
			String digest = digest(e);
			long known = this.jdbc.sql("SELECT COUNT(*) FROM exemption_review WHERE digest = ?")
				.param(digest)
				.query(Long.class)
				.single();
			if (known == 0) {
				this.jdbc.sql("""
						INSERT INTO exemption_review (digest, duty, org_id, member_id, valid_from, valid_to, reason,
						approval, uploaded_by, uploaded_at, scope_org) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(digest, e.duty(), e.orgId(), e.memberId(), e.from(), e.to(), e.reason(), e.approval(),
							viewer.username(), now, viewer.orgId())
					.update();
			}
			if (pending(digest)) {
				waiting++;
			}
		}
		return waiting;
	}

	/**
	 * The exemptions waiting for approval: all of them, or a secretary's own.
	 * @param viewer who looks
	 * @return the reviews, oldest first
	 */
	public List<Review> pending(Viewer viewer) {
		return this.jdbc
			.sql("SELECT * FROM exemption_review WHERE approved_by IS NULL AND (? OR scope_org = ?) ORDER BY id")
			.params(viewer.seesAll(), String.valueOf(viewer.orgId()))
			.query((rs, i) -> new Review(rs.getLong("id"), rs.getString("duty"), rs.getString("org_id"),
					rs.getString("member_id"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getString("reason"), rs.getString("approval"),
					rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Approve an exemption: from now on runs apply it.
	 * @param viewer who approves (an administrator or an inspector)
	 * @param id the review
	 * @throws ResponseStatusException 403 for a secretary, 404 when there is no such
	 * review, 409 when it was approved already
	 */
	@Transactional
	public void approve(Viewer viewer, long id) {
		if (viewer.role() == Role.SECRETARY) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "例外须由管理员或检查人员审批");
		}
		List<String> found = this.jdbc.sql("SELECT digest FROM exemption_review WHERE id = ? AND approved_by IS NULL")
			.param(id)
			.query(String.class)
			.list();
		if (found.isEmpty()) {
			boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM exemption_review WHERE id = ?")
				.param(id)
				.query(Long.class)
				.single() > 0;
			throw exists ? new ResponseStatusException(HttpStatus.CONFLICT, "该例外已经批准") : Viewer.notFound();
		}
		this.jdbc.sql("UPDATE exemption_review SET approved_by = ?, approved_at = ? WHERE digest = ?")
			.params(viewer.username(), OffsetDateTime.now(this.clock), found.get(0))
			.update();
	}

	/**
	 * The ledger a run checks: the exemptions still waiting for approval left out, and a
	 * warning that says how many.
	 * @param read the stored ledger as read
	 * @return it without them
	 */
	public LedgerRead approvedOnly(LedgerRead read) {
		Set<String> waiting = new HashSet<>(
				this.jdbc.sql("SELECT digest FROM exemption_review WHERE approved_by IS NULL")
					.query(String.class)
					.list());
		if (waiting.isEmpty()) {
			return read;
		}
		Ledger l = read.ledger();
		List<Exemption> apply = l.exemptions().stream().filter((e) -> !waiting.contains(digest(e))).toList();
		int left = l.exemptions().size() - apply.size();
		if (left == 0) {
			return read;
		}
		Ledger ledger = new Ledger(l.organizations(), l.members(), l.activities(), l.directives(), l.dues(), l.talks(),
				l.applicants(), apply);
		List<String> warnings = new ArrayList<>(read.warnings());
		warnings.add("台账中有" + left + "条支部上传的例外尚待管理员或检查人员审批，本次检查未予适用");
		return new LedgerRead(ledger, read.invalidRows(), warnings, read.files(), read.digest(), read.origins());
	}

	private boolean pending(String digest) {
		return this.jdbc.sql("SELECT COUNT(*) FROM exemption_review WHERE digest = ? AND approved_by IS NULL")
			.param(digest)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * An exemption's identity: the digest of its cells.
	 * @param e the exemption
	 * @return sha256, hex
	 */
	static String digest(Exemption e) {
		String cells = Stream
			.of(e.duty(), e.orgId(), e.memberId(), e.from().toString(), e.to().toString(), e.reason(), e.approval())
			.map((c) -> Objects.toString(c, ""))
			.collect(Collectors.joining("\u0000"));
		return FileStore.sha256(cells.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An exemption waiting for approval.
	 *
	 * @param id the review
	 * @param duty the duty code (or prefix)
	 * @param orgId the organisation, or null
	 * @param memberId the member, or null
	 * @param from 起始日期
	 * @param to 截止日期
	 * @param reason 理由
	 * @param approval 批准文号 as written, or null
	 * @param uploadedBy who uploaded it
	 * @param uploadedAt when
	 */
	public record Review(long id, String duty, String orgId, String memberId, LocalDate from, LocalDate to,
			String reason, String approval, String uploadedBy, OffsetDateTime uploadedAt) {

	}

}
