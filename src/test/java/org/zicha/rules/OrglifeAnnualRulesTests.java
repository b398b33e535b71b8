package org.zicha.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;
import org.zicha.testing.RulesFolder;
import org.zicha.testing.ThresholdsTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.MEMBER_REVIEW;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/annual.drl: 组织生活会, 民主评议党员 and the secretaries' own party lectures. The
 * reviews belong to the year they review and are due by 31 March of the next.
 */
class OrglifeAnnualRulesTests {

	private static final String ORG_LIFE_2024 = "ORG_LIFE|B1||2024-01-01|2024-12-31";

	@Test
	void reviewHeldOnItsDeadlineMeetsTheYear() {
		LedgerBuilder l = spokenOf2024();
		l.activity("B1", "2025-03-31", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "ORG_LIFE")).doesNotContain(ORG_LIFE_2024 + " MAJOR");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("ORG_LIFE"))
			.extracting((d) -> d.period().label() + " " + d.met() + " " + d.deadline() + " " + d.recordIds())
			.containsExactly("2024年 true 2025-03-31 [B1-a2]", "2025年 false 2026-03-31 []");
	}

	@Test
	void reviewHeldTheDayAfterItsDeadlineIsAMajorFindingOfTheYearReviewed() {
		LedgerBuilder l = spokenOf2024();
		l.activity("B1", "2025-04-01", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "ORG_LIFE")).containsExactly(ORG_LIFE_2024 + " MAJOR",
				"ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		Finding missed = findings(result, "ORG_LIFE").get(0);
		assertThat(missed.message()).isEqualTo("B1未在2025年3月31日前召开2024年度组织生活会（要求至少1次，实际0次）");
		assertThat(missed.evidence()).containsEntry("reviewYear", 2024)
			.containsEntry("deadline", LocalDate.parse("2025-03-31"))
			.containsEntry("actual", 0);
	}

	@Test
	void theReviewYearIsTheStatedYearElseTheYearInTheTopicElseTheDate() {
		LedgerBuilder l = spokenOf2024();
		l.branch("B2");
		l.branch("B3");
		l.activity("B1", "2025-01-20", ORG_LIFE_MEETING).topic("组织生活会").reviewYear(2024);
		l.activity("B2", "2025-01-20", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		l.activity("B3", "2025-01-20", ORG_LIFE_MEETING).topic("年度组织生活会");
		l.activity("B3", "2025-02-20", MEMBER_REVIEW).topic("2025年度民主评议党员").reviewYear(2024);
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B3||2024-01-01|2024-12-31 MAJOR");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2024-01-01|2024-12-31 MAJOR",
				"MEMBER_REVIEW|B2||2024-01-01|2024-12-31 MAJOR");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("ORG_LIFE") && d.orgId().equals("B3"))
			.extracting((d) -> d.period().label() + " " + d.met())
			.containsExactly("2024年 false", "2025年 true");
	}

	@Test
	void aDecemberReviewAndAJanuaryOneEachCountForTheirOwnYear() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一党支部");
		l.activity("B1", "2024-12-26", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2024年度组织生活会暨民主评议党员");
		l.activity("B1", "2025-06-20", MEMBER_ASSEMBLY);
		l.activity("B1", "2026-01-15", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2025年度组织生活会暨民主评议党员");
		CheckResult yearEnd = check(l.build(), "2025-12-31");
		assertThat(keys(yearEnd, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		Finding upcoming = findings(yearEnd, "ORG_LIFE").get(0);
		assertThat(upcoming.message()).isEqualTo("第一党支部2025年度组织生活会应于2026年3月31日前召开，目前尚未召开，还有90天");
		assertThat(upcoming.evidence()).containsEntry("daysLeft", 90L);
		assertThat(keys(yearEnd, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31 NOTICE");
		CheckResult afterTheDeadline = check(l.build(), "2026-04-30");
		assertThat(keys(afterTheDeadline, "ORG_LIFE")).isEmpty();
		assertThat(keys(afterTheDeadline, "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void aRunOnTheDeadlineJudgesTheReviewAndTheDayBeforeGivesANotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-06-20", MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2026-03-30"), "ORG_LIFE"))
			.containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		CheckResult onTheDeadline = check(l.build(), "2026-03-31");
		assertThat(keys(onTheDeadline, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 MAJOR");
		assertThat(findings(onTheDeadline, "ORG_LIFE").get(0).evidence()).containsEntry("required", 1)
			.containsEntry("actual", 0);
		assertThat(keys(check(l.build(), "2026-12-31", "2026-04-01", "2026-12-31"), "ORG_LIFE")).isEmpty();
	}

	@Test
	void aUnitWhoseReviewsAreDueBy31DecemberIsJudgedAtTheYearsEnd(@TempDir Path folder) throws IOException {
		RulesFolder.copyInto(folder);
		ThresholdsTable.addRow(folder.resolve("thresholds.xlsx"), "ORG_LIFE", "年内",
				Map.of("次数", "1", "截止日期", "12月31日", "提醒窗口（天）", "60"));
		RuleBook book = RuleBook.load(RuleSource.folder(folder));
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B7").category("年内");
		l.activity("B1", "2025-06-20", MEMBER_ASSEMBLY);
		l.activity("B7", "2026-01-10", ORG_LIFE_MEETING).topic("2025年度组织生活会");
		CheckResult yearEnd = Checks.check(book, l.build(), "2025-12-31");
		assertThat(keys(yearEnd, "ORG_LIFE")).containsExactly("ORG_LIFE|B7||2025-01-01|2025-12-31 MAJOR",
				"ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(yearEnd, "ORG_LIFE").get(0).message())
			.isEqualTo("B7未在2025年12月31日前召开2025年度组织生活会（要求至少1次，实际0次）");
		CheckResult november = Checks.check(book, l.build(), "2025-11-01");
		assertThat(keys(november, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE",
				"ORG_LIFE|B7||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(november, "ORG_LIFE")).extracting((f) -> f.evidence().get("daysLeft"))
			.containsExactly(150L, 60L);
		assertThat(keys(Checks.check(book, l.build(), "2026-02-28"), "ORG_LIFE"))
			.containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
	}

	@Test
	void aYearTheLedgerDoesNotSpeakOfIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		l.activity("B1", "2025-01-10", MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2025-06-30"), "ORG_LIFE")).isEmpty();
		assertThat(keys(check(l.build(), "2025-02-20"), "ORG_LIFE")).isEmpty();
		l.activity("B2", "2025-01-15", ORG_LIFE_MEETING).topic("2024年度组织生活会");
		assertThat(keys(check(l.build(), "2025-06-30"), "ORG_LIFE")).containsExactly(ORG_LIFE_2024 + " MAJOR");
	}

	@Test
	void aYearEndRunOnReviewsHeldEachJanuaryReportsThemUpcomingAndALaterRunTheOneMissed() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		for (String branch : List.of("B1", "B2")) {
			l.activity(branch, "2025-01-16", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2024年度组织生活会暨民主评议党员");
		}
		l.activity("B1", "2026-01-15", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2025年度组织生活会暨民主评议党员");
		CheckResult yearEnd = check(l.build(), "2025-12-31");
		assertThat(yearEnd.findings()).extracting((f) -> f.key() + " " + f.severity())
			.filteredOn((k) -> k.startsWith("ORG_LIFE") || k.startsWith("MEMBER_REVIEW"))
			.containsExactlyInAnyOrder("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE",
					"ORG_LIFE|B2||2025-01-01|2025-12-31 NOTICE", "MEMBER_REVIEW|B1||2025-01-01|2025-12-31 NOTICE",
					"MEMBER_REVIEW|B2||2025-01-01|2025-12-31 NOTICE");
		CheckResult afterTheDeadline = check(l.build(), "2026-04-30");
		assertThat(keys(afterTheDeadline, "ORG_LIFE")).containsExactly("ORG_LIFE|B2||2025-01-01|2025-12-31 MAJOR");
		assertThat(keys(afterTheDeadline, "MEMBER_REVIEW"))
			.containsExactly("MEMBER_REVIEW|B2||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void orgLifeMeetingOfTheParentDoesNotCountForTheBranch() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R");
		l.activity("R", "2025-05-20", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2026-03-31"), "ORG_LIFE"))
			.containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void orgLifeIsOwedByBranchesOnly() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", OrgKind.COMMITTEE).parent("R");
		l.org("GB1", OrgKind.GENERAL_BRANCH).parent("C1");
		l.branch("B1").parent("GB1");
		l.group("G1", "B1");
		l.activity("B1", "2025-11-20", ORG_LIFE_MEETING, MEMBER_REVIEW);
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void branchEstablishedDuringTheYearIsNotEvaluatedForThatYear() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").established("2025-01-02");
		l.branch("B2").established("2025-01-01");
		l.activity("B1", "2025-05-20", MEMBER_ASSEMBLY);
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B2||2025-01-01|2025-12-31 MAJOR");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B2||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void openYearGivesANoticeSixtyDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一党支部");
		l.activity("B1", "2025-05-20", MEMBER_ASSEMBLY);
		CheckResult result = check(l.build(), "2025-11-01");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, "ORG_LIFE").get(0).evidence()).containsEntry("daysLeft", 150L)
			.containsEntry("deadline", LocalDate.parse("2026-03-31"));
		assertThat(findings(result, "MEMBER_REVIEW").get(0).message())
			.isEqualTo("第一党支部2025年度民主评议党员应于2026年3月31日前开展，目前尚未开展，还有150天");
	}

	@Test
	void openYearGivesNoNoticeSixtyOneDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-05-20", MEMBER_ASSEMBLY);
		CheckResult result = check(l.build(), "2025-10-31");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void openYearWithTheMeetingHeldGivesNoNotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-20", ORG_LIFE_MEETING, MEMBER_REVIEW);
		CheckResult result = check(l.build(), "2025-11-20");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void yearWithoutMemberReviewIsAMajorFindingEvenWithAnOrgLifeMeeting() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-12-20", ORG_LIFE_MEETING);
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31 MAJOR");
		assertThat(findings(result, "MEMBER_REVIEW").get(0).message())
			.isEqualTo("B1未在2026年3月31日前开展2025年度民主评议党员（要求至少1次，实际0次）");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
	}

	@Test
	void exemptedYearMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-12-20", ORG_LIFE_MEETING);
		l.exemption("MEMBER_REVIEW", "B1", null, "2025-01-01", "2025-12-31");
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31");
	}

	/** A branch whose ledger speaks of 2024 (an assembly that year). */
	private static LedgerBuilder spokenOf2024() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2024-06-20", MEMBER_ASSEMBLY);
		return l;
	}

	@Test
	void rootSecretaryLecturingAtABranchMeetsTheDuty() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("R-sec");
		l.branch("B1").parent("R").secretary("B1-m1");
		l.member("R-sec", "B1");
		l.members("B1", 3);
		l.activity("B1", "2025-06-28", PARTY_LECTURE).lecturer("R-sec");
		l.activity("B1", "2025-09-28", PARTY_LECTURE).lecturer("B1-m1");
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.SECRETARY_LECTURE")).isEmpty();
	}

	@Test
	void secretaryWhoLecturedNowhereIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("R-sec");
		l.branch("B1").parent("R").secretary("B1-m1");
		l.member("R-sec", "B1");
		l.members("B1", 3);
		l.activity("B1", "2025-06-28", PARTY_LECTURE).lecturer("R-sec");
		l.activity("B1", "2025-09-28", PARTY_LECTURE).lecturer("B1-m2");
		l.activity("R", "2025-10-10", PARTY_LECTURE).lecturer("外请专家");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "SHYK.SECRETARY_LECTURE"))
			.containsExactly("SHYK.SECRETARY_LECTURE|B1||2025-01-01|2025-12-31 MINOR");
		Finding finding = findings(result, "SHYK.SECRETARY_LECTURE").get(0);
		assertThat(finding.evidence()).containsEntry("actual", 0);
		assertThat(finding.message()).contains("B1-m1");
	}

	@Test
	void secretaryLecturingInAnotherSubtreeCounts() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", OrgKind.COMMITTEE).parent("R").secretary("B1-m1");
		l.branch("B1").parent("C1");
		l.branch("B2").parent("R");
		l.members("B1", 2);
		l.members("B2", 2);
		l.activity("B2", "2025-04-15", PARTY_LECTURE).lecturer("B1-m1");
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.SECRETARY_LECTURE")).isEmpty();
	}

	@Test
	void lectureOfAnotherYearDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").secretary("B1-m1");
		l.members("B1", 2);
		l.activity("B1", "2024-12-31", PARTY_LECTURE).lecturer("B1-m1");
		l.activity("B1", "2026-01-01", PARTY_LECTURE).lecturer("B1-m1");
		assertThat(keys(check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31"), "SHYK.SECRETARY_LECTURE"))
			.containsExactly("SHYK.SECRETARY_LECTURE|B1||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void secretaryAsHostButNotLecturerDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").secretary("B1-m1");
		l.members("B1", 2);
		l.activity("B1", "2025-05-15", PARTY_LECTURE).lecturer("B1-m2").attendees("B1-m1", "B1-m2");
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.SECRETARY_LECTURE"))
			.containsExactly("SHYK.SECRETARY_LECTURE|B1||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void organisationsWithoutSecretaryAreNotLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R");
		l.members("B1", 2);
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.SECRETARY_LECTURE")).isEmpty();
	}

	@Test
	void groupsAndGeneralBranchesAreNotLookedAtButCommitteesAre() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C1", OrgKind.COMMITTEE).secretary("B1-m1");
		l.org("GB1", OrgKind.GENERAL_BRANCH).parent("C1").secretary("B1-m2");
		l.branch("B1").parent("GB1").secretary("B1-m3");
		l.group("G1", "B1").secretary("B1-m4");
		l.members("B1", 4);
		l.activity("B1", "2025-03-15", PARTY_LECTURE).lecturer("B1-m3");
		assertThat(keys(check(l.build(), "2025-12-31"), "SHYK.SECRETARY_LECTURE"))
			.containsExactly("SHYK.SECRETARY_LECTURE|C1||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void secretaryLectureGivesANoticeInsideTheLastSixtyDaysOfTheYear() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").secretary("B1-m1");
		l.members("B1", 2);
		assertThat(keys(check(l.build(), "2025-11-01"), "SHYK.SECRETARY_LECTURE"))
			.containsExactly("SHYK.SECRETARY_LECTURE|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(keys(check(l.build(), "2025-10-31"), "SHYK.SECRETARY_LECTURE")).isEmpty();
		l.activity("B1", "2025-11-01", PARTY_LECTURE).lecturer("B1-m1");
		assertThat(keys(check(l.build(), "2025-11-01"), "SHYK.SECRETARY_LECTURE")).isEmpty();
	}

}
