package org.zicha.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.report.FindingRow.Category;

/**
 * Builds the page model of a report ({@link ReportPage}): counts by category and area,
 * the heat map's grids, the report's text, the notices, the appendix and the findings
 * table with its filters.
 */
final class ReportPages {

	private static final List<String> HEADINGS = List.of("basics", "problems", "measures", "notices", "appendix",
			"exempted", "resolved", "noProblems");

	private ReportPages() {
	}

	static ReportPage of(Report report, Phrasing phrasing, String style, String script, String policy) {
		return of(report, null, phrasing, style, script, policy);
	}

	/**
	 * The page model of a report, or of one organisation's bulletin.
	 * @param report the report (for a bulletin: cut to the organisation's subtree)
	 * @param bulletin the bulletin, or null for the whole report
	 * @param phrasing the wording
	 * @param style the stylesheet
	 * @param script the script
	 * @param policy the content security policy
	 * @return the page model
	 */
	static ReportPage of(Report report, Bulletin bulletin, Phrasing phrasing, String style, String script,
			String policy) {
		List<FindingRow> rows = FindingRow.of(report);
		Map<String, String> headings = new LinkedHashMap<>();
		HEADINGS.forEach((h) -> headings.put(h, phrasing.heading(h)));
		Map<Category, Integer> totals = new EnumMap<>(Category.class);
		rows.forEach((r) -> totals.merge(r.category(), 1, Integer::sum));
		List<ReportPage.Card> cards = new ArrayList<>();
		List<ReportPage.Category> categories = new ArrayList<>();
		for (Category c : Category.values()) {
			cards.add(new ReportPage.Card(c.name(), c.label(), c.css(), totals.getOrDefault(c, 0)));
			categories.add(new ReportPage.Category(c.name(), c.label(), c.css()));
		}
		int major = totals.getOrDefault(Category.MAJOR, 0);
		int minor = totals.getOrDefault(Category.MINOR, 0);
		ReportPage.Counts counts = new ReportPage.Counts(major + minor, major, minor,
				totals.getOrDefault(Category.NOTICE, 0), totals.getOrDefault(Category.EXEMPTED, 0),
				phrasing.counts(report.counts()), phrasing.itemCounts(report.counts()));
		BulletinWriter bulletins = new BulletinWriter(phrasing);
		Map<String, Object> values = (bulletin != null) ? bulletins.values(report, bulletin) : Map.of();
		return new ReportPage((bulletin != null) ? bulletins.text("title", values) : report.titleLine(),
				(bulletin != null) ? bulletins.text("subtitle", values) : report.coverage(), report.warnings(),
				headings, cards, categories, areas(rows), heatMap(report.heatMap()), legend(), report.basics(),
				report.opening(),
				report.problems()
					.stream()
					.map((p) -> new ReportPage.ProblemText(p.theme(), p.ordinal() + p.judgement(),
							String.join("", p.sentences())))
					.toList(),
				report.measures()
					.stream()
					.map((m) -> new ReportPage.MeasureText(m.theme(), m.heading(), m.text()))
					.toList(),
				report.ending(), notices(report), (bulletin != null) ? List.of() : appendix(report), exempted(report),
				dataProblems(report), rows.stream().map((r) -> line(r, phrasing, report.compared())).toList(),
				filters(rows, phrasing, report), counts, report.compared(),
				report.resolved()
					.stream()
					.filter((f) -> f.severity() != org.zicha.finding.Severity.NOTICE)
					.map((f) -> line(new FindingRow(category(f), f, null), phrasing, false))
					.toList(),
				(bulletin != null) ? bulletinText(bulletin, bulletins, values) : null, style, script, policy);
	}

	private static ReportPage.BulletinText bulletinText(Bulletin bulletin, BulletinWriter writer,
			Map<String, Object> values) {
		List<ReportPage.Numbered> problems = bulletin.rows()
			.stream()
			.map((r) -> new ReportPage.Numbered(r.number(), r.sentence()))
			.toList();
		List<ReportPage.BulletinRow> rows = BulletinWriter.rows(bulletin).stream().map((r) -> {
			List<String> c = writer.cells(r);
			return new ReportPage.BulletinRow(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6));
		}).toList();
		return new ReportPage.BulletinText(writer.text("problems", values), problems, writer.text("none", values),
				writer.text("notices", values), writer.text("noNotices", values), writer.text("rows", values),
				writer.text("noRows", values), rows);
	}

	private static Category category(Finding f) {
		return Category.valueOf(f.severity().name());
	}

	private static List<ReportPage.AreaRow> areas(List<FindingRow> rows) {
		Map<String, Map<Category, Integer>> byArea = new TreeMap<>(FindingRow.AREA_ORDER);
		rows.forEach((r) -> byArea.computeIfAbsent(r.finding().area(), (a) -> new EnumMap<>(Category.class))
			.merge(r.category(), 1, Integer::sum));
		int widest = byArea.values()
			.stream()
			.mapToInt((m) -> m.values().stream().mapToInt(Integer::intValue).sum())
			.max()
			.orElse(1);
		List<ReportPage.AreaRow> areas = new ArrayList<>();
		byArea.forEach((area, counts) -> {
			List<ReportPage.Segment> segments = new ArrayList<>();
			List<String> cells = new ArrayList<>();
			int before = 0;
			for (Category c : Category.values()) {
				int n = counts.getOrDefault(c, 0);
				if (n > 0) {
					segments.add(
							new ReportPage.Segment(c.css(), String.format(Locale.ROOT, "%.2f", 100.0 * before / widest),
									String.format(Locale.ROOT, "%.2f", 100.0 * n / widest),
									area + " · " + c.label() + " " + n));
					before += n;
				}
				cells.add((n > 0) ? String.valueOf(n) : "");
			}
			areas.add(new ReportPage.AreaRow(area, segments, cells,
					counts.values().stream().mapToInt(Integer::intValue).sum()));
		});
		return areas;
	}

	private static List<ReportPage.HeatGrid> heatMap(HeatMap heatMap) {
		List<ReportPage.HeatGrid> grids = new ArrayList<>();
		for (HeatMap.Duty duty : heatMap.duties()) {
			if (duty.periods().isEmpty()) {
				continue;
			}
			Map<Integer, Integer> years = new LinkedHashMap<>();
			duty.periods().forEach((p) -> years.merge(p.from().getYear(), 1, Integer::sum));
			// an annual review's columns are the years reviewed: 2024年度, 2025年度
			boolean yearly = duty.periods().stream().allMatch((p) -> p.kind() == PeriodKind.YEAR);
			boolean manyYears = !yearly && years.size() > 1;
			List<ReportPage.YearSpan> spans = new ArrayList<>();
			if (manyYears) {
				years.forEach((y, n) -> spans.add(new ReportPage.YearSpan(String.valueOf(y), n)));
			}
			List<ReportPage.HeatColumn> columns = duty.periods()
				.stream()
				.map((p) -> new ReportPage.HeatColumn(yearly ? p.from().getYear() + "年度" : shortLabel(p),
						yearly ? p.from().getYear() + "年度" : p.label(), p.from() + "/" + p.to()))
				.toList();
			List<ReportPage.HeatRow> rows = new ArrayList<>();
			for (HeatMap.Row row : duty.rows()) {
				List<ReportPage.HeatCell> cells = row.cells()
					.stream()
					.map((s) -> new ReportPage.HeatCell(s.name(), css(s), mark(s), s.label()))
					.toList();
				rows.add(new ReportPage.HeatRow(row.orgId(), row.orgName(), cells));
			}
			int missed = (int) duty.rows().stream().filter((r) -> r.cells().contains(HeatMap.State.MISSED)).count();
			grids.add(new ReportPage.HeatGrid(duty.code(), heading(duty.title()), missed, columns.size() > 12, spans,
					(manyYears || yearly) ? "" : String.valueOf(duty.periods().get(0).from().getYear()), columns,
					rows));
		}
		return grids;
	}

	/**
	 * A period's label without its year: 3月, 第一季度.
	 */
	private static String shortLabel(Period p) {
		String label = p.label();
		String year = String.valueOf(p.from().getYear());
		return label.startsWith(year) ? label.substring(year.length() + 1) : label;
	}

	/**
	 * What a grid shows, where a duty was met: the duty's title says what a gap is
	 * (未按期召开党员大会), so its negation is dropped (按期召开党员大会).
	 */
	static String heading(String title) {
		int not = title.indexOf('未');
		return (not >= 0) ? title.substring(0, not) + title.substring(not + 1) : title;
	}

	private static List<ReportPage.LegendItem> legend() {
		List<ReportPage.LegendItem> legend = new ArrayList<>();
		for (HeatMap.State s : HeatMap.State.values()) {
			legend.add(new ReportPage.LegendItem(s.name(), css(s), mark(s), s.label()));
		}
		return legend;
	}

	static String css(HeatMap.State state) {
		return "s-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A mark inside a cell, so that the states read in black and white too.
	 */
	private static String mark(HeatMap.State state) {
		return switch (state) {
			case MET -> "✓";
			case MISSED -> "✗";
			case EXEMPTED -> "免";
			case NOT_DUE -> "·";
			case NONE -> "";
		};
	}

	private static List<ReportPage.NoticeRow> notices(Report report) {
		return report.notices()
			.stream()
			.map((n) -> new ReportPage.NoticeRow(n.key(), n.message(), Period.dayLabel(n.dueBy()),
					n.dueBy().toString()))
			.toList();
	}

	private static List<ReportPage.AppendixRow> appendix(Report report) {
		return report.rows()
			.stream()
			.map((r) -> new ReportPage.AppendixRow(r.number(), r.duty(), r.sentence(),
					Objects.requireNonNullElse(r.orgName(), ""), r.periods(), r.citation(), r.severity().shortLabel(),
					Category.valueOf(r.severity().name()).css()))
			.toList();
	}

	private static List<ReportPage.ExemptedRow> exempted(Report report) {
		List<ReportPage.ExemptedRow> rows = new ArrayList<>();
		int n = 1;
		for (Exempted e : report.exempted()) {
			rows.add(new ReportPage.ExemptedRow(e.finding().key(), n++, e.finding().message(), e.reason(),
					(e.approval() != null) ? e.approval() : "—"));
		}
		return rows;
	}

	private static List<ReportPage.DataRow> dataProblems(Report report) {
		List<ReportPage.DataRow> rows = new ArrayList<>();
		for (Finding f : report.dataProblems()) {
			rows.add(new ReportPage.DataRow(rows.size() + 1, DataProblems.location(f), DataProblems.problems(f)));
		}
		return rows;
	}

	private static ReportPage.FindingLine line(FindingRow row, Phrasing phrasing, boolean compared) {
		Finding f = row.finding();
		Exempted e = row.exemption();
		String change = (compared && f.change() != null) ? phrasing.word("rectification.changes." + f.change().name())
				: null;
		return new ReportPage.FindingLine(row.category().name(), row.category().css(), row.category().shortLabel(),
				row.category().label(), (e != null) ? f.severity().shortLabel() : null, f.area(),
				Objects.requireNonNullElse(f.orgId(), ""), orgName(f), f.title(), f.key(),
				(f.period() != null) ? f.period().label() : "—", f.message(), (e != null) ? e.reason() : null,
				(e != null) ? e.approval() : null, f.source(), change, (change != null) ? f.change().name() : "");
	}

	private static String orgName(Finding f) {
		if (f.orgId() == null) {
			return "—";
		}
		return (f.orgName() != null) ? f.orgName() : f.orgId();
	}

	private static ReportPage.Filters filters(List<FindingRow> rows, Phrasing phrasing, Report report) {
		Map<String, String> areas = new TreeMap<>(FindingRow.AREA_ORDER);
		Map<String, String> orgs = new LinkedHashMap<>();
		for (FindingRow row : rows) {
			Finding f = row.finding();
			areas.put(f.area(), f.area());
			if (f.orgId() != null) {
				orgs.putIfAbsent(f.orgId(), orgName(f));
			}
		}
		Collator collator = Collator.getInstance(Locale.CHINA);
		List<ReportPage.Option> orgOptions = orgs.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(collator::compare))
			.map((e) -> new ReportPage.Option(e.getKey(), e.getValue()))
			.toList();
		List<ReportPage.Option> categories = new ArrayList<>();
		for (Category c : Category.values()) {
			if (rows.stream().anyMatch((r) -> r.category() == c)) {
				categories.add(new ReportPage.Option(c.name(), c.label()));
			}
		}
		List<ReportPage.Option> changes = new ArrayList<>();
		if (report.compared()) {
			for (Finding.Change c : Finding.Change.values()) {
				if (rows.stream().anyMatch((r) -> r.exemption() == null && r.finding().change() == c)) {
					changes.add(new ReportPage.Option(c.name(), phrasing.word("rectification.changes." + c.name())));
				}
			}
		}
		return new ReportPage.Filters(areas.keySet().stream().map((a) -> new ReportPage.Option(a, a)).toList(),
				orgOptions, categories, changes);
	}

}
