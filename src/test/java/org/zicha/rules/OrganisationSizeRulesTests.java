package org.zicha.rules;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/organisation/size.drl: ORG.BRANCH_SIZE (3 full members at least, 50 members at
 * most) and ORG.GROUPS_REQUIRED (30 members, or 5 at remote stations, divide into party
 * groups).
 */
class OrganisationSizeRulesTests {

	private static final String SIZE = "ORG.BRANCH_SIZE";

	private static final String GROUPS = "ORG.GROUPS_REQUIRED";

	@Test
	void branchWithThreeFullMembersHasEnough() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 3);
		assertThat(keys(check(l.build(), "2025-06-30"), SIZE)).isEmpty();
	}

	@Test
	void branchWithTwoFullMembersAndAProbationaryOneHasTooFew() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部");
		l.members("B1", 2);
		l.member("p", "B1").probationary("2025-01-10");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, SIZE)).containsExactly("ORG.BRANCH_SIZE|B1||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, SIZE).get(0).message()).isEqualTo("第一支部现有正式党员2人，不足3人");
	}

	@Test
	void branchWithFiftyMembersIsWithinTheLimitAndWithFiftyOneAbove() {
		LedgerBuilder fifty = LedgerBuilder.ledger();
		fifty.branch("B1").hasCommittee(true);
		fifty.group("G1", "B1");
		fifty.members("B1", 50);
		assertThat(keys(check(fifty.build(), "2025-06-30"), SIZE)).isEmpty();
		LedgerBuilder fiftyOne = LedgerBuilder.ledger();
		fiftyOne.branch("B1").name("第一支部").hasCommittee(true);
		fiftyOne.group("G1", "B1");
		fiftyOne.members("B1", 51);
		CheckResult result = check(fiftyOne.build(), "2025-06-30");
		assertThat(keys(result, SIZE)).containsExactly("ORG.BRANCH_SIZE|B1||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, SIZE).get(0).message()).isEqualTo("第一支部现有党员51人，超过50人");
	}

	@Test
	void branchOfWhichTheLedgerListsNoMemberIsNotJudgedForItsMinimum() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		l.member("gone", "B2").left("2025-03-31");
		assertThat(keys(check(l.build(), "2025-06-30"), SIZE))
			.containsExactly("ORG.BRANCH_SIZE|B2||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void dissolvedBranchIsNotLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").dissolved("2025-03-31");
		l.members("B1", 1);
		assertThat(keys(check(l.build(), "2025-06-30"), SIZE)).isEmpty();
	}

	@Test
	void branchOfTwentyNineMembersNeedsNoGroupAndOfThirtyDoes() {
		LedgerBuilder small = LedgerBuilder.ledger();
		small.branch("B1");
		small.members("B1", 29);
		assertThat(keys(check(small.build(), "2025-06-30"), GROUPS)).isEmpty();
		LedgerBuilder large = LedgerBuilder.ledger();
		large.branch("B1").name("第一支部");
		large.members("B1", 30);
		CheckResult result = check(large.build(), "2025-06-30");
		assertThat(keys(result, GROUPS)).containsExactly("ORG.GROUPS_REQUIRED|B1||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, GROUPS).get(0).message()).isEqualTo("第一支部现有党员30人，达到30人以上，但未划分党小组");
	}

	@Test
	void branchOfThirtyMembersWithAPartyGroupMeetsTheDuty() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.group("G1", "B1");
		l.members("B1", 30);
		assertThat(keys(check(l.build(), "2025-06-30"), GROUPS)).isEmpty();
	}

	@Test
	void fiveMembersAtRemoteStationsNeedAGroupAndFourDoNot() {
		LedgerBuilder four = LedgerBuilder.ledger();
		four.branch("B1");
		four.members("B1", 5);
		for (int i = 1; i <= 4; i++) {
			four.member("away" + i, "B1").outstation();
		}
		assertThat(keys(check(four.build(), "2025-06-30"), GROUPS)).isEmpty();
		LedgerBuilder five = LedgerBuilder.ledger();
		five.branch("B1").name("第一支部");
		five.members("B1", 5);
		for (int i = 1; i <= 5; i++) {
			five.member("away" + i, "B1").outstation();
		}
		CheckResult result = check(five.build(), "2025-06-30");
		assertThat(keys(result, GROUPS)).containsExactly("ORG.GROUPS_REQUIRED|B1||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, GROUPS).get(0).message()).isEqualTo("第一支部有外驻站点党员5人，达到5人以上，但未划分党小组");
	}

}
