package org.zicha.rules;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/common/committee.drl (whether a branch has a 支委会) and
 * rules/organisation/committee.drl (ORG.COMMITTEE_REQUIRED). Whether a branch has a
 * committee is seen through SHYK.COMMITTEE, owed only by branches with one.
 */
class CommitteeRulesTests {

	private static final String JANUARY_COMMITTEE_MEETING = "SHYK.COMMITTEE|B1||2025-01-01|2025-01-31 MINOR";

	private static final String REQUIRED = "ORG.COMMITTEE_REQUIRED";

	@Test
	void branchStatedToHaveACommitteeHasOneWhateverItsSize() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true);
		l.members("B1", 3);
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).containsExactly(JANUARY_COMMITTEE_MEETING);
	}

	@Test
	void branchStatedToHaveNoCommitteeHasNoneWhateverItsSize() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 9);
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void branchNotStatedWithSevenFullMembersHasACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 7);
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).containsExactly(JANUARY_COMMITTEE_MEETING);
	}

	@Test
	void probationaryMembersDoNotCountTowardsACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("P", "B1").probationary("2024-06-30");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void memberConvertedOnTheAsOfDayCountsAsFull() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("P", "B1").probationary("2024-01-31").converted("2025-01-31");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).containsExactly(JANUARY_COMMITTEE_MEETING);
		l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("P", "B1").probationary("2024-01-31").converted("2025-02-01");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void memberWhoLeftBeforeTheAsOfDayDoesNotCountTowardsACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("X", "B1").left("2025-01-20");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void memberWhoLeavesAfterTheAsOfDayStillCountsTowardsACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("X", "B1").left("2025-02-01");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).containsExactly(JANUARY_COMMITTEE_MEETING);
	}

	@Test
	void memberWhoJoinsAfterTheAsOfDayDoesNotCountTowardsACommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 6);
		l.member("X", "B1").joined("2025-02-01");
		assertThat(keys(check(l.build(), "2025-01-31"), "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void branchStatedToHaveNoCommitteeWithSevenFullMembersIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 7);
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, REQUIRED)).containsExactly("ORG.COMMITTEE_REQUIRED|B1||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, REQUIRED).get(0).evidence()).containsEntry("required", 7)
			.containsEntry("fullMembers", 7);
	}

	@Test
	void branchStatedToHaveNoCommitteeWithSixFullMembersIsNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 6);
		l.member("P", "B1").probationary("2024-06-30");
		assertThat(keys(check(l.build(), "2025-06-30"), REQUIRED)).isEmpty();
	}

	@Test
	void memberWhoLeftBeforeTheAsOfDayDoesNotCountTowardsTheRequirement() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 6);
		l.member("X", "B1").left("2025-06-29");
		assertThat(keys(check(l.build(), "2025-06-30"), REQUIRED)).isEmpty();
	}

	@Test
	void branchWhoseCommitteeIsNotStatedIsNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 9);
		l.branch("B2").hasCommittee(true);
		l.members("B2", 9);
		assertThat(keys(check(l.build(), "2025-06-30"), REQUIRED)).isEmpty();
	}

	@Test
	void requirementFindingHasTheYearOfTheAsOfDay() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 8);
		assertThat(keys(check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31"), REQUIRED))
			.containsExactly("ORG.COMMITTEE_REQUIRED|B1||2026-01-01|2026-12-31 MINOR");
	}

	@Test
	void committeesOfThreeAndOfSevenHaveTheRightSize() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").committee("B1-m1", "B1-m2", "B1-m3");
		l.members("B1", 9);
		l.branch("B2").hasCommittee(true).committee("B2-m1", "B2-m2", "B2-m3", "B2-m4", "B2-m5", "B2-m6", "B2-m7");
		l.members("B2", 9);
		assertThat(keys(check(l.build(), "2025-06-30"), "ORG.COMMITTEE_SIZE")).isEmpty();
	}

	@Test
	void committeesOfTwoAndOfEightAreFindings() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部").hasCommittee(true).secretary("B1-m1").committee("B1-m2");
		l.members("B1", 9);
		l.branch("B2")
			.name("第二支部")
			.hasCommittee(true)
			.committee("B2-m1", "B2-m2", "B2-m3", "B2-m4", "B2-m5", "B2-m6", "B2-m7", "B2-m8");
		l.members("B2", 9);
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "ORG.COMMITTEE_SIZE")).containsExactly(
				"ORG.COMMITTEE_SIZE|B1||2025-01-01|2025-12-31 MINOR",
				"ORG.COMMITTEE_SIZE|B2||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, "ORG.COMMITTEE_SIZE")).extracting((f) -> f.message())
			.containsExactly("第一支部支部委员会现有委员2人，少于3人", "第二支部支部委员会现有委员8人，超过7人");
	}

	@Test
	void branchWithoutACommitteeOrWithoutACommitteeListIsNotLookedAtForItsSize() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).committee("B1-m1");
		l.members("B1", 5);
		l.branch("B2").hasCommittee(true).secretary("B2-m1");
		l.members("B2", 9);
		assertThat(keys(check(l.build(), "2025-06-30"), "ORG.COMMITTEE_SIZE")).isEmpty();
	}

}
