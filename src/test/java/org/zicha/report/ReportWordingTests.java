package org.zicha.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Period;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.PlantedLedger;
import org.zicha.testing.PlantedUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the body's wording, as an office editor applies them: each on the reports
 * of several ledgers (the sample, the county education and gas company ledgers and the
 * generated units), and on small ledgers made for one rule.
 */
class ReportWordingTests {

	private static final List<Report> REPORTS = new ArrayList<>();

	@BeforeAll
	static void reports() {
		REPORTS.add(Inspections.inspect(Path.of("sample-data/json"), "2025-12-31").report());
		REPORTS.add(Inspections.inspect(Inspections.COUNTY_EDUCATION, "2025-12-31").report());
		REPORTS.add(Inspections.inspect(Inspections.GAS_COMPANY, "2025-09-30").report());
		for (PlantedLedger unit : List.of(PlantedUnits.waterBureau(), PlantedUnits.countyEducation(),
				PlantedUnits.stateEnterprise(), PlantedUnits.street())) {
			REPORTS.add(Checks.report(unit.build(), "2025-12-31"));
		}
	}

	@Test
	void theUnitNamesItselfShortAndNeverByItsFullNameInTheBody() {
		for (Report report : REPORTS) {
			String full = report.title().get(0).replaceFirst("^中共", "");
			assertThat(ReportText.body(report)).as(full).doesNotContain(full);
		}
		Report sample = REPORTS.get(0);
		assertThat(sample.opening()).contains("局党组党建工作");
		assertThat(sample.basics().get(0)).contains("局党组召开党组会议", "局机关党委召开委员会会议");
	}

	@Test
	void theShortNameIsTheOrganisationsOwnOrTheLastUnitAndKindOfItsNameOrTheFullName() {
		assertThat(names("市水务局党组", null).self()).isEqualTo("局党组");
		assertThat(names("中共县教育局党委", null).self()).isEqualTo("局党委");
		assertThat(names("市燃气集团有限公司党委", null).self()).isEqualTo("公司党委");
		assertThat(names("东城街道党工委", null).self()).isEqualTo("街道党工委");
		assertThat(names("市水务局党组", "水务局党组").self()).isEqualTo("水务局党组");
		assertThat(names("青年志愿者协会党总支", null).self()).isEqualTo("青年志愿者协会党总支");
		BodyNames bureau = names("市水务局党组", null);
		assertThat(bureau.of("C", "市水务局机关党委")).isEqualTo("局机关党委");
		assertThat(bureau.of("B", "水文站党支部")).isEqualTo("水文站党支部");
	}

	private static BodyNames names(String rootName, String shortName) {
		return new BodyNames(Checks.phrasing(),
				List.of(new ReportInput.Organisation("R", rootName, OrgKind.LEADING_GROUP, null, null, shortName),
						new ReportInput.Organisation("C", "市水务局机关党委", OrgKind.COMMITTEE, "R", null, null)));
	}

	@Test
	void theUnitIsTheActorOfItsOwnMeetingsNeverTheMeeting() {
		for (Report report : REPORTS) {
			assertThat(problems(report)).doesNotContainPattern("(党组|党委)会议(第|下半年|上半年|全年|有\\d)");
		}
		assertThat(problems(REPORTS.get(0))).contains("局党组第三季度未专题研究党建工作");
	}

	@Test
	void countsUseTheWordsOfAReport() {
		for (Report report : REPORTS) {
			String body = ReportText.body(report);
			assertThat(body).doesNotContain("个月次", "个季度次", "期内").doesNotContainPattern("(?<!谈心谈话\\d{1,4})人次");
			assertThat(body).doesNotContain("未召开组织生活会和开展", "按期换届和组织设置", "精神未在");
		}
		String sample = ReportText.body(REPORTS.get(0));
		assertThat(sample).contains("未召开组织生活会、未开展民主评议党员", "换届不及时、组织设置不规范", "有2篇重要讲话、重要指示批示未在印发后规定时限内列入第一议题学习",
				"按期落实率分别为党员大会96.4%", "年内接收预备党员1名");
	}

	@Test
	void aWindowThatIsNotAYearSaysWithinTheWindow() {
		Report half = Checks.report(PlantedUnits.waterBureau().build(), "2025-06-30");
		assertThat(half.basics().get(2)).contains("期内按期转正1名").doesNotContain("年内");
	}

	@Test
	void anAggregateStatesWhatIsTrueOfEachAndTheTotalOfUnequalCounts() {
		String equal = members(PlantedUnits.countyEducation());
		assertThat(equal).contains("3名党员各有1个季度未参加组织生活");
		PlantedLedger unequal = PlantedUnits.countyEducation();
		unequal.absent("S1-m7", 10, 11, 12);
		assertThat(members(unequal)).contains("3名党员累计4个季度未参加组织生活").doesNotContain("各有");
		assertThat(problems(REPORTS.get(0))).contains("支委会、党员大会各有1次到会人数未过半数", "3个党组织各有1次会议记录不完整")
			.doesNotContainPattern("[。；]\\d+次会议记录不完整");
	}

	private static String members(PlantedLedger unit) {
		return Checks.report(unit.build(), "2025-12-31")
			.problems()
			.stream()
			.filter((p) -> p.theme().equals("党员队伍"))
			.findFirst()
			.orElseThrow()
			.text();
	}

	@Test
	void outstationMembersAreNamedSoWhenAllAreAndAmongOthersOnlyForAPart() {
		assertThat(problems(REPORTS.get(3))).contains("2名外驻站点党员连续6个月未参加党的组织生活").doesNotContain("（其中外驻站点党员2名）");
		assertThat(problems(REPORTS.get(0))).contains("3名党员各有1个季度未参加组织生活（其中外驻站点党员2名、流动党员1名）");
		for (Report report : REPORTS) {
			assertThat(problems(report)).doesNotContainPattern("1名党员[^。；]*（其中");
		}
	}

	@Test
	void aLapseIsStatedWithItsWholeLengthWhenTheFindingCarriesIt() {
		PlantedLedger unit = PlantedUnits.waterBureau();
		Report report = Checks.report(unit.build(), "2025-12-31");
		ReportInput input = lapses(9, 6);
		Report lapsed = new ReportBuilder(Checks.phrasing()).build(input);
		assertThat(lapsed.problems().get(0).text()).contains("2名党员连续6至9个月未参加党的组织生活");
		assertThat(new ReportBuilder(Checks.phrasing()).build(lapses(9, 9)).problems().get(0).text())
			.contains("2名党员连续9个月未参加党的组织生活");
		assertThat(problems(report)).contains("连续6个月");
	}

	/**
	 * The input of a report of two lapses whose findings carry the runs' whole lengths.
	 */
	private static ReportInput lapses(int first, int second) {
		List<ReportInput.Organisation> orgs = List.of(
				new ReportInput.Organisation("R", "市水务局党组", OrgKind.LEADING_GROUP, null, null, null),
				new ReportInput.Organisation("B1", "水文站党支部", OrgKind.BRANCH, "R", null, null));
		Period run = Period.span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30));
		List<Finding> findings = List.of(lapse("m1", run, first), lapse("m2", run, second));
		return new ReportInput(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), orgs,
				10, 100, LocalDate.of(2025, 12, 20), 50, findings, List.of(), List.of(), false, Map.of(), List.of(),
				Map.of(), new HeatMap(List.of()), null, null, LocalDate.of(2026, 1, 5));
	}

	private static Finding lapse(String member, Period period, int runMonths) {
		return new Finding("MEMBER.LAPSED", "党员教育管理", Severity.MAJOR, "B1", "水文站党支部",
				new Subject(Subject.Kind.MEMBER, member, member), period, "连续6个月未参加组织生活", member + "连续未参加组织生活",
				Map.of("monthCount", 6, "runFrom", "2025-04", "runMonths", runMonths), "依据", "措施", null);
	}

	@Test
	void aJudgementSaysNotEnoughAtMostTwice() {
		for (Report report : REPORTS) {
			assertThat(report.problems())
				.allSatisfy((p) -> assertThat(count(p.judgement(), "不够")).as(p.judgement()).isLessThanOrEqualTo(2));
		}
	}

	@Test
	void theOpeningReadsWellWithOrWithoutASentenceBeforeIt() {
		for (Report report : REPORTS) {
			assertThat(report.opening()).doesNotContain("也");
		}
	}

	@Test
	void anOrganisationIsNamedOnceAParagraph() {
		for (Report report : REPORTS) {
			for (Report.Problem problem : report.problems()) {
				for (ReportInput.Organisation org : report.organisations()) {
					String name = org.isRoot() ? selfOf(report) : org.name().replaceFirst("^市水务局", "局");
					assertThat(count(String.join("", problem.sentences()), name)).as(problem.text() + " " + name)
						.isLessThanOrEqualTo(1);
				}
			}
		}
	}

	private static String selfOf(Report report) {
		String opening = report.opening();
		return opening.substring(opening.indexOf('，') + 1, opening.indexOf("党建工作还存在"));
	}

	@Test
	void theRootsOwnDutiesStandUnderItsResponsibility() {
		for (Report report : REPORTS) {
			report.problems()
				.stream()
				.filter((p) -> !p.theme().equals("管党治党责任"))
				.forEach((p) -> assertThat(p.text()).doesNotContain("职工恳谈会", "专题研究"));
		}
		assertThat(problems(REPORTS.get(0))).contains("第三季度未召开职工恳谈会");
	}

	@Test
	void everyKindOfProblemInTheBodyHasItsActionAndNoDate() {
		Report sample = REPORTS.get(0);
		String measures = String.join("", sample.measures().stream().map(Report.Measure::text).toList());
		assertThat(measures).contains("职工恳谈会", "到会人数未过半数", "发展党员", "支部委员会", "换届选举", "党费")
			.doesNotContainPattern("\\d{4}年");
	}

	@Test
	void theResponsibleBodyIsTheOneTheOrganisationsConcernedReportTo() {
		Report county = REPORTS.get(4);
		assertThat(county.measures()).allSatisfy((m) -> assertThat(m.text()).doesNotContain("机关党委"));
		Report sample = REPORTS.get(0);
		assertThat(sample.measures().get(2).text()).endsWith("由局机关党委督促指导，有关党组织书记、组长负责抓好落实。");
		assertThat(sample.measures().get(0).text()).endsWith("由局党组负责，局机关党委抓好落实。");
	}

	private static String problems(Report report) {
		return String.join("\n", report.problems().stream().map(Report.Problem::text).toList());
	}

	private static int count(String text, String word) {
		Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
