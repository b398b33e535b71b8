package org.zicha.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerReader;
import org.zicha.rules.RuleBook;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;
import static org.zicha.ledger.ActivityType.THEME_DAY;

class ReportBuilderTests {

	/**
	 * Two branches under a general branch, checked as of 30 June 2025: B1 missed its
	 * theme days in February and March (March exempted) and its committee meeting in May;
	 * B2 missed its theme day in April, and its out-station member 赵磊 attended no
	 * assembly and did not pay June's dues.
	 */
	private static Ledger smallLedger() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("R", org.zicha.ledger.OrgKind.GENERAL_BRANCH).name("交通运输局机关党总支");
		l.activity("R", "2025-02-10", STAFF_FORUM);
		l.activity("R", "2025-05-10", STAFF_FORUM);
		l.branch("B1")
			.name("机关第一党支部")
			.parent("R")
			.hasCommittee(true)
			.secretary("B1-m1")
			.committee("B1-m1", "B1-m2", "B1-m3");
		List<String> b1 = l.members("B1", 4);
		l.branch("B2").name("机关第二党支部").parent("R").secretary("B2-m1");
		l.members("B2", 3);
		l.member("B2-m4", "B2").name("赵磊").outstation();
		for (String month : List.of("01", "02", "03", "04", "06")) {
			l.activity("B1", "2025-" + month + "-05", BRANCH_COMMITTEE)
				.attendees("B1-m1", "B1-m2", "B1-m3")
				.recorder("B1-m2");
		}
		for (String month : List.of("01", "04", "05", "06")) {
			l.activity("B1", "2025-" + month + "-15", THEME_DAY);
		}
		for (String month : List.of("01", "02", "03", "05", "06")) {
			l.activity("B2", "2025-" + month + "-15", THEME_DAY);
		}
		for (String day : List.of("2025-01-20", "2025-04-20")) {
			l.activity("B1", day, MEMBER_ASSEMBLY, PARTY_LECTURE).attendees(b1).recorder("B1-m2").lecturer("B1-m1");
			l.activity("B2", day, MEMBER_ASSEMBLY, PARTY_LECTURE)
				.attendees("B2-m1", "B2-m2", "B2-m3")
				.recorder("B2-m2")
				.lecturer("B2-m1");
		}
		for (String member : List.of("B1-m1", "B1-m2", "B1-m3", "B1-m4", "B2-m1", "B2-m2", "B2-m3")) {
			l.dues(member, "2025-01-05", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
		}
		l.dues("B2-m4", "2025-01-05", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
		l.exemption("THEME_DAY", "B1", null, "2025-03-01", "2025-03-31");
		return l.build();
	}

	private static Report report(Ledger ledger, String asOf) {
		return Checks.report(ledger, asOf);
	}

	@Test
	void problemsOfASmallLedgerReadAsAnOfficialReport() {
		Report report = report(smallLedger(), "2025-06-30");
		assertThat(report.problems()).extracting(Report.Problem::text)
			.containsExactly(
					"一是组织生活制度落实不够严格规范，“三会一课”等基本制度执行还有差距。机关第一党支部2月、机关第二党支部4月未开展主题党日（应开展11次，实际开展9次）。"
							+ "机关第一党支部5月未召开支委会（应召开6次，实际召开5次）。",
					"二是党员教育管理还存在薄弱环节，对外驻站点、流动党员等分散党员的教育管理覆盖不到位。赵磊（第一季度至第二季度）未参加组织生活（其中外驻站点党员1名）。"
							+ "机关第二党支部6月有党员未按月交纳党费，共1人次。");
		assertThat(report.issues()).extracting((i) -> i.number() + " " + i.duty() + " " + i.severity().shortLabel())
			.containsExactly("1 THEME_DAY 一般", "2 SHYK.COMMITTEE 一般", "3 MEMBER.INACTIVE 一般", "4 DUES.MONTHLY 一般");
		assertThat(report.measures()).extracting(Report.Measure::ordinal).containsExactly("（一）", "（二）");
		assertThat(report.measures().get(0).text()).contains("每月相对固定1天开展主题党日")
			.contains("设支委会的党支部按月召开支委会")
			.endsWith("由机关第一党支部、机关第二党支部书记负责，2025年7月30日前完成整改，机关党委跟踪督办。");
		assertThat(report.title()).isEqualTo("交通运输局机关党总支党建工作自查报告");
		assertThat(report.subtitle()).startsWith("（2025年1月至6月，截至2025年6月30日。依据3个党组织、8名党员的");
		assertThat(report.basics().get(1)).contains("开展主题党日9次");
	}

	@Test
	void issuesCarryTheirFindingsResponsibleAndDeadline() {
		Report report = report(smallLedger(), "2025-06-30");
		Report.Issue themeDays = report.issues().get(0);
		assertThat(themeDays.keys()).containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28",
				"THEME_DAY|B2||2025-04-01|2025-04-30");
		assertThat(themeDays.organisations()).containsExactly("机关第一党支部", "机关第二党支部");
		assertThat(themeDays.periods()).isEqualTo("2月、4月");
		assertThat(themeDays.responsible()).isEqualTo("B1-m1（机关第一党支部书记）、B2-m1（机关第二党支部书记）");
		assertThat(themeDays.deadline()).hasToString("2025-07-30");
		assertThat(report.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("THEME_DAY|B1||2025-03-01|2025-03-31");
	}

	@Test
	void everyFindingIsInExactlyOneProblemAndNoticesAndExemptionsStayApart() throws Exception {
		RuleBook book = Checks.rules();
		Ledger ledger = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false)
			.ledger();
		CheckResult result = Checks.check(ledger, "2025-12-31");
		Report report = Checks.report(ledger, "2025-12-31");
		List<String> inProblems = report.issues().stream().flatMap((i) -> i.keys().stream()).toList();
		Set<String> problems = new HashSet<>();
		result.findings().stream().filter((f) -> f.severity() != Severity.NOTICE).forEach((f) -> problems.add(f.key()));
		assertThat(inProblems).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(problems);
		assertThat(report.issues()).allSatisfy((i) -> assertThat(i.findings()).isNotEmpty());
		assertThat(report.problems()).allSatisfy((p) -> assertThat(p.issues()).isNotEmpty());
		assertThat(report.notices()).extracting(Finding::severity).containsOnly(Severity.NOTICE).hasSize(3);
		assertThat(report.exempted()).hasSize(2);
		Set<String> exempted = new HashSet<>();
		report.exempted().forEach((e) -> exempted.add(e.finding().key()));
		assertThat(inProblems).doesNotContainAnyElementsOf(exempted);
		assertThat(report.problems().get(0).ordinal()).isEqualTo("一是");
		assertThat(report.problems()).extracting(Report.Problem::severity)
			.containsSubsequence(Severity.MAJOR, Severity.MINOR);
	}

	@Test
	void aReportWithoutProblemsHasNoProblemsOrMeasures() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("R", org.zicha.ledger.OrgKind.GENERAL_BRANCH).name("党总支");
		l.quarterly("R", 2025, STAFF_FORUM);
		Report report = report(l.build(), "2025-06-30");
		assertThat(report.problems()).isEmpty();
		assertThat(report.measures()).isEmpty();
		assertThat(report.issues()).isEmpty();
	}

}
