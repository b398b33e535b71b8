package org.zicha.web.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.web.FileStore;
import org.zicha.web.OrgTree;
import org.zicha.web.Viewer;

/**
 * The rectification workflow: rows opened for a run's problems and carried over from the
 * previous run, updated by the organisations concerned, every change logged.
 */
@Service
public class Rectifications {

	private final RectificationStore store;

	private final FileStore files;

	private final Clock clock;

	Rectifications(RectificationStore store, FileStore files, Clock clock) {
		this.store = store;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Open the rows of a run: one per problem, carried over from the previous run's row
	 * of the same findings; flagged 整改不到位 when the duty was marked done earlier and is
	 * found again for a later period; the previous run's rows whose findings are no
	 * longer found are marked resolved by this run.
	 * @param run the new run
	 * @param previous the previous run, or null
	 * @param problems the run's problems
	 * @param actor who ran it, for the audit log
	 */
	@Transactional
	public void open(long run, Long previous, List<Problem> problems, String actor) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		List<Rectification> before = (previous != null) ? this.store.rows(previous) : List.of();
		Set<String> found = new HashSet<>();
		for (Problem p : problems) {
			found.addAll(p.keys());
			Rectification prev = before.stream()
				.filter((r) -> r.duty().equals(p.duty()) && r.orgId().equals(p.orgId()))
				.filter((r) -> r.keys().stream().anyMatch(p.keys()::contains))
				.findFirst()
				.orElse(null);
			Rectification row;
			if (prev != null) {
				LocalDate end = prev.latestPeriodEnd();
				LocalDate newEnd = Rectification
					.latestEnd(p.keys().stream().filter((k) -> !prev.keys().contains(k)).toList());
				boolean redo = prev.status().done() && newEnd != null && (end == null || newEnd.isAfter(end));
				row = row(run, p, redo ? Change.REDO : Change.PERSISTING, prev.id(), redo ? Status.OPEN : prev.status(),
						prev.responsible(), prev.deadline(), prev.progress(), prev.evidenceText(),
						prev.evidenceFileName(), prev.evidenceFileSha(), prev.remark(), redo ? null : prev.doneOn(),
						actor, now);
			}
			else {
				boolean redo = this.store.latestBefore(p.duty(), p.orgId(), run)
					.map((r) -> r.status().done())
					.orElse(false);
				row = row(run, p, redo ? Change.REDO : Change.NEW, null, Status.OPEN, p.responsible(), p.deadline(),
						null, null, null, null, null, null, actor, now);
			}
			this.store.insert(row);
		}
		for (Rectification r : before) {
			if (r.keys().stream().noneMatch(found::contains)) {
				this.store.resolve(r.id(), run);
				this.store.audit(r.id(), actor, now, "检查结果", "仍存在", "第" + run + "次检查未再发现，已解决");
			}
		}
	}

	private static Rectification row(long run, Problem p, Change change, Long carried, Status status,
			String responsible, LocalDate deadline, String progress, String evidence, String evidenceName,
			String evidenceSha, String remark, LocalDate doneOn, String actor, OffsetDateTime now) {
		return new Rectification(0, run, p.duty(), p.orgId(), p.orgName(), p.area(), p.title(), p.severity(),
				p.description(), p.source(), p.measure(), p.keys(), change, carried, status, responsible, deadline,
				progress, evidence, evidenceName, evidenceSha, remark, doneOn, null, actor, now);
	}

	/**
	 * The rows of a run the viewer may see.
	 * @param viewer who looks
	 * @param run the run
	 * @return the rows
	 */
	public List<Rectification> rows(Viewer viewer, long run) {
		if (viewer.seesAll()) {
			return this.store.rows(run);
		}
		OrgTree tree = this.store.tree(run);
		return this.store.rows(run).stream().filter((r) -> viewer.sees(blank(r.orgId()), tree)).toList();
	}

	/**
	 * One row.
	 * @param viewer who looks
	 * @param id the row
	 * @return the row
	 * @throws org.springframework.web.server.ResponseStatusException 404 when it does not
	 * exist or lies outside the viewer's scope
	 */
	public Rectification row(Viewer viewer, long id) {
		Rectification row = this.store.row(id).orElseThrow(Viewer::notFound);
		viewer.require(blank(row.orgId()), this.store.tree(row.runId()));
		return row;
	}

	/**
	 * The rectification ledger of a run as it stands, within the viewer's scope.
	 * @param viewer who downloads it
	 * @param run the run
	 * @return the xlsx file
	 */
	public byte[] workbook(Viewer viewer, long run) {
		return RectificationWorkbook.write(rows(viewer, run));
	}

	/**
	 * The audit log of a row.
	 * @param viewer who looks
	 * @param id the row
	 * @return the changes, latest first
	 */
	public List<AuditEntry> audit(Viewer viewer, long id) {
		row(viewer, id);
		return this.store.auditLog(id);
	}

	/**
	 * The evidence file of a row.
	 * @param viewer who looks
	 * @param id the row
	 * @return its bytes
	 */
	public byte[] evidence(Viewer viewer, long id) {
		Rectification row = row(viewer, id);
		if (row.evidenceFileSha() == null) {
			throw Viewer.notFound();
		}
		return this.files.get(row.evidenceFileSha());
	}

	/**
	 * Update a row; every field that changes is logged.
	 * @param viewer who changes it (an administrator, or a secretary of its organisation)
	 * @param id the row
	 * @param edit the new values (null: unchanged)
	 * @param evidenceName the name of an uploaded evidence file, or null
	 * @param evidence its bytes, or null
	 * @return the row as stored
	 */
	@Transactional
	public Rectification update(Viewer viewer, long id, Edit edit, String evidenceName, byte[] evidence) {
		viewer.requireWriter();
		Rectification r = row(viewer, id);
		Status status = (edit.status() != null) ? Status.parse(edit.status()) : r.status();
		LocalDate doneOn = (edit.doneOn() != null) ? edit.doneOn() : r.doneOn();
		if (status.done() && doneOn == null) {
			doneOn = LocalDate.now(this.clock);
		}
		String fileName = r.evidenceFileName();
		String fileSha = r.evidenceFileSha();
		if (evidence != null && evidence.length > 0) {
			fileName = (evidenceName != null && !evidenceName.isBlank()) ? evidenceName.strip() : "佐证材料";
			fileSha = this.files.put(evidence);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		Rectification updated = new Rectification(r.id(), r.runId(), r.duty(), r.orgId(), r.orgName(), r.area(),
				r.title(), r.severity(), r.description(), r.source(), r.measure(), r.keys(), r.change(),
				r.carriedFrom(), status, pick(edit.responsible(), r.responsible()),
				(edit.deadline() != null) ? edit.deadline() : r.deadline(), pick(edit.progress(), r.progress()),
				pick(edit.evidenceText(), r.evidenceText()), fileName, fileSha, pick(edit.remark(), r.remark()), doneOn,
				r.resolvedByRun(), viewer.username(), now);
		log(r.id(), viewer, now, "整改状态", r.status().label(), updated.status().label());
		log(r.id(), viewer, now, "责任人", r.responsible(), updated.responsible());
		log(r.id(), viewer, now, "整改时限", r.deadline(), updated.deadline());
		log(r.id(), viewer, now, "整改进展", r.progress(), updated.progress());
		log(r.id(), viewer, now, "佐证材料", r.evidenceText(), updated.evidenceText());
		log(r.id(), viewer, now, "佐证材料文件", r.evidenceFileName(), updated.evidenceFileName());
		log(r.id(), viewer, now, "备注", r.remark(), updated.remark());
		log(r.id(), viewer, now, "完成日期", r.doneOn(), updated.doneOn());
		this.store.update(updated);
		return updated;
	}

	private void log(long id, Viewer viewer, OffsetDateTime now, String field, Object before, Object after) {
		String b = (before != null) ? before.toString() : null;
		String a = (after != null) ? after.toString() : null;
		if (!Objects.equals(b, a)) {
			this.store.audit(id, viewer.username(), now, field, b, a);
		}
	}

	private static String pick(String given, String current) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : given.strip();
	}

	private static String blank(String org) {
		return (org == null || org.isEmpty()) ? null : org;
	}

	/**
	 * The values a user sets; null leaves a value unchanged, an empty text clears it.
	 *
	 * @param status 整改状态 (code or Chinese name)
	 * @param responsible 责任人
	 * @param deadline 整改时限
	 * @param progress 整改进展
	 * @param evidenceText 佐证材料
	 * @param remark 备注
	 * @param doneOn 完成日期
	 */
	public record Edit(String status, String responsible, LocalDate deadline, String progress, String evidenceText,
			String remark, LocalDate doneOn) {

	}

}
