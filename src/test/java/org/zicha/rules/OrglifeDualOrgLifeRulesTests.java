package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/dual-org-life.drl: DUAL_ORG_LIFE, a leader's attendance at the 组织生活会 of
 * their own branch or party group.
 */
class OrglifeDualOrgLifeRulesTests {

	private static final String DUAL = "DUAL_ORG_LIFE";

	@Test
	void leadingCadreAbsentFromTheBranchsMeetingIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("lead", "B1").name("周正").leaderCadre();
		l.members("B1", 3);
		l.activity("B1", "2025-12-05", ORG_LIFE_MEETING).attendees("B1-m1", "B1-m2", "B1-m3");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUAL)).containsExactly("DUAL_ORG_LIFE|B1|lead|2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, DUAL).get(0).message()).isEqualTo("周正（B1）作为党员领导干部，未参加所在党支部（党小组）2025年的组织生活会");
		assertThat(findings(result, DUAL).get(0).evidence()).containsEntry("activityIds", List.of("B1-a1"));
	}

	@Test
	void leadingCadreOnTheAttendeeListGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("lead", "B1").leaderCadre();
		l.members("B1", 3);
		l.activity("B1", "2025-12-05", ORG_LIFE_MEETING).attendees("lead", "B1-m1", "B1-m2");
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL)).isEmpty();
	}

	@Test
	void memberOfTheRootCommitteeListedOnlyAtAnotherBranchsMeetingIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("sec").committee("sec", "deputy");
		l.branch("B1").parent("R");
		l.branch("B2").parent("R");
		l.member("sec", "B1");
		l.member("deputy", "B1");
		l.member("other", "B2");
		l.activity("B1", "2025-11-20", ORG_LIFE_MEETING).attendees("sec");
		l.activity("B2", "2025-11-25", ORG_LIFE_MEETING).attendees("other", "deputy");
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL))
			.containsExactly("DUAL_ORG_LIFE|B1|deputy|2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void leaderAttendingTheMeetingOfTheirPartyGroupMeetsTheDuty() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.group("G1", "B1");
		l.member("lead", "B1").group("G1").leaderCadre();
		l.member("m1", "B1").group("G1");
		l.activity("G1", "2025-12-05", ORG_LIFE_MEETING).attendees("lead", "m1");
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL)).isEmpty();
	}

	@Test
	void meetingWithoutAnAttendeeListIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("lead", "B1").leaderCadre();
		l.activity("B1", "2025-12-05", ORG_LIFE_MEETING).expected(4).present(3);
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL)).isEmpty();
	}

	@Test
	void anOpenYearIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("lead", "B1").leaderCadre();
		l.member("m1", "B1");
		l.activity("B1", "2025-06-05", ORG_LIFE_MEETING).attendees("m1");
		assertThat(keys(check(l.build(), "2025-12-30"), DUAL)).isEmpty();
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL))
			.containsExactly("DUAL_ORG_LIFE|B1|lead|2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void memberWhoIsNoLeaderOwesNothingHere() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		l.activity("B1", "2025-12-05", ORG_LIFE_MEETING).attendees("m1");
		assertThat(keys(check(l.build(), "2025-12-31"), DUAL)).isEmpty();
	}

}
