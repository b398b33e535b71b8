package org.zicha.rules;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.MEMBER_REVIEW;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/annual.drl: 组织生活会, 民主评议党员 and the secretaries' own party lectures.
 */
class OrglifeAnnualRulesTests {

	@Test
	void orgLifeMeetingInTheYearGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-12-31", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), "ORG_LIFE")).isEmpty();
	}

	@Test
	void yearWithoutOrgLifeMeetingIsAMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-06-20", MEMBER_ASSEMBLY);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 MAJOR");
		assertThat(findings(result, "ORG_LIFE").get(0).evidence()).containsEntry("required", 1)
			.containsEntry("actual", 0);
	}

	@Test
	void orgLifeMeetingOfTheNextYearDoesNotCountForThePreviousOne() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2024-12-31", ORG_LIFE_MEETING);
		l.activity("B1", "2026-01-01", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31"), "ORG_LIFE"))
			.containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void orgLifeMeetingOfTheParentDoesNotCountForTheBranch() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R");
		l.activity("R", "2025-05-20", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), "ORG_LIFE"))
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
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void branchEstablishedDuringTheYearIsNotEvaluatedForThatYear() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").established("2025-01-02");
		l.branch("B2").established("2025-01-01");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B2||2025-01-01|2025-12-31 MAJOR");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B2||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void openYearGivesANoticeSixtyDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		CheckResult result = check(l.build(), "2025-11-01");
		assertThat(keys(result, "ORG_LIFE")).containsExactly("ORG_LIFE|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, "ORG_LIFE").get(0).evidence()).containsEntry("daysLeft", 60L);
	}

	@Test
	void openYearGivesNoNoticeSixtyOneDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
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
	void memberReviewInTheYearGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-01", MEMBER_REVIEW);
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER_REVIEW")).isEmpty();
	}

	@Test
	void yearWithoutMemberReviewIsAMajorFindingEvenWithAnOrgLifeMeeting() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-12-20", ORG_LIFE_MEETING);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "MEMBER_REVIEW")).containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31 MAJOR");
		assertThat(keys(result, "ORG_LIFE")).isEmpty();
	}

	@Test
	void exemptedYearMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-12-20", ORG_LIFE_MEETING);
		l.exemption("MEMBER_REVIEW", "B1", null, "2025-01-01", "2025-12-31");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "MEMBER_REVIEW")).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("MEMBER_REVIEW|B1||2025-01-01|2025-12-31");
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
