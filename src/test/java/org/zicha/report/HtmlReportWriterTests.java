package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.inspection.InspectionOptions;
import org.zicha.finding.Finding;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerReader;
import org.zicha.ledger.Period;
import org.zicha.rules.RuleBook;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.GROUP_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.THEME_DAY;

/**
 * report.html: a page built from real checks of small ledgers, written to disk and read
 * back with jsoup.
 */
class HtmlReportWriterTests {

	private static final String HOSTILE = "<script>alert('x')</script>第一党支部 & \"试点\"";

	@TempDir
	Path dir;

	@Test
	void sectionsComeInTheOrderOfTheReport() throws IOException {
		Document page = page(report(ledger(), "2025-09-10"));
		assertThat(page.select("main > header, main > section"))
			.extracting((e) -> e.tagName().equals("header") ? "header" : e.id())
			.containsExactly("header", "overview", "heatmap", "basics", "problems", "measures", "notices", "appendix",
					"findings");
		assertThat(page.select("section > h2")).extracting(Element::text)
			.containsSubsequence("一、基本情况", "二、存在的问题", "三、下步工作考虑", "近期到期事项", "附件：问题清单");
	}

	@Test
	void headerShowsTitleAndSubtitle() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(page.title()).isEqualTo(report.title());
		assertThat(page.selectFirst("header h1").text()).isEqualTo(report.title());
		assertThat(page.selectFirst("header .subtitle").text()).isEqualTo(report.subtitle());
	}

	@Test
	void everyParagraphOfTheReportAppearsWhole() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(report.problems()).hasSizeGreaterThan(1);
		assertThat(page.select("#problems p.problem")).extracting(Element::text)
			.containsExactlyElementsOf(report.problems().stream().map(Report.Problem::text).toList());
		assertThat(page.select("#measures p.measure")).extracting(Element::text)
			.containsExactlyElementsOf(report.measures().stream().map((m) -> m.ordinal() + m.text()).toList());
		assertThat(page.select("#basics p")).extracting(Element::text).containsExactlyElementsOf(report.basics());
	}

	@Test
	void noticesShowTheirMessageAndDeadline() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		assertThat(report.notices()).isNotEmpty();
		Document page = page(report);
		Elements items = page.select("#notices li");
		assertThat(items).hasSize(report.notices().size());
		for (int i = 0; i < items.size(); i++) {
			Finding notice = report.notices().get(i);
			assertThat(items.get(i).selectFirst(".message").text()).isEqualTo(notice.message());
			assertThat(items.get(i).selectFirst(".deadline").text())
				.isEqualTo("期限：" + Period.dayLabel(notice.period().to()));
		}
	}

	@Test
	void everyFindingIsARowOfTheFindingsTableWithItsKey() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		assertThat(report.exempted()).isNotEmpty();
		Document page = page(report);
		Elements rows = page.select("#findings-table tbody tr");
		List<String> problemKeys = report.issues().stream().flatMap((i) -> i.keys().stream()).toList();
		List<String> noticeKeys = report.notices().stream().map(Finding::key).toList();
		List<String> exemptedKeys = report.exempted().stream().map((e) -> e.finding().key()).toList();
		assertThat(rows).extracting((r) -> r.selectFirst("td.key").text())
			.containsExactlyElementsOf(concat(problemKeys, noticeKeys, exemptedKeys));
		for (Report.Issue issue : report.issues()) {
			for (Finding f : issue.findings()) {
				Element row = rows.select("tr[data-key=" + quoted(f.key()) + "]").first();
				assertThat(row.attr("data-category")).isEqualTo(f.severity().name());
				assertThat(row.select("td")).extracting(Element::text)
					.containsExactly(f.severity().shortLabel(), f.area(), f.orgName(), f.period().label(), f.message(),
							f.source(), f.key());
			}
		}
		assertThat(rows.select("tr[data-category=EXEMPTED]")).extracting((r) -> r.attr("data-key"))
			.containsExactlyElementsOf(exemptedKeys);
		assertThat(rows.select("tr[data-category=NOTICE]")).extracting((r) -> r.attr("data-key"))
			.containsExactlyElementsOf(noticeKeys);
		assertThat(page.selectFirst("#findings-count").text()).isEqualTo("共 " + rows.size() + " 条");
	}

	@Test
	void appendixListsEveryIssueAndTheExempted() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(page.select("#appendix table.appendix tbody tr")).extracting((r) -> r.child(1).text())
			.containsExactlyElementsOf(report.issues().stream().map(Report.Issue::sentence).toList());
		assertThat(page.select("#appendix table.exempted tbody tr")).extracting((r) -> r.child(1).text())
			.containsExactlyElementsOf(report.exempted().stream().map((e) -> e.finding().message()).toList());
	}

	@Test
	void filtersOfferExactlyTheAreasOrganisationsAndSeveritiesPresent() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		List<Finding> all = concat(report.issues().stream().flatMap((i) -> i.findings().stream()).toList(),
				report.notices(), report.exempted().stream().map((e) -> e.finding()).toList());
		assertThat(options(page, "area")).containsExactlyInAnyOrderElementsOf(set(all.stream().map(Finding::area)));
		assertThat(options(page, "org"))
			.containsExactlyInAnyOrderElementsOf(set(all.stream().map(Finding::orgId).filter((o) -> o != null)));
		assertThat(options(page, "category")).containsExactly("MAJOR", "MINOR", "NOTICE", "EXEMPTED");
		assertThat(page.select("#filter-org option[value=B1]").text()).isEqualTo(HOSTILE);
		Elements rows = page.select("#findings-table tbody tr");
		for (String attribute : List.of("area", "org", "category")) {
			assertThat(set(rows.stream().map((r) -> r.attr("data-" + attribute))).stream().filter((v) -> !v.isEmpty()))
				.containsExactlyInAnyOrderElementsOf(options(page, attribute));
		}
	}

	@Test
	void countsBySeverityAndAreaAddUp() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		long major = report.issues()
			.stream()
			.flatMap((i) -> i.findings().stream())
			.filter((f) -> f.severity().name().equals("MAJOR"))
			.count();
		int problems = report.issues().stream().mapToInt((i) -> i.findings().size()).sum();
		assertThat(page.select(".cards .card")).extracting((c) -> c.selectFirst(".card-label").text())
			.containsExactly("重要问题", "一般问题", "提醒", "经批准的例外");
		assertThat(count(page, "MAJOR")).isEqualTo(major);
		assertThat(count(page, "MINOR")).isEqualTo(problems - major);
		assertThat(count(page, "NOTICE")).isEqualTo(report.notices().size());
		assertThat(count(page, "EXEMPTED")).isEqualTo(report.exempted().size());
		int total = page.select("table.areas tbody td.total")
			.stream()
			.mapToInt((t) -> Integer.parseInt(t.text()))
			.sum();
		assertThat(total).isEqualTo(problems + report.notices().size() + report.exempted().size());
	}

	@Test
	void heatMapHasAGridPerDutyARowPerOrganisationAndACellPerMonth() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		HeatMap heatMap = report.heatMap();
		assertThat(heatMap.duties()).isNotEmpty();
		Document page = page(report);
		Elements grids = page.select("#heatmap figure.heat");
		assertThat(grids).extracting((g) -> g.attr("data-duty"))
			.containsExactlyElementsOf(heatMap.duties().stream().map(HeatMap.Duty::code).toList());
		for (int d = 0; d < grids.size(); d++) {
			HeatMap.Duty duty = heatMap.duties().get(d);
			Element grid = grids.get(d);
			assertThat(grid.selectFirst("figcaption .heat-title").text())
				.isEqualTo(duty.title().replaceFirst("未", "") + "情况");
			assertThat(grid.select("thead tr.months th[data-month]")).extracting(Element::text)
				.containsExactlyElementsOf(heatMap.months().stream().map((m) -> m.getMonthValue() + "月").toList());
			Elements rows = grid.select("tbody tr");
			assertThat(rows).extracting((r) -> r.attr("data-org"))
				.containsExactlyElementsOf(duty.rows().stream().map(HeatMap.Row::orgId).toList());
			for (int r = 0; r < rows.size(); r++) {
				HeatMap.Row row = duty.rows().get(r);
				Elements cells = rows.get(r).select("td");
				assertThat(rows.get(r).selectFirst("th").text()).isEqualTo(row.orgName());
				assertThat(cells).extracting((c) -> c.attr("data-state"))
					.containsExactlyElementsOf(row.cells().stream().map(Enum::name).toList());
				for (int m = 0; m < cells.size(); m++) {
					YearMonth month = heatMap.months().get(m);
					assertThat(cells.get(m).attr("data-month")).isEqualTo(month.toString());
					assertThat(cells.get(m).attr("title")).contains(row.orgName(),
							month.getYear() + "年" + month.getMonthValue() + "月", row.cells().get(m).label());
				}
			}
		}
		assertThat(page.select("#heatmap td[data-state]")).extracting((c) -> c.attr("data-state"))
			.contains("MET", "MISSED", "EXEMPTED", "NOT_DUE");
	}

	@Test
	void heatMapLegendNamesEveryState() throws IOException {
		Document page = page(report(ledger(), "2025-09-10"));
		assertThat(page.select("#heatmap .legend li .state")).extracting(Element::text)
			.containsExactly("已落实", "未落实", "未到期", "例外", "未检查");
		assertThat(page.select("#heatmap .legend li .swatch")).extracting((s) -> s.className())
			.containsExactly("swatch s-met", "swatch s-missed", "swatch s-not-due", "swatch s-exempted",
					"swatch s-none");
		assertThat(page.select("#heatmap .legend li")).extracting((l) -> l.attr("data-state"))
			.containsExactly("MET", "MISSED", "NOT_DUE", "EXEMPTED", "NONE");
	}

	@Test
	void monthsSpanningTwoYearsAreLabelledWithTheirYears() throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-11-15", THEME_DAY);
		Document page = page(Checks.report(l.build(), new InspectionOptions(LocalDate.parse("2026-02-28"),
				LocalDate.parse("2025-11-01"), LocalDate.parse("2026-02-28"), false, true, null)));
		Element grid = page.selectFirst("figure.heat[data-duty=THEME_DAY]");
		assertThat(grid.select("thead tr.years th")).extracting(Element::text).containsExactly("", "2025年", "2026年");
		assertThat(grid.select("thead tr.years th[colspan]")).extracting((t) -> t.attr("colspan"))
			.containsExactly("2", "2");
		assertThat(grid.select("thead tr.months th[data-month]")).extracting(Element::text)
			.containsExactly("11月", "12月", "1月", "2月");
	}

	@Test
	void namesWithMarkupAreEscapedAndInjectNothing() throws IOException {
		Path file = write(report(ledger(), "2025-09-10"));
		Document page = Jsoup.parse(file.toFile(), "UTF-8");
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("script").first().parent().tagName()).isEqualTo("body");
		assertThat(page.select("th[scope=row]")).extracting(Element::text).contains(HOSTILE);
		assertThat(page.select("#findings-table td")).extracting(Element::text).contains(HOSTILE);
		assertThat(Files.readString(file)).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
	}

	@Test
	void pageFetchesNothingFromTheNetwork() throws IOException {
		Path file = write(report(ledger(), "2025-09-10"));
		assertOffline(file);
	}

	@Test
	void pageOfTheSampleLedgerIsCompleteAndOffline() throws IOException {
		RuleBook book = Checks.rules();
		Ledger ledger = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false)
			.ledger();
		Report report = report(ledger, "2025-12-31");
		Path file = write(report);
		assertOffline(file);
		Document page = Jsoup.parse(file.toFile(), "UTF-8");
		int findings = report.issues().stream().mapToInt((i) -> i.findings().size()).sum() + report.notices().size()
				+ report.exempted().size();
		assertThat(page.select("#findings-table tbody tr")).hasSize(findings);
		assertThat(page.select("#problems p.problem")).hasSize(report.problems().size());
		assertThat(page.select("#heatmap figure.heat")).hasSize(report.heatMap().duties().size());
		assertThat(page.select("#heatmap thead tr.months th[data-month]"))
			.hasSize(report.heatMap().duties().size() * 12);
	}

	@Test
	void printStylesheetSetsA4KeepsColoursAndHidesTheFilters() throws IOException {
		Document page = page(report(ledger(), "2025-09-10"));
		String css = page.select("style").html();
		assertThat(css).contains("@media print", "print-color-adjust: exact");
		assertThat(Pattern.compile("@page\\s*\\{[^}]*size:\\s*A4", Pattern.DOTALL).matcher(css).find()).isTrue();
		String print = css.substring(css.indexOf("@media print"));
		assertThat(print).contains(".no-print", "display: none", "break-inside: avoid", "figure.heat",
				"display: table-header-group");
		assertThat(page.select("#findings-filters label, #findings-filters button"))
			.allSatisfy((e) -> assertThat(e.classNames()).contains("no-print"))
			.hasSize(4);
		assertThat(css).contains("\"Noto Sans CJK SC\"", "\"Microsoft YaHei\"", "\"PingFang SC\"");
	}

	@Test
	void pageIsUtf8WithChineseLanguageAndAPolicyThatForbidsRequests() throws IOException {
		Path file = write(report(ledger(), "2025-09-10"));
		String html = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(html).startsWith("<!DOCTYPE html>");
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
		assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
			.contains("default-src 'none'", "script-src 'sha256-");
	}

	@Test
	void pageParsesWithoutErrorsAndItsIdsAreUnique() throws IOException {
		Path file = write(report(ledger(), "2025-09-10"));
		Parser parser = Parser.htmlParser().setTrackErrors(50);
		Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
		assertThat(parser.getErrors()).isEmpty();
		List<String> ids = page.select("[id]").stream().map(Element::id).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(page.select("a[href^=#]")).allSatisfy((a) -> assertThat(ids).contains(a.attr("href").substring(1)));
	}

	@Test
	void reportWithoutFindingsSaysSo() throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.monthly("B1", 2025, THEME_DAY);
		l.quarterly("B1", 2025, MEMBER_ASSEMBLY);
		Report report = report(l.build(), "2025-01-31");
		Document page = page(report);
		assertThat(page.select("#problems p").text()).isEqualTo("经自查，本期未发现需整改的问题。");
		assertThat(page.select("#findings-table")).isEmpty();
		assertThat(page.select("#measures, #notices, #appendix")).isEmpty();
	}

	private static void assertOffline(Path file) throws IOException {
		String html = Files.readString(file, StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		for (Element e : page.getAllElements()) {
			for (Attribute a : e.attributes()) {
				if (Set.of("src", "href", "srcset", "action", "data", "poster", "xlink:href").contains(a.getKey())) {
					assertThat(a.getValue()).as("%s of <%s>", a.getKey(), e.tagName()).matches("^(#.*|data:.*)$");
				}
			}
		}
		assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContain("//cdn").doesNotContain("@import");
		assertThat(html).doesNotContainPattern("(?i)url\\(").doesNotContainPattern("(?i)@font-face");
		assertThat(page.select("link, iframe, img, object, embed, video, audio, source")).isEmpty();
	}

	private static LedgerBuilder ledgerBuilder() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").name("测试局党组");
		l.branch("B1").parent("R").name(HOSTILE);
		l.branch("B2").parent("R").name("第二党支部");
		l.group("G1", "B2").name("第二党支部第一党小组");
		l.members("B1", 3);
		l.members("B2", 4);
		l.activity("B1", "2025-02-10", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-05-10", MEMBER_ASSEMBLY, PARTY_LECTURE);
		l.activity("B2", "2025-02-10", MEMBER_ASSEMBLY, PARTY_LECTURE);
		l.activity("B2", "2025-08-10", MEMBER_ASSEMBLY, PARTY_LECTURE);
		for (int month = 1; month <= 9; month++) {
			if (month != 3 && month != 4) {
				l.activity("B1", "2025-0" + month + "-15", THEME_DAY);
			}
			if (month != 6) {
				l.activity("B2", "2025-0" + month + "-16", THEME_DAY);
				l.activity("G1", "2025-0" + month + "-17", GROUP_MEETING);
			}
		}
		l.exemption("THEME_DAY", "B2", null, "2025-06-01", "2025-06-30");
		return l;
	}

	private static Ledger ledger() {
		return ledgerBuilder().build();
	}

	private static Report report(Ledger ledger, String asOf) {
		return Checks.report(ledger, asOf);
	}

	private Path write(Report report) throws IOException {
		Path file = this.dir.resolve("report.html");
		try (OutputStream out = Files.newOutputStream(file)) {
			new HtmlReportWriter(Checks.phrasing()).write(report, out);
		}
		return file;
	}

	private Document page(Report report) throws IOException {
		return Jsoup.parse(write(report).toFile(), "UTF-8");
	}

	private static List<String> options(Document page, String filter) {
		return page.select("#filter-" + filter + " option")
			.stream()
			.map((o) -> o.attr("value"))
			.filter((v) -> !v.isEmpty())
			.toList();
	}

	private static long count(Document page, String category) {
		return Long.parseLong(page.selectFirst(".card[data-category=" + category + "] .card-count").text());
	}

	private static Set<String> set(java.util.stream.Stream<String> values) {
		Set<String> set = new LinkedHashSet<>();
		values.forEach(set::add);
		return set;
	}

	@SafeVarargs
	private static <T> List<T> concat(List<? extends T>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).map((t) -> (T) t).toList();
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\\\"") + "\"";
	}

}
