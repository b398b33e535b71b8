package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

import org.zicha.finding.Finding;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Period;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.GROUP_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.THEME_DAY;

/**
 * report.html: a page rendered from the templates under {@code templates/report/} for
 * real checks of small ledgers, written to disk and read back with jsoup.
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
			.containsExactly("header", "overview", "heatmap", "basics", "problems", "measures", "ending", "notices",
					"appendix", "appendix-exempted", "findings");
		assertThat(page.select("section > h2")).extracting(Element::text)
			.containsSubsequence("一、基本情况", "二、存在的问题", "三、下步工作考虑", "近期到期事项", "附件1：问题清单", "附件2：经批准的例外");
	}

	@Test
	void headerShowsTitleCoverageAndWarnings() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(page.title()).isEqualTo(report.titleLine());
		assertThat(page.selectFirst("header h1").text()).isEqualTo("中共测试局党组关于2025年1月至9月党建工作自查情况的报告");
		assertThat(page.selectFirst("header .subtitle").text()).isEqualTo(report.coverage());
		assertThat(page.select("header .warning")).isEmpty();
		Report late = report(ledger(), "2026-03-31");
		assertThat(page(late).select("header .warning")).extracting(Element::text)
			.containsExactlyElementsOf(late.warnings())
			.singleElement()
			.asString()
			.startsWith("提示：检查期间（2026年1月至3月）内台账中没有任何活动记录，台账中最近一条记录的日期为2025年9月17日")
			.endsWith("请确认台账是否完整、截至日期是否恰当。");
	}

	@Test
	void everyParagraphOfTheReportAppearsWhole() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(report.problems()).hasSizeGreaterThan(1);
		assertThat(page.select("#problems p.problem")).extracting(Element::text)
			.containsExactlyElementsOf(report.problems().stream().map(Report.Problem::text).toList());
		assertThat(page.select("#measures p.measure")).extracting(Element::text)
			.containsExactlyElementsOf(report.measures().stream().map((m) -> m.heading() + m.text()).toList());
		assertThat(page.select("#basics p")).extracting(Element::text).containsExactlyElementsOf(report.basics());
		assertThat(page.selectFirst("#problems p.opening").text()).isEqualTo(report.opening());
		assertThat(page.select("#ending p")).extracting(Element::text)
			.containsExactly("特此报告。", "附件：1.问题清单 2.经批准的例外", "中共测试局党组", report.ending().date());
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
	void everyFindingIsARowOfTheFindingsTableWithItsDutysTitleAndTheKeyAsTooltip() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		assertThat(report.exempted()).isNotEmpty();
		Document page = page(report);
		Elements rows = page.select("#findings-table tbody tr");
		List<String> problemKeys = report.findings().stream().map(Finding::key).toList();
		List<String> noticeKeys = report.notices().stream().map(Finding::key).toList();
		List<String> exemptedKeys = report.exempted().stream().map((e) -> e.finding().key()).toList();
		assertThat(rows).extracting((r) -> r.attr("data-key"))
			.containsExactlyElementsOf(concat(problemKeys, noticeKeys, exemptedKeys));
		assertThat(page.select("#findings-table thead th")).extracting(Element::text)
			.containsExactly("严重程度", "领域", "组织", "事项", "期间", "问题描述", "依据");
		for (Finding f : report.findings()) {
			Element row = rows.select("tr[data-key=" + quoted(f.key()) + "]").first();
			assertThat(row.attr("data-category")).isEqualTo(f.severity().name());
			assertThat(row.select("td")).extracting(Element::text)
				.containsExactly(f.severity().shortLabel(), f.area(), f.orgName(), f.title(), f.period().label(),
						f.message(), f.source());
			assertThat(row.selectFirst("td.duty").attr("title")).isEqualTo(f.key());
			assertThat(row.text()).doesNotContain(f.duty());
		}
		assertThat(rows.select("tr[data-category=EXEMPTED]")).extracting((r) -> r.attr("data-key"))
			.containsExactlyElementsOf(exemptedKeys);
		assertThat(rows.select("tr[data-category=NOTICE]")).extracting((r) -> r.attr("data-key"))
			.containsExactlyElementsOf(noticeKeys);
	}

	@Test
	void theTableCountsWhatThePageSaysItCountsWithTheExemptedApart() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		long major = report.findings().stream().filter((f) -> f.severity().name().equals("MAJOR")).count();
		int problems = report.findings().size();
		String expected = "问题" + problems + "条（重要问题" + major + "条、一般问题" + (problems - major) + "条），提醒"
				+ report.notices().size() + "条，另有经批准的例外" + report.exempted().size() + "条";
		Element count = page.selectFirst("#findings-count");
		assertThat(count.text()).isEqualTo(expected);
		assertThat(count.attr("data-problems")).isEqualTo(String.valueOf(problems));
		assertThat(page.select("#findings-table tbody tr[data-category~=MAJOR|MINOR]")).hasSize(problems);
		assertThat(page.select("script").html()).contains("'问题' + (n.MAJOR + n.MINOR) + '条（重要问题'", "'，另有经批准的例外'");
	}

	@Test
	void aRunComparedWithAnEarlierOneShowsEachFindingsChangeAndTheResolvedOnes() throws IOException {
		InspectionResult june = Checks.inspect(read(ledger()),
				InspectionOptions.defaults(LocalDate.parse("2025-06-30")));
		LedgerBuilder fixed = ledgerBuilder();
		fixed.activity("B1", "2025-03-20", THEME_DAY);
		InspectionResult july = Checks.inspect(read(fixed.build()),
				InspectionOptions.defaults(LocalDate.parse("2025-07-31"))
					.comparedWith(june.document().findings(), null));
		Document page = page(july.report());
		assertThat(page.select("#findings-table thead th").last().text()).isEqualTo("变化");
		Elements rows = page.select("#findings-table tbody tr[data-category~=MAJOR|MINOR]");
		for (Element row : rows) {
			Finding f = july.document()
				.findings()
				.stream()
				.filter((x) -> x.key().equals(row.attr("data-key")))
				.findFirst()
				.orElseThrow();
			assertThat(row.selectFirst("td.change").text())
				.isEqualTo((f.change() == Finding.Change.NEW) ? "新增" : "仍存在");
			assertThat(row.attr("data-change")).isEqualTo(f.change().name());
		}
		assertThat(rows.select("td.change")).extracting(Element::text).contains("新增", "仍存在");
		assertThat(options(page, "change")).containsExactly("NEW", "PERSISTING");
		assertThat(page.select("#resolved table tbody tr")).extracting((r) -> r.attr("data-key"))
			.containsExactly("THEME_DAY|B1||2025-03-01|2025-03-31");
		assertThat(page.selectFirst("#resolved h2").text()).isEqualTo("已解决的问题");
		assertThat(page.select("#resolved td.duty")).extracting(Element::text).containsExactly("未按期开展主题党日");
	}

	@Test
	void appendixListsEveryIssueAndTheExempted() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		assertThat(page.select("#appendix table.appendix tbody tr")).extracting((r) -> r.child(1).text())
			.containsExactlyElementsOf(report.rows().stream().map(Report.Row::sentence).toList());
		assertThat(page.select("#appendix-exempted table.exempted tbody tr")).extracting((r) -> r.child(1).text())
			.containsExactlyElementsOf(report.exempted().stream().map((e) -> e.finding().message()).toList());
	}

	@Test
	void filtersOfferExactlyTheAreasOrganisationsAndSeveritiesPresent() throws IOException {
		Report report = report(ledger(), "2025-09-10");
		Document page = page(report);
		List<Finding> all = concat(report.findings(), report.notices(),
				report.exempted().stream().map((e) -> e.finding()).toList());
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
		long major = report.findings().stream().filter((f) -> f.severity().name().equals("MAJOR")).count();
		int problems = report.findings().size();
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
	void heatMapHasAGridPerDutyARowPerOrganisationAndACellPerPeriodOfTheDuty() throws IOException {
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
			assertThat(grid.select("thead tr.periods th[data-period]")).extracting((t) -> t.attr("data-period"))
				.containsExactlyElementsOf(duty.periods().stream().map((p) -> p.from() + "/" + p.to()).toList());
			Elements rows = grid.select("tbody tr");
			assertThat(rows).extracting((r) -> r.attr("data-org"))
				.containsExactlyElementsOf(duty.rows().stream().map(HeatMap.Row::orgId).toList());
			for (int r = 0; r < rows.size(); r++) {
				HeatMap.Row row = duty.rows().get(r);
				Elements cells = rows.get(r).select("td");
				assertThat(rows.get(r).selectFirst("th").text()).isEqualTo(row.orgName());
				assertThat(cells).extracting((c) -> c.attr("data-state"))
					.containsExactlyElementsOf(row.cells().stream().map(Enum::name).toList());
				for (int p = 0; p < cells.size(); p++) {
					Period period = duty.periods().get(p);
					assertThat(cells.get(p).attr("data-period")).isEqualTo(period.from() + "/" + period.to());
					assertThat(cells.get(p).attr("title")).contains(row.orgName(), period.label(),
							row.cells().get(p).label());
				}
			}
		}
		assertThat(page.select("#heatmap td[data-state]")).extracting((c) -> c.attr("data-state"))
			.contains("MET", "MISSED", "EXEMPTED", "NOT_DUE");
	}

	@Test
	void aQuarterlyDutyHasOneCellPerQuarterAndAMonthlyDutyOnePerMonth() throws IOException {
		Document page = page(report(ledger(), "2025-09-10"));
		Element assembly = page.selectFirst("figure.heat[data-duty=SHYK.ASSEMBLY]");
		assertThat(assembly.select("thead tr.periods th[data-period]")).extracting(Element::text)
			.containsExactly("第一季度", "第二季度", "第三季度");
		assertThat(assembly.select("tbody tr[data-org=B1] td")).extracting((c) -> c.attr("data-state"))
			.containsExactly("MET", "MET", "NOT_DUE");
		Element themeDay = page.selectFirst("figure.heat[data-duty=THEME_DAY]");
		assertThat(themeDay.select("thead tr.periods th[data-period]")).extracting(Element::text)
			.containsExactly("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月");
		assertThat(themeDay.select("tbody tr[data-org=B1] td")).extracting((c) -> c.attr("data-state"))
			.containsExactly("MET", "MET", "MISSED", "MISSED", "MET", "MET", "MET", "MET", "NOT_DUE");
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
		assertThat(grid.select("thead tr.periods th[data-period]")).extracting(Element::text)
			.containsExactly("11月", "12月", "1月", "2月");
	}

	@Test
	void anAnnualReviewHasOneCellPerYearReviewed() throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		l.activity("B1", "2025-02-12", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		l.activity("B2", "2025-04-02", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		l.activity("B2", "2025-12-20", ORG_LIFE_MEETING).topic("2025年度组织生活会");
		Document page = page(report(l.build(), "2025-12-31"));
		Element grid = page.selectFirst("figure.heat[data-duty=ORG_LIFE]");
		assertThat(grid.select("thead tr.years")).isEmpty();
		assertThat(grid.select("thead tr.periods th")).extracting(Element::text)
			.containsExactly("党组织", "2024年度", "2025年度");
		assertThat(grid.select("tbody tr[data-org=B1] td")).extracting((c) -> c.attr("data-state"))
			.containsExactly("MET", "NOT_DUE");
		assertThat(grid.select("tbody tr[data-org=B2] td")).extracting((c) -> c.attr("data-state"))
			.containsExactly("MISSED", "MET");
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
		Report report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
		Path file = write(report);
		assertOffline(file);
		Document page = Jsoup.parse(file.toFile(), "UTF-8");
		int findings = report.findings().size() + report.notices().size() + report.exempted().size();
		assertThat(page.select("#findings-table tbody tr")).hasSize(findings);
		assertThat(page.select("#problems p.problem")).hasSize(report.problems().size());
		assertThat(page.select("#heatmap figure.heat")).hasSize(report.heatMap().duties().size());
		int columns = report.heatMap().duties().stream().mapToInt((d) -> d.periods().size()).sum();
		assertThat(page.select("#heatmap thead tr.periods th[data-period]")).hasSize(columns);
		assertThat(page.select("figure.heat[data-duty=SHYK.LECTURE] thead th[data-period]")).hasSize(4);
	}

	@Test
	void theScriptIsWrittenAsThePolicyHashesIt() throws Exception {
		Path file = write(report(ledger(), "2025-09-10"));
		Document page = Jsoup.parse(file.toFile(), "UTF-8");
		String script = page.selectFirst("script").data();
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(script.getBytes(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
			.contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
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
	void partsCarryNoStyleAttributeSoThatAStrictPolicyShowsThemAlike() throws IOException {
		Document page = page(report(ledger(), "2025-09-10"));
		assertThat(page.select("main [style]")).isEmpty();
		assertThat(page.select("table.areas svg.bar")).isNotEmpty().allSatisfy((bar) -> {
			List<String> x = bar.select("rect").eachAttr("x");
			List<String> width = bar.select("rect").eachAttr("width");
			assertThat(x).first().isEqualTo("0.00");
			for (int i = 1; i < x.size(); i++) {
				assertThat(Double.parseDouble(x.get(i))).isCloseTo(
						Double.parseDouble(x.get(i - 1)) + Double.parseDouble(width.get(i - 1)),
						org.assertj.core.data.Offset.offset(0.011));
			}
		});
		assertThat(page.select("table.areas svg.bar")
			.stream()
			.mapToDouble((bar) -> bar.select("rect").eachAttr("width").stream().mapToDouble(Double::parseDouble).sum())
			.max()
			.orElseThrow()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.02));
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
		assertThat(page.select("#measures, #notices, #appendix, #resolved")).isEmpty();
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

	private static LedgerRead read(Ledger ledger) {
		return new LedgerRead(ledger, List.of(), List.of(), List.of(), "test");
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
