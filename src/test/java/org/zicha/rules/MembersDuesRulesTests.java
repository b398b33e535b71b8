package org.zicha.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.check.CheckResult;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;
import org.zicha.testing.RulesFolder;
import org.zicha.testing.ThresholdsTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/members/dues.drl (with the dues month derived in rules/members/months.drl):
 * DUES.MONTHLY and DUES.LAPSED.
 */
class MembersDuesRulesTests {

	@Test
	void everyMemberPayingEachMonthOnTimeGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		paidOnThe10th(l, "m1", "2025-01", "2025-06");
		paidOnThe10th(l, "m2", "2025-01", "2025-06");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "DUES.MONTHLY")).isEmpty();
		assertThat(keys(result, "DUES.LAPSED")).isEmpty();
	}

	@Test
	void quarterPrepaidInOneRowCoversItsThreeMonths() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-01-05", "2025-01", "2025-02", "2025-03");
		assertThat(keys(check(l.build(), "2025-03-31"), "DUES.MONTHLY")).isEmpty();
		assertThat(keys(check(l.build(), "2025-04-30"), "DUES.MONTHLY"))
			.containsExactly("DUES.MONTHLY|B1||2025-04-01|2025-04-30 MINOR");
	}

	@Test
	void duesPaidOnTheMonthsLastDayAreOnTimeAndInTheNextMonthLate() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		l.dues("m1", "2025-01-31", "2025-01");
		l.dues("m1", "2025-03-01", "2025-02");
		l.dues("m1", "2025-03-10", "2025-03");
		paidOnThe10th(l, "m2", "2025-01", "2025-03");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "DUES.MONTHLY")).containsExactly("DUES.MONTHLY|B1||2025-02-01|2025-02-28 MINOR");
		assertThat(findings(result, "DUES.MONTHLY").get(0).evidence()).containsEntry("members", 2L)
			.containsEntry("unpaidCount", 1)
			.containsEntry("unpaidMembers", List.of("m1"))
			.containsEntry("unpaid",
					List.of(Map.of("memberId", "m1", "month", "2025-02", "paidOn", LocalDate.parse("2025-03-01"))));
	}

	@Test
	void evidenceListsEveryMemberWhoDidNotPay() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1").name("张三");
		l.member("m2", "B1").name("李四");
		l.member("m3", "B1").name("王五");
		l.dues("m2", "2025-01-10", "2025-01");
		CheckResult result = check(l.build(), "2025-01-31");
		assertThat(findings(result, "DUES.MONTHLY")).singleElement().satisfies((f) -> {
			assertThat(f.evidence()).containsEntry("members", 3L)
				.containsEntry("unpaidCount", 2)
				.containsEntry("unpaidMembers", List.of("m1", "m3"))
				.containsEntry("unpaidNames", List.of("张三", "王五"));
			assertThat(f.message()).contains("张三", "王五").doesNotContain("李四");
		});
	}

	@Test
	void memberWhoLeftOrJoinedMidMonthOwesNoDuesForThatMonth() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("leaver", "B1").left("2025-04-15");
		l.member("newcomer", "B1").joined("2025-05-10");
		paidOnThe10th(l, "m1", "2025-01", "2025-06");
		paidOnThe10th(l, "leaver", "2025-01", "2025-03");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "DUES.MONTHLY")).containsExactly("DUES.MONTHLY|B1||2025-06-01|2025-06-30 MINOR");
		assertThat(findings(result, "DUES.MONTHLY").get(0).evidence()).containsEntry("members", 2L)
			.containsEntry("unpaidMembers", List.of("newcomer"));
	}

	@Test
	void openMonthIsNotEvaluated() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		paidOnThe10th(l, "m1", "2025-01", "2025-02");
		CheckResult open = check(l.build(), "2025-03-30");
		assertThat(keys(open, "DUES.MONTHLY")).isEmpty();
		assertThat(open.dutyPeriods()).filteredOn((o) -> o.duty().equals("DUES.MONTHLY"))
			.extracting((o) -> o.period().from().toString() + " " + o.met())
			.containsExactlyInAnyOrder("2025-01-01 true", "2025-02-01 true");
		assertThat(keys(check(l.build(), "2025-03-31"), "DUES.MONTHLY"))
			.containsExactly("DUES.MONTHLY|B1||2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void unitCheckingDuesQuarterlyConcludesAQuarterOnlyOnceItHasEnded(@TempDir Path folder) throws IOException {
		RulesFolder.copyInto(folder);
		ThresholdsTable.set(folder.resolve("thresholds.xlsx"), "DUES.MONTHLY", "统计周期", "季度");
		RuleBook book = RuleBook.load(RuleSource.folder(folder));
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		paidOnThe10th(l, "m1", "2025-01", "2025-03");
		CheckResult open = Checks.check(book, l.build(), "2025-05-20");
		assertThat(keys(open, "DUES.MONTHLY")).isEmpty();
		assertThat(open.dutyPeriods()).filteredOn((d) -> d.duty().equals("DUES.MONTHLY"))
			.extracting((d) -> d.period().label() + " " + d.met())
			.containsExactly("2025年第一季度 true");
		assertThat(keys(Checks.check(book, l.build(), "2025-06-30"), "DUES.MONTHLY"))
			.containsExactly("DUES.MONTHLY|B1||2025-04-01|2025-06-30 MINOR");
	}

	@Test
	void branchEstablishedMidMonthIsNotEvaluatedForThatMonth() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").established("2025-02-10");
		l.member("m1", "B1");
		assertThat(keys(check(l.build(), "2025-03-31"), "DUES.MONTHLY"))
			.containsExactly("DUES.MONTHLY|B1||2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void sixUnpaidMonthsInARowAreOneLapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1").outstation();
		paidOnThe10th(l, "m1", "2025-01", "2025-06");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "DUES.LAPSED")).containsExactly("DUES.LAPSED|B1|m2|2025-01-01|2025-06-30 MAJOR");
		assertThat(findings(result, "DUES.LAPSED").get(0).evidence()).containsEntry("monthCount", 6)
			.containsEntry("months", List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"))
			.containsEntry("outstation", true)
			.containsEntry("mobile", false);
		assertThat(keys(result, "DUES.MONTHLY")).hasSize(6);
	}

	@Test
	void fiveUnpaidMonthsAreNoLapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-06-10", "2025-06");
		CheckResult result = check(l.build(), "2025-10-31");
		assertThat(keys(result, "DUES.LAPSED")).isEmpty();
		assertThat(keys(result, "DUES.MONTHLY")).hasSize(9);
	}

	@Test
	void memberPayingEveryMonthOnTheFifthOfTheNextHasNoLapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		for (int month = 1; month <= 12; month++) {
			YearMonth m = YearMonth.of(2025, month);
			l.dues("m1", m.plusMonths(1).atDay(5).toString(), m.toString());
		}
		CheckResult result = check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31");
		assertThat(keys(result, "DUES.LAPSED")).isEmpty();
		assertThat(keys(result, "DUES.MONTHLY")).hasSize(12);
	}

	@Test
	void unitCollectingOnTheTenthOfTheNextMonthSetsAGraceOfTenDays(@TempDir Path folder) throws IOException {
		RulesFolder.copyInto(folder);
		ThresholdsTable.set(folder.resolve("thresholds.xlsx"), "DUES.MONTHLY", "时限", "10天");
		RuleBook book = RuleBook.load(RuleSource.folder(folder));
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		l.dues("m1", "2025-02-10", "2025-01");
		l.dues("m2", "2025-02-11", "2025-01");
		l.dues("m1", "2025-02-20", "2025-02");
		l.dues("m2", "2025-02-20", "2025-02");
		CheckResult result = Checks.check(book, l.build(), "2025-02-28");
		assertThat(keys(result, "DUES.MONTHLY")).containsExactly("DUES.MONTHLY|B1||2025-01-01|2025-01-31 MINOR");
		assertThat(findings(result, "DUES.MONTHLY").get(0).evidence()).containsEntry("unpaidMembers", List.of("m2"));
	}

	@Test
	void sixMonthsPaidBackInTheSeventhAreStillALapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-07-10", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07");
		paidOnThe10th(l, "m1", "2025-08", "2025-12");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DUES.LAPSED")).containsExactly("DUES.LAPSED|B1|m1|2025-01-01|2025-06-30 MAJOR");
		assertThat(findings(result, "DUES.LAPSED").get(0).evidence()).containsEntry("runFrom", "2025-01")
			.containsEntry("runMonths", 6);
	}

	@Test
	void monthsPaidBackBeforeTheSixthEndTheRunThere() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-05-20", "2025-01", "2025-02", "2025-03", "2025-04");
		assertThat(keys(check(l.build(), "2025-09-30"), "DUES.LAPSED")).isEmpty();
		assertThat(keys(check(l.build(), "2025-10-31"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|m1|2025-05-01|2025-10-31 MAJOR");
	}

	@Test
	void quarterPrepaidAtTheStartOfEachQuarterIsNeitherLateNorALapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-01-05", "2025-01", "2025-02", "2025-03");
		l.dues("m1", "2025-04-05", "2025-04", "2025-05", "2025-06");
		l.dues("m1", "2025-07-05", "2025-07", "2025-08", "2025-09");
		l.dues("m1", "2025-10-05", "2025-10", "2025-11", "2025-12");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DUES.MONTHLY")).isEmpty();
		assertThat(keys(result, "DUES.LAPSED")).isEmpty();
	}

	@Test
	void aTrueGapStatesItsWholeLengthUpToTheAsOfDay() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部");
		l.member("m1", "B1").name("张三");
		paidOnThe10th(l, "m1", "2025-01", "2025-03");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DUES.LAPSED")).containsExactly("DUES.LAPSED|B1|m1|2025-04-01|2025-09-30 MAJOR");
		assertThat(findings(result, "DUES.LAPSED").get(0).evidence()).containsEntry("runFrom", "2025-04")
			.containsEntry("runMonths", 9)
			.containsEntry("monthCount", 6);
		assertThat(findings(result, "DUES.LAPSED").get(0).message()).isEqualTo("张三（第一支部）自2025年4月起已连续9个月未交纳党费");
	}

	@Test
	void twelveUnpaidMonthsAreTwoLapsesAndSevenOne() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("twelve", "B1");
		l.member("seven", "B1");
		paidOnThe10th(l, "seven", "2025-08", "2025-12");
		assertThat(keys(check(l.build(), "2025-12-31"), "DUES.LAPSED")).containsExactly(
				"DUES.LAPSED|B1|seven|2025-01-01|2025-06-30 MAJOR", "DUES.LAPSED|B1|twelve|2025-01-01|2025-06-30 MAJOR",
				"DUES.LAPSED|B1|twelve|2025-07-01|2025-12-31 MAJOR");
	}

	@Test
	void oneOnTimePaymentStartsTheCountAgain() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.dues("m1", "2025-03-20", "2025-03");
		assertThat(keys(check(l.build(), "2025-08-31"), "DUES.LAPSED")).isEmpty();
		assertThat(keys(check(l.build(), "2025-09-30"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|m1|2025-04-01|2025-09-30 MAJOR");
	}

	@Test
	void withoutDuesRecordedBeforeFromOnlyTheWindowsMonthsCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		assertThat(keys(check(l.build(), "2025-03-31"), "DUES.LAPSED")).isEmpty();
		assertThat(keys(check(l.build(), "2025-06-30"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|m1|2025-01-01|2025-06-30 MAJOR");
		assertThat(keys(check(l.build(), "2025-03-31", "2024-10-01", "2025-03-31"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|m1|2024-10-01|2025-03-31 MAJOR");
	}

	@Test
	void aOneMonthWindowFindsARunBegunBeforeFromUnderTheKeyOfAYearRun() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		paidOnThe10th(l, "m1", "2024-09", "2025-11");
		l.dues("m2", "2024-09-10", "2024-09");
		String key = "DUES.LAPSED|B1|m2|2024-10-01|2025-03-31 MAJOR";
		assertThat(keys(check(l.build(), "2025-03-31", "2025-03-01", "2025-03-31"), "DUES.LAPSED"))
			.containsExactly(key);
		assertThat(keys(check(l.build(), "2025-03-31"), "DUES.LAPSED")).containsExactly(key);
		assertThat(keys(check(l.build(), "2025-09-30", "2025-09-01", "2025-09-30"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|m2|2025-04-01|2025-09-30 MAJOR");
		assertThat(keys(check(l.build(), "2025-02-28", "2025-02-01", "2025-02-28"), "DUES.LAPSED")).isEmpty();
	}

	@Test
	void monthsOutsideAMembersTimeInTheBranchAreNotCounted() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("newcomer", "B1").joined("2025-03-10");
		l.member("leaver", "B1").left("2025-06-15");
		assertThat(keys(check(l.build(), "2025-08-31"), "DUES.LAPSED")).isEmpty();
		assertThat(keys(check(l.build(), "2025-09-30"), "DUES.LAPSED"))
			.containsExactly("DUES.LAPSED|B1|newcomer|2025-04-01|2025-09-30 MAJOR");
	}

	/**
	 * One payment per month, each on the 10th of the month it covers.
	 */
	private static void paidOnThe10th(LedgerBuilder l, String member, String first, String last) {
		for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
			l.dues(member, m.atDay(10).toString(), m.toString());
		}
	}

}
