package org.zicha.rules;

import java.io.IOException;
import java.nio.file.Path;
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
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.GROUP_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/meetings.drl: 三会一课 and 主题党日 frequencies.
 */
class OrglifeMeetingsRulesTests {

	@Test
	void assemblyInEveryQuarterGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.quarterly("B1", 2025, MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.ASSEMBLY")).isEmpty();
	}

	@Test
	void retiredCadresBranchWithItsOwnRowHoldsItsAssemblyHalfYearly(@TempDir Path folder) throws IOException {
		RulesFolder.copyInto(folder);
		ThresholdsTable.addRow(folder.resolve("thresholds.xlsx"), "SHYK.ASSEMBLY", "离退休",
				Map.of("统计周期", "半年", "次数", "1", "提醒窗口（天）", "30"));
		RuleBook book = RuleBook.load(RuleSource.folder(folder));
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B7").category("离退休");
		l.activity("B1", "2025-02-10", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-08-10", MEMBER_ASSEMBLY);
		l.activity("B7", "2025-02-10", MEMBER_ASSEMBLY);
		l.activity("B7", "2025-03-10", MEMBER_ASSEMBLY);
		CheckResult year = Checks.check(book, l.build(), "2025-12-31");
		assertThat(keys(year, "SHYK.ASSEMBLY")).containsExactlyInAnyOrder(
				"SHYK.ASSEMBLY|B1||2025-04-01|2025-06-30 MINOR", "SHYK.ASSEMBLY|B1||2025-10-01|2025-12-31 MINOR",
				"SHYK.ASSEMBLY|B7||2025-07-01|2025-12-31 MINOR");
		assertThat(Checks.findings(year, "SHYK.ASSEMBLY")).filteredOn((f) -> f.orgId().equals("B7"))
			.singleElement()
			.satisfies((f) -> assertThat(f.message()).endsWith("未召开党员大会（要求每半年至少1次，实际0次）"));
		assertThat(keys(Checks.check(book, l.build(), "2025-12-05"), "SHYK.ASSEMBLY")).containsExactly(
				"SHYK.ASSEMBLY|B1||2025-04-01|2025-06-30 MINOR", "SHYK.ASSEMBLY|B7||2025-07-01|2025-12-31 NOTICE");
	}

	@Test
	void quarterWithoutAssemblyIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-02-10", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-08-10", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-11-10", MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.ASSEMBLY"))
			.containsExactly("SHYK.ASSEMBLY|B1||2025-04-01|2025-06-30 MINOR");
	}

	@Test
	void assembliesOnTheFirstAndLastDayOfAQuarterCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-01", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-06-30", MEMBER_ASSEMBLY);
		CheckResult result = check(l.build(), "2025-09-30");
		assertThat(keys(result, "SHYK.ASSEMBLY")).containsExactly("SHYK.ASSEMBLY|B1||2025-07-01|2025-09-30 MINOR");
	}

	@Test
	void branchEstablishedMidQuarterIsNotEvaluatedForThatQuarter() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").established("2025-05-10");
		CheckResult result = check(l.build(), "2025-09-30");
		assertThat(keys(result, "SHYK.ASSEMBLY")).containsExactly("SHYK.ASSEMBLY|B1||2025-07-01|2025-09-30 MINOR");
	}

	@Test
	void openQuarterInsideTheNoticeWindowGivesANoticeUntilTheAssemblyIsHeld() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		assertThat(keys(check(l.build(), "2025-09-10", "2025-07-01", "2025-09-10"), "SHYK.ASSEMBLY"))
			.containsExactly("SHYK.ASSEMBLY|B1||2025-07-01|2025-09-30 NOTICE");
		l.activity("B1", "2025-07-10", MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2025-09-10", "2025-07-01", "2025-09-10"), "SHYK.ASSEMBLY")).isEmpty();
	}

	@Test
	void openQuarterOutsideTheNoticeWindowGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		assertThat(keys(check(l.build(), "2025-09-09", "2025-07-01", "2025-09-09"), "SHYK.ASSEMBLY")).isEmpty();
	}

	@Test
	void openMonthWithoutThemeDayGivesANoticeFromTenDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-15", THEME_DAY);
		l.activity("B1", "2025-02-15", THEME_DAY);
		l.activity("B1", "2025-03-15", THEME_DAY);
		assertThat(keys(check(l.build(), "2025-04-19"), "THEME_DAY")).isEmpty();
		assertThat(keys(check(l.build(), "2025-04-20"), "THEME_DAY"))
			.containsExactly("THEME_DAY|B1||2025-04-01|2025-04-30 NOTICE");
	}

	@Test
	void committeeMeetingsAreOwedOnlyByBranchesWithACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true);
		l.branch("B2").hasCommittee(false);
		l.monthly("B1", 2025, BRANCH_COMMITTEE);
		l.activity("B1", "2025-03-01", BRANCH_COMMITTEE);
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "SHYK.COMMITTEE")).isEmpty();
		l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true);
		l.activity("B1", "2025-01-20", BRANCH_COMMITTEE);
		l.activity("B1", "2025-03-20", BRANCH_COMMITTEE);
		assertThat(keys(check(l.build(), "2025-03-31"), "SHYK.COMMITTEE"))
			.containsExactly("SHYK.COMMITTEE|B1||2025-02-01|2025-02-28 MINOR");
	}

	@Test
	void branchWithSevenFullMembersHasACommitteeByDefault() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 7);
		l.branch("B2");
		l.members("B2", 6);
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE"))
			.containsExactly("SHYK.COMMITTEE|B1||2025-01-01|2025-01-31 MINOR");
	}

	@Test
	void groupsMeetMonthlyAndBranchesHoldThemeDaysAndLectures() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.group("G1", "B1");
		l.activity("G1", "2025-01-08", GROUP_MEETING);
		l.activity("B1", "2025-01-15", THEME_DAY, PARTY_LECTURE);
		l.activity("B1", "2025-02-15", THEME_DAY);
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "SHYK.GROUP")).containsExactly("SHYK.GROUP|G1||2025-02-01|2025-02-28 MINOR",
				"SHYK.GROUP|G1||2025-03-01|2025-03-31 MINOR");
		assertThat(keys(result, "THEME_DAY")).containsExactly("THEME_DAY|B1||2025-03-01|2025-03-31 MINOR");
		assertThat(keys(result, "SHYK.LECTURE")).isEmpty();
	}

	@Test
	void anExemptedMonthMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-15", THEME_DAY);
		l.exemption("THEME_DAY", "B1", null, "2025-02-01", "2025-02-28");
		CheckResult result = check(l.build(), "2025-02-28");
		assertThat(keys(result, "THEME_DAY")).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28");
	}

	@Test
	void anEventOfAParentDoesNotCountForItsBranch() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R");
		l.activity("R", "2025-01-15", THEME_DAY);
		assertThat(keys(check(l.build(), "2025-01-31"), "THEME_DAY"))
			.containsExactly("THEME_DAY|B1||2025-01-01|2025-01-31 MINOR");
	}

	@Test
	void jointThemeDayOfThreeBranchesCountsForEachAndItsAttendeesForTheirOwnBranches() {
		LedgerBuilder l = LedgerBuilder.ledger();
		for (String b : List.of("B1", "B2", "B3")) {
			l.branch(b);
			l.members(b, 3);
		}
		l.activity("B1", "2025-01-15", THEME_DAY, MEMBER_ASSEMBLY)
			.jointOrgs("B2", "B3")
			.attendees("B1-m1", "B1-m2", "B1-m3", "B2-m1", "B2-m2", "B2-m3", "B3-m1", "B3-m2");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "THEME_DAY")).containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28 MINOR",
				"THEME_DAY|B1||2025-03-01|2025-03-31 MINOR", "THEME_DAY|B2||2025-02-01|2025-02-28 MINOR",
				"THEME_DAY|B2||2025-03-01|2025-03-31 MINOR", "THEME_DAY|B3||2025-02-01|2025-02-28 MINOR",
				"THEME_DAY|B3||2025-03-01|2025-03-31 MINOR");
		assertThat(keys(result, "MEMBER.INACTIVE"))
			.containsExactly("MEMBER.INACTIVE|B3|B3-m3|2025-01-01|2025-03-31 MINOR");
		assertThat(keys(result, "SHYK.ASSEMBLY")).isEmpty();
		assertThat(keys(result, "SHYK.ASSEMBLY_QUORUM")).isEmpty();
		assertThat(keys(result, "RECORD.INCOMPLETE")).singleElement().asString().startsWith("RECORD.INCOMPLETE|B1|");
	}

	@Test
	void jointEventCountsOnlyForTheOrganisationsItNames() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		l.branch("B3");
		l.activity("B1", "2025-01-15", THEME_DAY).jointOrgs("B2");
		assertThat(keys(check(l.build(), "2025-01-31"), "THEME_DAY"))
			.containsExactly("THEME_DAY|B3||2025-01-01|2025-01-31 MINOR");
	}

}
