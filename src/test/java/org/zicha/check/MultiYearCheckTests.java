package org.zicha.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.inspection.InspectionOptions;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.PeriodKind;
import org.zicha.report.Report;
import org.zicha.testing.Checks;
import org.zicha.testing.ThreeYearLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check over three years, the window of an inspection tour: the periods of every year,
 * terms and elections across years, and the figures of each year.
 */
class MultiYearCheckTests {

	private static final Ledger LEDGER = ThreeYearLedger.build();

	private final CheckResult threeYears = Checks.check(LEDGER, "2025-12-31", "2023-01-01", "2025-12-31");

	@Test
	void theCalendarPeriodsOfEveryYearAreEvaluated() {
		List<DutyPeriod> themeDays = this.threeYears.dutyPeriods()
			.stream()
			.filter((o) -> o.duty().equals("THEME_DAY") && o.orgId().equals("B1"))
			.toList();
		assertThat(themeDays).hasSize(36).allSatisfy((o) -> assertThat(o.period().kind()).isEqualTo(PeriodKind.MONTH));
		assertThat(themeDays).filteredOn((o) -> !o.met())
			.extracting((o) -> o.period().label())
			.containsExactly("2023年7月");
		assertThat(this.threeYears.dutyPeriods()).filteredOn((o) -> o.duty().equals("ORG_LIFE"))
			.extracting((o) -> o.orgId() + " " + o.period().label() + " " + o.met() + " " + o.recordIds())
			.containsExactlyInAnyOrder("B1 2022年 true [B1-a52]", "B1 2023年 true [B1-a104]", "B1 2024年 true [B1-a157]",
					"B1 2025年 false []", "B2 2022年 true [B2-a53]", "B2 2023年 true [B2-a105]", "B2 2024年 true [B2-a158]",
					"B2 2025年 false []");
		assertThat(this.threeYears.findings()).extracting(Finding::key)
			.contains("THEME_DAY|B1||2023-07-01|2023-07-31", "SHYK.LECTURE|B2||2023-04-01|2023-06-30",
					"TALKS.ANNUAL|B2||2023-01-01|2023-12-31", "SHYK.ASSEMBLY|B1||2024-01-01|2024-03-31",
					"THEME_DAY|B2||2024-08-01|2024-08-31", "STAFF_FORUM.QUARTERLY|G||2025-07-01|2025-09-30");
		assertThat(this.threeYears.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("SHYK.COMMITTEE|B1||2024-07-01|2024-07-31");
	}

	@Test
	void termsFollowTheElectionsHeldAcrossTheYears() {
		assertThat(elections(this.threeYears)).containsExactlyInAnyOrder(
				"ELECTION.OVERDUE|B2||2024-06-15|2024-06-15 MAJOR",
				"ELECTION.DUE_SOON|G||2026-05-18|2026-05-18 NOTICE");
		CheckResult twoYears = Checks.check(LEDGER, "2024-12-31", "2023-01-01", "2024-12-31");
		assertThat(elections(twoYears)).containsExactlyInAnyOrder("ELECTION.OVERDUE|B2||2024-06-15|2024-06-15 MAJOR",
				"ELECTION.DUE_SOON|B1||2025-03-01|2025-03-01 NOTICE");
		CheckResult firstYear = Checks.check(LEDGER, "2023-04-30", "2023-01-01", "2023-04-30");
		assertThat(elections(firstYear)).containsExactly("ELECTION.DUE_SOON|G||2023-05-20|2023-05-20 NOTICE");
	}

	@Test
	void theStatisticsGiveTheFiguresOfEachYear() {
		Map<String, Object> stats = this.threeYears.stats();
		assertThat(themeDaysHeld(stats)).isEqualTo(70);
		assertThat(stats.get("years")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.extracting((y) -> ((Map<?, ?>) y).get("year") + " " + themeDaysHeld((Map<?, ?>) y) + " "
					+ ((Map<?, ?>) ((Map<?, ?>) y).get("dues")).get("paidOnTime") + "/"
					+ ((Map<?, ?>) ((Map<?, ?>) y).get("dues")).get("memberMonths"))
			.containsExactly("2023 23 120/120", "2024 23 120/120", "2025 24 117/120");
		assertThat(Checks.check(LEDGER, "2025-12-31", "2025-01-01", "2025-12-31").stats()).doesNotContainKey("years");
	}

	@Test
	void theReportOfThreeYearsHasEachYearsFiguresAndPeriodsWithTheirYear() {
		Report report = Checks.report(LEDGER, new InspectionOptions(LocalDate.parse("2025-12-31"),
				LocalDate.parse("2023-01-01"), LocalDate.parse("2025-12-31"), false, true, null));
		assertThat(String.join("", report.title())).contains("2023年1月至2025年12月");
		assertThat(report.basics().get(report.basics().size() - 1)).startsWith("分年度看，2023年")
			.contains("开展主题党日23次")
			.contains("；2025年")
			.contains("开展主题党日24次，党费按月交纳率97.5%。");
		assertThat(report.rows()).filteredOn((r) -> r.duty().equals("THEME_DAY"))
			.extracting(Report.Row::periods)
			.containsExactly("2023年7月", "2024年8月");
	}

	private static List<String> elections(CheckResult result) {
		return result.findings()
			.stream()
			.filter((f) -> f.duty().startsWith("ELECTION."))
			.map((f) -> f.key() + " " + f.severity())
			.toList();
	}

	private static Object themeDaysHeld(Map<?, ?> stats) {
		return ((Map<?, ?>) ((Map<?, ?>) stats.get("meetings")).get("THEME_DAY")).get("held");
	}

}
