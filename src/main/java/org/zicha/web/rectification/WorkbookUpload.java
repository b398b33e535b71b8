package org.zicha.web.rectification;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zicha.inspection.ReportDraft;
import org.zicha.report.RectificationColumns;
import org.zicha.report.RectificationException;
import org.zicha.report.RectificationLedger;
import org.zicha.report.RectificationReader;
import org.zicha.report.Report;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;

/**
 * One upload of a filled-in rectification.xlsx into a run's rows: the workbook read by
 * the report's reader, every cell checked, then what each row becomes. A workbook of the
 * run itself (its title names the run, or names none) sets the cells typed into each row
 * of the same finding keys; a workbook of an earlier run is carried over by the rules of
 * {@code check --rectification}: what the rows sharing a finding key typed, 整改不到位 and the
 * status set back for a row marked done whose duty is found again, the earlier deadline
 * kept for a persisting row. Empty cells change nothing.
 */
public final class WorkbookUpload {

	/** How 佐证材料 names the uploaded evidence file in the workbook. */
	static final String ATTACHMENT = "附件：";

	/** The columns whose typed values a row takes. */
	private static final List<String> TYPED = List.of(RectificationColumns.STATUS, RectificationColumns.RESPONSIBLE,
			RectificationColumns.DEADLINE, RectificationColumns.TARGET, RectificationColumns.LEADER,
			RectificationColumns.PROGRESS, RectificationColumns.DONE_ON, RectificationColumns.PROOF,
			RectificationColumns.CLOSED_ON, RectificationColumns.NOTE);

	private final long run;

	private final String fileName;

	private final List<Rectification> rows;

	private final Scope scope;

	private final List<String> statuses;

	private final List<String> warnings = new ArrayList<>();

	private Long origin;

	WorkbookUpload(long run, String fileName, List<Rectification> rows, Scope scope, List<String> statuses) {
		this.run = run;
		this.fileName = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "rectification.xlsx";
		this.rows = rows;
		this.scope = scope;
		this.statuses = statuses;
	}

	/**
	 * What each row becomes.
	 * @param viewer who uploads
	 * @param content the workbook
	 * @param draft the run's drafted report, for carrying an earlier run's workbook over
	 * @return the rows that change, with their new state and change
	 * @throws WorkbookUploadException with every problem, when anything is wrong
	 */
	List<Planned> plan(Viewer viewer, byte[] content, ReportDraft draft) {
		RectificationLedger ledger;
		try {
			ledger = RectificationReader.read(new ByteArrayInputStream(content), this.fileName);
		}
		catch (RectificationException ex) {
			throw new WorkbookUploadException(List.of(ex.getMessage()));
		}
		this.origin = WorkbookStamp.run(content).orElse(this.run);
		List<String> problems = new ArrayList<>();
		if (this.origin > this.run) {
			problems.add("整改台账“" + this.fileName + "”是第" + this.origin + "次检查下载的，晚于第" + this.run + "次检查，不能用来更新第"
					+ this.run + "次检查的整改记录；请在“整改台账”中选择第" + this.origin + "次检查后再上传");
			throw new WorkbookUploadException(problems);
		}
		for (RectificationLedger.Entry entry : ledger.entries()) {
			check(entry, problems);
		}
		Map<Long, Planned> plan = new LinkedHashMap<>();
		if (this.origin == this.run) {
			own(ledger, plan);
		}
		else {
			carried(ledger, draft, plan);
		}
		for (Planned p : plan.values()) {
			Rectification r = p.row();
			boolean changes = !Objects.equals(r.state(), p.state()) || r.change() != p.change();
			if (changes && !this.scope.includes(blank(r.orgId()))) {
				problems.add(p.via() + "：第" + r.number() + "行（" + r.orgName() + "）不属于本组织，不能修改；请只填写本组织的整改事项");
			}
		}
		if (!problems.isEmpty()) {
			throw new WorkbookUploadException(problems);
		}
		return List.copyOf(plan.values());
	}

	/**
	 * Check an entry's status and dates.
	 */
	private void check(RectificationLedger.Entry entry, List<String> problems) {
		String status = entry.text(RectificationColumns.STATUS);
		if (status != null) {
			try {
				Status.parse(status, this.statuses);
			}
			catch (IllegalArgumentException ex) {
				problems.add(where(entry, RectificationColumns.STATUS) + "的值“" + status + "”不是有效的整改状态，应为："
						+ String.join("、", this.statuses));
			}
		}
		for (String column : RectificationColumns.DATES) {
			Object value = entry.cells().get(column);
			if (value != null && !(value instanceof LocalDate)) {
				problems.add(where(entry, column) + "的值“" + value + "”不是日期，请填写日期（如 2026-01-31）");
			}
		}
		if (entry.keys().isEmpty()) {
			this.warnings.add(where(entry, RectificationColumns.KEYS) + "为空（自行添加的行），未导入");
		}
	}

	private String where(RectificationLedger.Entry entry, String column) {
		return "“" + this.fileName + "”工作表“整改台账”第" + entry.row() + "行“" + column + "”列";
	}

	/**
	 * A workbook of the run itself: each entry sets what was typed into the rows that
	 * share its finding keys.
	 */
	private void own(RectificationLedger ledger, Map<Long, Planned> plan) {
		for (RectificationLedger.Entry entry : ledger.entries()) {
			if (entry.keys().isEmpty()) {
				continue;
			}
			List<Rectification> targets = this.rows.stream()
				.filter((r) -> r.keys().stream().anyMatch(entry.keys()::contains))
				.toList();
			if (targets.isEmpty()) {
				this.warnings.add(where(entry, RectificationColumns.KEYS) + "的问题编号不在第" + this.run + "次检查中，未导入");
			}
			for (Rectification r : targets) {
				Planned earlier = plan.get(r.id());
				Rectification.State state = typed(entry.cells(), (earlier != null) ? earlier.state() : r.state(), true);
				plan.put(r.id(), new Planned(r, state, r.change(), this.fileName + " 第" + entry.row() + "行"));
			}
		}
	}

	/**
	 * A workbook of an earlier run: carried into the run's rows as the command line
	 * carries it; its rows this run no longer finds set what was typed into the run's
	 * closed rows of the same keys.
	 */
	private void carried(RectificationLedger ledger, ReportDraft draft, Map<Long, Planned> plan) {
		Map<Integer, Rectification> byNumber = new HashMap<>();
		this.rows.stream().filter((r) -> !r.closed()).forEach((r) -> byNumber.put(r.number(), r));
		String via = this.fileName + "（第" + this.origin + "次检查的整改台账，按问题编号接续）";
		Set<String> found = new HashSet<>();
		for (Report.Row row : draft.carriedOver(ledger)) {
			Rectification r = byNumber.get(row.number());
			found.addAll(row.keys());
			if (r == null || row.tracking().cells().isEmpty()) {
				continue;
			}
			Map<String, Object> cells = new HashMap<>(row.tracking().cells());
			cells.remove(RectificationColumns.DEADLINE);
			Rectification.State state = typed(cells, r.state(), false);
			state = new Rectification.State(state.status(), state.responsible(), row.deadline(), state.target(),
					state.leader(), state.progress(), state.evidenceText(), state.evidenceFileName(),
					state.evidenceFileSha(), state.remark(), state.doneOn(), state.closedOn());
			plan.put(r.id(), new Planned(r, state, Change.of(row.change()), via));
		}
		for (RectificationLedger.Entry entry : ledger.entries()) {
			if (entry.keys().isEmpty() || entry.keys().stream().anyMatch(found::contains)) {
				continue;
			}
			this.rows.stream()
				.filter((r) -> r.closed() && r.keys().stream().anyMatch(entry.keys()::contains))
				.forEach((r) -> plan.put(r.id(), new Planned(r, typed(entry.cells(), r.state(), true), r.change(),
						this.fileName + " 第" + entry.row() + "行")));
		}
	}

	/**
	 * A state with the typed cells set: a status of the wording, texts, dates, as typed
	 * (the 佐证材料 line naming the uploaded file left out).
	 */
	private Rectification.State typed(Map<String, Object> cells, Rectification.State s, boolean deadline) {
		String status = Rectifications.text(cells, RectificationColumns.STATUS);
		Status parsed = s.status();
		try {
			parsed = (status != null) ? Status.parse(status, this.statuses) : parsed;
		}
		catch (IllegalArgumentException ex) {
			// reported by check(), with its place
		}
		String proof = Rectifications.text(cells, RectificationColumns.PROOF);
		if (proof != null && s.evidenceFileName() != null) {
			String line = ATTACHMENT + s.evidenceFileName();
			proof = proof.equals(line) ? null : proof.endsWith("\n" + line)
					? proof.substring(0, proof.length() - line.length() - 1).strip() : proof;
		}
		LocalDate doneOn = date(cells, RectificationColumns.DONE_ON, s.doneOn());
		return new Rectification.State(parsed, text(cells, RectificationColumns.RESPONSIBLE, s.responsible()),
				deadline ? date(cells, RectificationColumns.DEADLINE, s.deadline()) : s.deadline(),
				text(cells, RectificationColumns.TARGET, s.target()),
				text(cells, RectificationColumns.LEADER, s.leader()),
				text(cells, RectificationColumns.PROGRESS, s.progress()), (proof != null) ? proof : s.evidenceText(),
				s.evidenceFileName(), s.evidenceFileSha(), text(cells, RectificationColumns.NOTE, s.remark()), doneOn,
				date(cells, RectificationColumns.CLOSED_ON, s.closedOn()));
	}

	private static String text(Map<String, Object> cells, String column, String current) {
		String text = Rectifications.text(cells, column);
		return (text != null) ? text : current;
	}

	private static LocalDate date(Map<String, Object> cells, String column, LocalDate current) {
		return (cells.get(column) instanceof LocalDate d) ? d : current;
	}

	private static String blank(String org) {
		return (org == null || org.isEmpty()) ? null : org;
	}

	/**
	 * What the upload did.
	 * @param rows the rows changed
	 * @param fields the fields changed
	 * @return the outcome
	 */
	Outcome outcome(int rows, int fields) {
		return new Outcome(this.run, this.fileName, this.origin, !Objects.equals(this.origin, this.run), rows, fields,
				List.copyOf(this.warnings));
	}

	/**
	 * What a row becomes.
	 *
	 * @param row the row as stored
	 * @param state its new state
	 * @param change its new change
	 * @param via the workbook and row it comes from, for the audit log
	 */
	record Planned(Rectification row, Rectification.State state, Change change, String via) {

	}

	/**
	 * What an upload changed.
	 *
	 * @param run the run whose rows it updated
	 * @param fileName the workbook
	 * @param origin the run the workbook was downloaded for
	 * @param carried whether it was an earlier run's, carried over
	 * @param rows how many rows changed
	 * @param fields how many fields changed
	 * @param warnings rows not taken, and why
	 */
	public record Outcome(long run, String fileName, long origin, boolean carried, int rows, int fields,
			List<String> warnings) {

		/**
		 * The outcome in a sentence.
		 * @return the message
		 */
		public String message() {
			String from = this.carried ? "（该台账为第" + this.origin + "次检查下载的，已按问题编号接续到第" + this.run + "次检查）" : "";
			return "已导入整改台账“" + this.fileName + "”" + from + "：更新" + this.rows + "行、" + this.fields + "项内容"
					+ ((this.rows == 0) ? "（与已保存的内容相同，未作更改）" : "") + "，每项修改均记入修改记录。";
		}

	}

}
