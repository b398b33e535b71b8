package org.zicha.web.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.finding.Severity;
import org.zicha.inspection.OutputFormat;
import org.zicha.inspection.ReportDraft;
import org.zicha.report.RectificationColumns;
import org.zicha.report.RectificationLedger;
import org.zicha.report.Report;
import org.zicha.web.Drafts;
import org.zicha.web.FileStore;
import org.zicha.web.Rules;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;
import org.zicha.web.WebSettings;

/**
 * The rectification workflow: a run's rows are the rows of its drafted report, carried
 * over from the previous run's stored rows by the rules of {@code check --rectification};
 * the organisations concerned update them on the page, by the API or by uploading a
 * filled-in rectification.xlsx; every change is logged; the rectification ledger is the
 * report's, with the stored state.
 */
@Service
public class Rectifications {

	private final RectificationStore store;

	private final FileStore files;

	private final Drafts drafts;

	private final Rules rules;

	private final Clock clock;

	private final long maxFileSize;

	Rectifications(RectificationStore store, FileStore files, Drafts drafts, Rules rules, Clock clock,
			WebSettings settings) {
		this.store = store;
		this.files = files;
		this.drafts = drafts;
		this.rules = rules;
		this.clock = clock;
		this.maxFileSize = settings.upload().maxFileSize().toBytes();
	}

	/**
	 * The stored rows of a run as a rectification ledger, every cell as
	 * rectification.xlsx would have it: what the next run carries over, as
	 * {@code check --rectification} carries a filled-in workbook.
	 * @param run the run
	 * @return the ledger
	 */
	public RectificationLedger ledger(long run) {
		List<String> statuses = statuses();
		List<RectificationLedger.Entry> entries = new ArrayList<>();
		for (Rectification r : this.store.rows(run, Scope.all())) {
			Map<String, Object> cells = cells(r, statuses, false);
			if (r.change() != null) {
				cells.put(RectificationColumns.CHANGE, r.change().label());
			}
			cells.put(RectificationColumns.NUMBER, String.valueOf(r.number()));
			entries.add(new RectificationLedger.Entry(r.number() + 1, r.keys(), cells));
		}
		return new RectificationLedger("第" + run + "次检查的整改台账", entries);
	}

	/**
	 * Open the rows of a run: its drafted report's rows and the earlier rows no longer
	 * found, with what they carried over (the report carried the previous run's ledger);
	 * an evidence file goes with the row it was carried from; the previous run's rows
	 * that this run no longer finds are marked resolved by it.
	 * @param run the new run
	 * @param previous the previous run, or null
	 * @param report the run's drafted report
	 * @param actor who ran it, for the audit log
	 */
	@Transactional
	public void open(long run, Long previous, Report report, String actor) {
		OffsetDateTime now = now();
		List<String> statuses = statuses();
		List<Rectification> before = (previous != null) ? this.store.rows(previous, Scope.all()) : List.of();
		Map<String, Rectification> byKey = new HashMap<>();
		before.forEach((r) -> r.keys().forEach((k) -> byKey.putIfAbsent(k, r)));
		for (Report.Row row : report.rows()) {
			Rectification from = row.keys().stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
			Rectification.State state = state(row.tracking().cells(), row.responsible(), row.deadline(), statuses,
					from);
			this.store.insert(new Rectification(0, run, row.number(), false, row.duty(),
					Objects.requireNonNullElse(row.orgId(), ""), Objects.requireNonNullElse(row.orgName(), ""),
					row.theme(), row.area(), row.title(), row.severity(), row.sentence(), row.periods(), row.source(),
					row.remedy(), row.keys(), Change.of(row.change()), (from != null) ? from.id() : null, null, state,
					actor, now), Scope.all());
		}
		for (Report.Row row : report.closedRows()) {
			Map<String, Object> cells = row.tracking().cells();
			List<String> keys = Rectification.keys(text(cells, RectificationColumns.KEYS));
			Rectification from = keys.stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
			Rectification.State state = state(cells, row.responsible(),
					(cells.get(RectificationColumns.DEADLINE) instanceof LocalDate d) ? d : null, statuses, from);
			String orgId = (row.orgId() != null) ? row.orgId() : (from != null) ? from.orgId() : "";
			this.store.insert(new Rectification(0, run, row.number(), true, row.duty(), orgId,
					Objects.requireNonNullElse(row.orgName(), ""), row.area(),
					(from != null) ? from.area() : row.area(), (from != null) ? from.title() : "",
					(from != null) ? from.severity() : severity(text(cells, RectificationColumns.SEVERITY)),
					Objects.requireNonNullElse(row.sentence(), ""), (from != null) ? from.periods() : null,
					row.source(), row.remedy(), keys, Change.of(row.change()), (from != null) ? from.id() : null, null,
					state, actor, now), Scope.all());
			if (from != null && !from.closed() && row.change() == Report.Change.RESOLVED) {
				this.store.resolve(from, run, Scope.all());
				this.store.audit(from, Scope.all(), actor, now, "检查结果", "仍存在", "第" + run + "次检查未再发现，已解决", null);
			}
		}
	}

	/**
	 * The state of a row from the cells carried over for it.
	 */
	private static Rectification.State state(Map<String, Object> cells, String responsible, LocalDate deadline,
			List<String> statuses, Rectification from) {
		String status = text(cells, RectificationColumns.STATUS);
		Status parsed;
		try {
			parsed = (status != null) ? Status.parse(status, statuses) : Status.OPEN;
		}
		catch (IllegalArgumentException ex) {
			parsed = Status.OPEN;
		}
		String person = text(cells, RectificationColumns.RESPONSIBLE);
		return new Rectification.State(parsed, (person != null) ? person : blankToNull(responsible), deadline,
				text(cells, RectificationColumns.TARGET), text(cells, RectificationColumns.LEADER),
				text(cells, RectificationColumns.PROGRESS), text(cells, RectificationColumns.PROOF),
				(from != null) ? from.state().evidenceFileName() : null,
				(from != null) ? from.state().evidenceFileSha() : null, text(cells, RectificationColumns.NOTE),
				date(cells, RectificationColumns.DONE_ON), date(cells, RectificationColumns.CLOSED_ON));
	}

	/**
	 * The cells of a stored row, as rectification.xlsx has them.
	 * @param r the row
	 * @param statuses the wording's statuses
	 * @param attachment whether 佐证材料 names the uploaded file too
	 * @return the cells (no empty ones)
	 */
	static Map<String, Object> cells(Rectification r, List<String> statuses, boolean attachment) {
		Rectification.State s = r.state();
		Map<String, Object> cells = new LinkedHashMap<>();
		put(cells, RectificationColumns.CATEGORY, r.theme());
		put(cells, RectificationColumns.DESCRIPTION, r.description());
		put(cells, RectificationColumns.ORGANISATION, r.orgName());
		put(cells, RectificationColumns.SOURCE, r.source());
		put(cells, RectificationColumns.SEVERITY, (r.severity() != null) ? r.severity().shortLabel() : null);
		put(cells, RectificationColumns.MEASURE, r.measure());
		put(cells, RectificationColumns.RESPONSIBLE, s.responsible());
		put(cells, RectificationColumns.DEADLINE, s.deadline());
		put(cells, RectificationColumns.STATUS, s.status().text(statuses));
		put(cells, RectificationColumns.TARGET, s.target());
		put(cells, RectificationColumns.LEADER, s.leader());
		put(cells, RectificationColumns.PROGRESS, s.progress());
		put(cells, RectificationColumns.DONE_ON, s.doneOn());
		String proof = s.evidenceText();
		if (attachment && s.evidenceFileName() != null) {
			proof = ((proof != null) ? proof + "\n" : "") + WorkbookUpload.ATTACHMENT + s.evidenceFileName();
		}
		put(cells, RectificationColumns.PROOF, proof);
		put(cells, RectificationColumns.CLOSED_ON, s.closedOn());
		put(cells, RectificationColumns.NOTE, s.remark());
		put(cells, RectificationColumns.KEYS, String.join("\n", r.keys()));
		return cells;
	}

	private static void put(Map<String, Object> cells, String column, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			cells.put(column, value);
		}
	}

	static String text(Map<String, Object> cells, String column) {
		Object value = cells.get(column);
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

	private static LocalDate date(Map<String, Object> cells, String column) {
		return (cells.get(column) instanceof LocalDate d) ? d : null;
	}

	private static Severity severity(String label) {
		for (Severity s : Severity.values()) {
			if (s.shortLabel().equals(label) || s.label().equals(label)) {
				return s;
			}
		}
		return null;
	}

	/**
	 * The rows of a run the viewer may see, in the order of its rectification ledger.
	 * @param viewer who looks
	 * @param run the run
	 * @return the rows
	 */
	public List<Rectification> rows(Viewer viewer, long run) {
		return this.store.rows(run, scope(viewer, run));
	}

	/**
	 * What a viewer may see of a run's rows.
	 * @param viewer who looks
	 * @param run the run
	 * @return the scope, built from the run's organisation tree
	 */
	private Scope scope(Viewer viewer, long run) {
		return viewer.seesAll() ? Scope.all() : Scope.of(viewer, this.store.tree(run));
	}

	/**
	 * The runs, latest first, to choose a rectification ledger from.
	 * @return the runs, withdrawn ones marked
	 */
	public List<RunChoice> runs() {
		return this.store.runs();
	}

	/**
	 * The latest run not withdrawn, whose rectification ledger the page opens first.
	 * @return its id, if any
	 */
	public Optional<Long> latestRun() {
		return this.store.latestRun();
	}

	/**
	 * Mark open again the rows of the run before a withdrawn run that the withdrawn run
	 * had marked resolved, and log it.
	 * @param withdrawn the withdrawn run
	 * @param previous the run it was compared with, or null
	 * @param actor the administrator who withdrew it
	 */
	@Transactional
	public void withdrawn(long withdrawn, Long previous, String actor) {
		if (previous == null) {
			return;
		}
		OffsetDateTime now = now();
		for (Rectification r : this.store.resolvedBy(previous, withdrawn, Scope.all())) {
			this.store.unresolve(r, Scope.all());
			this.store.audit(r, Scope.all(), actor, now, "检查结果", "第" + withdrawn + "次检查未再发现，已解决",
					"第" + withdrawn + "次检查已撤回，恢复为仍存在", null);
		}
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
		long run = this.store.runOfRow(id).orElseThrow(Viewer::notFound);
		return this.store.row(id, scope(viewer, run)).orElseThrow(Viewer::notFound);
	}

	/**
	 * A run's drafted report with the stored state of its rows, cut to the viewer's
	 * subtree for a branch secretary.
	 * @param viewer who looks
	 * @param run the run
	 * @return the draft
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the run
	 * kept no draft (a run of an earlier version)
	 */
	public ReportDraft draft(Viewer viewer, long run) {
		ReportDraft draft = this.drafts.of(run)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND, "第" + run + "次检查是在系统升级前进行的，没有报告底稿；请重新检查"));
		List<String> statuses = statuses();
		Map<Integer, ReportDraft.RowState> states = new HashMap<>();
		Scope scope = scope(viewer, run);
		this.store.rows(run, scope)
			.forEach((r) -> states.put(r.number(), new ReportDraft.RowState(
					new Report.Tracking(cells(r, statuses, true)), (r.change() != null) ? r.change().report() : null)));
		ReportDraft tracked = draft.tracked(states::get);
		return scope.isAll() ? tracked : tracked.within(scope.top());
	}

	/**
	 * The rectification ledger of a run as it stands, within the viewer's scope: the
	 * run's rectification.xlsx with the stored state, its title naming the run.
	 * @param viewer who downloads it
	 * @param run the run
	 * @param asOf its as-of day
	 * @return the xlsx file
	 */
	public byte[] workbook(Viewer viewer, long run, LocalDate asOf) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			draft(viewer, run).write(OutputFormat.XLSX, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return WorkbookStamp.stamp(out.toByteArray(), run, asOf);
	}

	/**
	 * The audit log of a row.
	 * @param viewer who looks
	 * @param id the row
	 * @return the changes, latest first
	 */
	public List<AuditEntry> audit(Viewer viewer, long id) {
		long run = this.store.runOfRow(id).orElseThrow(Viewer::notFound);
		Scope scope = scope(viewer, run);
		this.store.row(id, scope).orElseThrow(Viewer::notFound);
		return this.store.auditLog(id, scope);
	}

	/**
	 * The evidence file of a row.
	 * @param viewer who looks
	 * @param id the row
	 * @return its bytes
	 */
	public byte[] evidence(Viewer viewer, long id) {
		Rectification row = row(viewer, id);
		if (row.state().evidenceFileSha() == null) {
			throw Viewer.notFound();
		}
		return this.files.get(row.state().evidenceFileSha());
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
		long run = this.store.runOfRow(id).orElseThrow(Viewer::notFound);
		Scope scope = scope(viewer, run);
		Rectification r = this.store.row(id, scope).orElseThrow(Viewer::notFound);
		Rectification.State s = r.state();
		Status status = (edit.status() != null) ? Status.parse(edit.status()) : s.status();
		LocalDate doneOn = (edit.doneOn() != null) ? edit.doneOn() : s.doneOn();
		if (status.done() && doneOn == null) {
			doneOn = LocalDate.now(this.clock);
		}
		String fileName = s.evidenceFileName();
		String fileSha = s.evidenceFileSha();
		if (evidence != null && evidence.length > 0) {
			fileName = (evidenceName != null && !evidenceName.isBlank()) ? evidenceName.strip() : "佐证材料";
			fileSha = this.files.put(evidence);
		}
		Rectification.State updated = new Rectification.State(status, pick(edit.responsible(), s.responsible()),
				(edit.deadline() != null) ? edit.deadline() : s.deadline(), pick(edit.target(), s.target()),
				pick(edit.leader(), s.leader()), pick(edit.progress(), s.progress()),
				pick(edit.evidenceText(), s.evidenceText()), fileName, fileSha, pick(edit.remark(), s.remark()), doneOn,
				(edit.closedOn() != null) ? edit.closedOn() : s.closedOn());
		save(viewer, scope, r, updated, r.change(), null);
		return this.store.row(id, scope).orElseThrow();
	}

	/**
	 * Store a row's new state and change, logging every field that changed.
	 * @return the number of fields changed
	 */
	private int save(Viewer viewer, Scope scope, Rectification r, Rectification.State state, Change change,
			String via) {
		OffsetDateTime now = now();
		Rectification.State s = r.state();
		int logged = 0;
		logged += log(r, scope, viewer, now, "整改状态", s.status().label(), state.status().label(), via);
		logged += log(r, scope, viewer, now, "责任人", s.responsible(), state.responsible(), via);
		logged += log(r, scope, viewer, now, "整改时限", s.deadline(), state.deadline(), via);
		logged += log(r, scope, viewer, now, "整改目标", s.target(), state.target(), via);
		logged += log(r, scope, viewer, now, "责任领导", s.leader(), state.leader(), via);
		logged += log(r, scope, viewer, now, "整改进展", s.progress(), state.progress(), via);
		logged += log(r, scope, viewer, now, "佐证材料", s.evidenceText(), state.evidenceText(), via);
		logged += log(r, scope, viewer, now, "佐证材料文件", s.evidenceFileName(), state.evidenceFileName(), via);
		logged += log(r, scope, viewer, now, "备注", s.remark(), state.remark(), via);
		logged += log(r, scope, viewer, now, "完成日期", s.doneOn(), state.doneOn(), via);
		logged += log(r, scope, viewer, now, "销号时间", s.closedOn(), state.closedOn(), via);
		logged += log(r, scope, viewer, now, "变化", (r.change() != null) ? r.change().label() : null,
				(change != null) ? change.label() : null, via);
		if (logged == 0) {
			return 0;
		}
		Rectification updated = new Rectification(r.id(), r.runId(), r.number(), r.closed(), r.duty(), r.orgId(),
				r.orgName(), r.theme(), r.area(), r.title(), r.severity(), r.description(), r.periods(), r.source(),
				r.measure(), r.keys(), change, r.carriedFrom(), r.resolvedByRun(), state, viewer.username(), now);
		this.store.update(updated, scope);
		return logged;
	}

	private int log(Rectification row, Scope scope, Viewer viewer, OffsetDateTime now, String field, Object before,
			Object after, String via) {
		String b = (before != null) ? before.toString() : null;
		String a = (after != null) ? after.toString() : null;
		if (Objects.equals(b, a)) {
			return 0;
		}
		this.store.audit(row, scope, viewer.username(), now, field, b, a, via);
		return 1;
	}

	/**
	 * Take an uploaded, filled-in rectification.xlsx into a run's rows: a workbook of the
	 * run itself sets what was typed into each row of the same finding keys; a workbook
	 * of an earlier run is carried over as {@code check --rectification} carries it
	 * (整改不到位 for a row marked done whose duty is found again). Empty cells change
	 * nothing. Nothing is changed when anything is wrong: every problem is reported with
	 * its sheet, row, column and value; a branch secretary's upload may change only rows
	 * of their subtree.
	 * @param viewer who uploads it
	 * @param run the run whose rows it updates
	 * @param fileName the file's name
	 * @param content the workbook
	 * @return what was changed
	 * @throws WorkbookUploadException with every problem, when nothing was changed
	 */
	@Transactional
	public WorkbookUpload.Outcome upload(Viewer viewer, long run, String fileName, byte[] content) {
		viewer.requireWriter();
		if (content.length > this.maxFileSize) {
			throw new WorkbookUploadException(List.of("整改台账“" + fileName + "”过大（" + content.length / 1024 + " KB），不能超过"
					+ this.maxFileSize / (1024 * 1024) + " MB"));
		}
		ReportDraft draft = this.drafts.of(run)
			.orElseThrow(() -> new IllegalArgumentException("第" + run + "次检查是在系统升级前进行的，没有报告底稿，不能导入整改台账；请重新检查"));
		Scope scope = scope(viewer, run);
		WorkbookUpload upload = new WorkbookUpload(run, fileName, this.store.rows(run, Scope.all()), scope, statuses());
		List<WorkbookUpload.Planned> plan = upload.plan(viewer, content, draft);
		int fields = 0;
		int rows = 0;
		for (WorkbookUpload.Planned p : plan) {
			int changed = save(viewer, scope, p.row(), p.state(), p.change(), p.via());
			fields += changed;
			rows += (changed > 0) ? 1 : 0;
		}
		return upload.outcome(rows, fields);
	}

	private List<String> statuses() {
		return this.rules.current().phrasing().statuses();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String pick(String given, String current) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : given.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
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
	 * @param target 整改目标
	 * @param leader 责任领导
	 * @param closedOn 销号时间
	 */
	public record Edit(String status, String responsible, LocalDate deadline, String progress, String evidenceText,
			String remark, LocalDate doneOn, String target, String leader, LocalDate closedOn) {

		/**
		 * The values of the row's form or the API without 整改目标, 责任领导 and 销号时间.
		 * @param status 整改状态
		 * @param responsible 责任人
		 * @param deadline 整改时限
		 * @param progress 整改进展
		 * @param evidenceText 佐证材料
		 * @param remark 备注
		 * @param doneOn 完成日期
		 */
		public Edit(String status, String responsible, LocalDate deadline, String progress, String evidenceText,
				String remark, LocalDate doneOn) {
			this(status, responsible, deadline, progress, evidenceText, remark, doneOn, null, null, null);
		}

	}

}
