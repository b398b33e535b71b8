package org.zicha.inspection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.report.Bulletin;
import org.zicha.report.BulletinWriter;
import org.zicha.report.DocxReportWriter;
import org.zicha.report.HeatMap;
import org.zicha.report.HtmlReportWriter;
import org.zicha.report.MarkdownReportWriter;
import org.zicha.report.Phrasing;
import org.zicha.report.RectificationColumns;
import org.zicha.report.RectificationLedger;
import org.zicha.report.RectificationWriter;
import org.zicha.report.Report;
import org.zicha.report.ReportInput;
import org.zicha.report.ReportPage;

/**
 * A run's drafted report, kept after the run: its snapshot (the report as gzipped JSON)
 * is read back with the wording of the rules, and gives the report's outputs at any later
 * time, for the whole unit or cut to one organisation's subtree, with the rectification
 * rows as a front end keeps them. Cut to a subtree, the text is the organisation's
 * bulletin (支部提示单: its problems named in full, what falls due, its rows) instead of the
 * unit's report, whose paragraphs count every organisation; the counts, heat map,
 * notices, findings and rows are the subtree's only.
 */
public final class ReportDraft {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Report report;

	private final Phrasing phrasing;

	private final Bulletin bulletin;

	ReportDraft(Report report, Phrasing phrasing) {
		this(report, phrasing, null);
	}

	private ReportDraft(Report report, Phrasing phrasing, Bulletin bulletin) {
		this.report = report;
		this.phrasing = phrasing;
		this.bulletin = bulletin;
	}

	/**
	 * Read a snapshot back.
	 * @param snapshot what {@link #snapshot()} wrote
	 * @param rules the rules whose wording the outputs use
	 * @return the draft of the whole unit
	 * @throws IllegalArgumentException when the snapshot cannot be read (another
	 * version's, or damaged)
	 */
	public static ReportDraft read(byte[] snapshot, RuleSet rules) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(snapshot))) {
			Report report = MAPPER.readValue(in, Report.class);
			return new ReportDraft(restore(report), rules.phrasing());
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalArgumentException("报告底稿无法读取（" + ex.getMessage() + "）", ex);
		}
	}

	/**
	 * The snapshot of the draft of the whole unit, to keep with the run.
	 * @return the report as gzipped JSON
	 */
	public byte[] snapshot() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes)) {
			MAPPER.writeValue(out, this.report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The report (cut to the subtree, for the draft of one organisation).
	 * @return the report
	 */
	public Report report() {
		return this.report;
	}

	/**
	 * The organisation whose subtree this draft is cut to.
	 * @return its id, or null for the whole unit
	 */
	public String orgId() {
		return (this.bulletin != null) ? this.bulletin.orgId() : null;
	}

	/**
	 * The draft cut to one organisation and the organisations under it: its rows, earlier
	 * rows, notices, exempted and resolved findings, heat map rows and organisations; the
	 * text is its bulletin.
	 * @param orgId the organisation
	 * @return the draft of the subtree (empty when the run does not know the
	 * organisation)
	 */
	public ReportDraft within(String orgId) {
		Set<String> ids = subtree(orgId);
		Map<String, String> byName = new HashMap<>();
		this.report.organisations()
			.stream()
			.filter((o) -> ids.contains(o.id()))
			.forEach((o) -> byName.putIfAbsent(o.name(), o.id()));
		List<Report.Row> rows = this.report.rows().stream().filter((r) -> ids.contains(r.orgId())).toList();
		List<Report.Row> closed = this.report.closedRows()
			.stream()
			.filter((r) -> (r.orgId() != null) ? ids.contains(r.orgId()) : byName.containsKey(r.orgName()))
			.toList();
		List<Finding> notices = this.report.notices().stream().filter((f) -> ids.contains(f.orgId())).toList();
		List<Exempted> exempted = this.report.exempted()
			.stream()
			.filter((e) -> ids.contains(e.finding().orgId()))
			.toList();
		List<Finding> resolved = this.report.resolved().stream().filter((f) -> ids.contains(f.orgId())).toList();
		List<HeatMap.Duty> duties = this.report.heatMap()
			.duties()
			.stream()
			.map((d) -> new HeatMap.Duty(d.code(), d.title(), d.periods(),
					d.rows().stream().filter((r) -> ids.contains(r.orgId())).toList()))
			.filter((d) -> !d.rows().isEmpty())
			.toList();
		List<ReportInput.Organisation> organisations = this.report.organisations()
			.stream()
			.filter((o) -> ids.contains(o.id()))
			.toList();
		Report cut = new Report(this.report.title(), this.report.coverage(), this.report.warnings(), List.of(), "",
				List.of(), List.of(), rows, closed, exempted, notices, resolved, this.report.compared(),
				new HeatMap(duties), this.report.ending(), this.report.period(), this.report.asOf(), organisations,
				List.of());
		String name = this.report.organisations()
			.stream()
			.filter((o) -> o.id().equals(orgId))
			.map(ReportInput.Organisation::name)
			.findFirst()
			.orElse(orgId);
		return new ReportDraft(cut, this.phrasing, new Bulletin(orgId, name, rows, closed, notices));
	}

	private Set<String> subtree(String orgId) {
		Map<String, String> parents = new HashMap<>();
		this.report.organisations().forEach((o) -> parents.put(o.id(), o.parentId()));
		Set<String> ids = new LinkedHashSet<>();
		for (String id : parents.keySet()) {
			Set<String> seen = new LinkedHashSet<>();
			for (String at = id; at != null && seen.add(at); at = parents.get(at)) {
				if (at.equals(orgId)) {
					ids.add(id);
					break;
				}
			}
		}
		return ids;
	}

	/**
	 * The draft with the rows as a front end keeps them: each row and earlier row takes
	 * the state given for its number, its tracking cells (a date under 整改时限 is also its
	 * deadline) and its change.
	 * @param states the state of a row by its number, or null to keep the row as it is
	 * @return the draft with the rows tracked
	 */
	public ReportDraft tracked(IntFunction<RowState> states) {
		List<Report.Row> rows = this.report.rows().stream().map((r) -> tracked(r, states.apply(r.number()))).toList();
		List<Report.Row> closed = this.report.closedRows()
			.stream()
			.map((r) -> tracked(r, states.apply(r.number())))
			.toList();
		Report tracked = new Report(this.report.title(), this.report.coverage(), this.report.warnings(),
				this.report.basics(), this.report.opening(), this.report.problems(), this.report.measures(), rows,
				closed, this.report.exempted(), this.report.notices(), this.report.resolved(), this.report.compared(),
				this.report.heatMap(), this.report.ending(), this.report.period(), this.report.asOf(),
				this.report.organisations(), this.report.dataProblems());
		Bulletin b = (this.bulletin != null)
				? new Bulletin(this.bulletin.orgId(), this.bulletin.orgName(), rows, closed, this.bulletin.notices())
				: null;
		return new ReportDraft(tracked, this.phrasing, b);
	}

	private static Report.Row tracked(Report.Row r, RowState state) {
		if (state == null) {
			return r;
		}
		LocalDate deadline = (state.tracking().get(RectificationColumns.DEADLINE) instanceof LocalDate d) ? d
				: r.deadline();
		return new Report.Row(r.number(), r.theme(), r.area(), r.duty(), r.title(), r.severity(), r.sentence(),
				r.orgId(), r.orgName(), r.periods(), r.source(), r.remedy(), r.responsible(), deadline, r.findings(),
				state.change(), state.tracking());
	}

	/**
	 * The rows carried over from an earlier rectification ledger, by the rules of
	 * {@code check --rectification}: what the rows sharing a finding key typed, 整改不到位 for
	 * a row marked rectified whose duty is found again.
	 * @param earlier the earlier ledger, as the branches filled it in
	 * @return this draft's rows with their change and carried tracking, in order
	 */
	public List<Report.Row> carriedOver(RectificationLedger earlier) {
		return earlier.carryInto(this.report.rows(), this.report.asOf(), this.phrasing);
	}

	/**
	 * The page model of the report (or of the organisation's bulletin), as report.html
	 * and the web application show it.
	 * @return the page model
	 */
	public ReportPage page() {
		return (this.bulletin != null) ? HtmlReportWriter.page(this.report, this.bulletin, this.phrasing)
				: HtmlReportWriter.page(this.report, this.phrasing);
	}

	/**
	 * Write an output of the report: for the whole unit report.md, report.docx,
	 * report.html and rectification.xlsx; cut to a subtree, the organisation's bulletin
	 * (md, docx), its page (html) and its rows of the rectification ledger (xlsx).
	 * @param format MD, DOCX, HTML or XLSX
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 * @throws IllegalArgumentException for JSON, which is the run's, not the report's
	 */
	public void write(OutputFormat format, OutputStream out) throws IOException {
		if (this.bulletin == null) {
			switch (format) {
				case MD -> new MarkdownReportWriter(this.phrasing).write(this.report, out);
				case DOCX -> new DocxReportWriter(this.phrasing).write(this.report, out);
				case HTML -> new HtmlReportWriter(this.phrasing).write(this.report, out);
				case XLSX -> new RectificationWriter(this.phrasing).write(this.report, out);
				case JSON -> throw new IllegalArgumentException("findings.json is written from the run's result");
			}
			return;
		}
		switch (format) {
			case MD -> new BulletinWriter(this.phrasing).markdown(this.report, this.bulletin, out);
			case DOCX -> new BulletinWriter(this.phrasing).docx(this.report, this.bulletin, out);
			case HTML -> new HtmlReportWriter(this.phrasing).write(this.report, this.bulletin, out);
			case XLSX -> new RectificationWriter(this.phrasing).write(this.report.rows(), this.report.closedRows(),
					this.report.exempted(), out);
			case JSON -> throw new IllegalArgumentException("findings.json is written from the run's result");
		}
	}

	/**
	 * The report as read back: the dates of the rows' tracking, which JSON keeps as text,
	 * as dates again.
	 */
	private static Report restore(Report report) {
		List<Report.Row> rows = report.rows().stream().map(ReportDraft::restore).toList();
		List<Report.Row> closed = report.closedRows().stream().map(ReportDraft::restore).toList();
		return new Report(report.title(), report.coverage(), report.warnings(), report.basics(), report.opening(),
				report.problems(), report.measures(), rows, closed, report.exempted(), report.notices(),
				report.resolved(), report.compared(), report.heatMap(), report.ending(), report.period(), report.asOf(),
				report.organisations(), report.dataProblems());
	}

	private static Report.Row restore(Report.Row r) {
		Map<String, Object> cells = new HashMap<>(r.tracking().cells());
		for (String column : RectificationColumns.DATES) {
			if (cells.get(column) instanceof String text) {
				try {
					cells.put(column, LocalDate.parse(text));
				}
				catch (DateTimeParseException ex) {
					// typed text stays text
				}
			}
		}
		return new Report.Row(r.number(), r.theme(), r.area(), r.duty(), r.title(), r.severity(), r.sentence(),
				r.orgId(), r.orgName(), r.periods(), r.source(), r.remedy(), r.responsible(), r.deadline(),
				r.findings(), r.change(), new Report.Tracking(cells));
	}

	/**
	 * A row as a front end keeps it.
	 *
	 * @param tracking what the branches filled in: the cells by column title
	 * @param change how it compares with the earlier run, or null
	 */
	public record RowState(Report.Tracking tracking, Report.Change change) {

	}

}
