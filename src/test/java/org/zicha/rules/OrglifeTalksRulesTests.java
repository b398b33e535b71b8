package org.zicha.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/talks.drl: 谈心谈话 between committee members and with every other member.
 */
class OrglifeTalksRulesTests {

	private static final String FINDING_2025 = "TALKS.ANNUAL|B1||2025-01-01|2025-12-31 MINOR";

	/**
	 * A branch with a committee of three (secretary B1-m1) and two other members.
	 */
	private static LedgerBuilder branchWithCommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").committee("B1-m2", "B1-m3");
		l.members("B1", 5);
		return l;
	}

	/**
	 * Every talk the committee branch needs, but the one left out.
	 */
	private static void talksBut(LedgerBuilder l, String leftOut) {
		talkUnless(l, leftOut, "2025-03-10", "B1-m1", "B1-m2");
		talkUnless(l, leftOut, "2025-03-11", "B1-m3", "B1-m1");
		talkUnless(l, leftOut, "2025-03-12", "B1-m3", "B1-m2");
		talkUnless(l, leftOut, "2025-04-01", "B1-m2", "B1-m4");
		talkUnless(l, leftOut, "2025-04-02", "B1-m5", "B1-m3");
	}

	private static void talkUnless(LedgerBuilder l, String leftOut, String date, String by, String with) {
		if (!(by + "~" + with).equals(leftOut)) {
			l.talk(date, by, with);
		}
	}

	@Test
	void everyPairAndEveryMemberTalkedGivesNoFinding() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, null);
		assertThat(keys(check(l.build(), "2025-12-31"), "TALKS.ANNUAL")).isEmpty();
	}

	@Test
	void committeePairThatDidNotTalkIsAFinding() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m3~B1-m2");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		Map<String, Object> evidence = findings(result, "TALKS.ANNUAL").get(0).evidence();
		assertThat(evidence).containsEntry("missingPairs", List.of(List.of("B1-m2", "B1-m3")))
			.containsEntry("missingMembers", List.of());
		assertThat(findings(result, "TALKS.ANNUAL").get(0).message()).isEqualTo("B12025年谈心谈话未实现全覆盖（1对支部委员之间未开展谈心谈话）");
	}

	@Test
	void memberWhoTalkedWithNoCommitteeMemberIsAFinding() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m2~B1-m4");
		l.talk("2025-05-01", "B1-m4", "B1-m5");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingPairs", List.of())
			.containsEntry("missingMembers", List.of("B1-m4"));
		assertThat(findings(result, "TALKS.ANNUAL").get(0).message()).isEqualTo("B12025年谈心谈话未实现全覆盖（1名党员未开展谈心谈话）");
	}

	@Test
	void integrityReminderTalkDoesNotCount() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m5~B1-m3");
		l.integrityTalk("2025-04-02", "B1-m1", "B1-m5");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingMembers",
				List.of("B1-m5"));
	}

	@Test
	void evidenceListsEveryMissingPairAndMember() {
		LedgerBuilder l = branchWithCommittee();
		l.talk("2025-03-10", "B1-m1", "B1-m2");
		l.talk("2025-04-02", "B1-m5", "B1-m3");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence())
			.containsEntry("missingPairs", List.of(List.of("B1-m1", "B1-m3"), List.of("B1-m2", "B1-m3")))
			.containsEntry("missingMembers", List.of("B1-m4"));
		assertThat(findings(result, "TALKS.ANNUAL").get(0).message())
			.isEqualTo("B12025年谈心谈话未实现全覆盖（2对支部委员之间、1名党员未开展谈心谈话）");
	}

	@Test
	void talksOutsideTheYearDoNotCount() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m1~B1-m2");
		l.talk("2024-12-31", "B1-m1", "B1-m2");
		l.talk("2026-01-01", "B1-m1", "B1-m2");
		CheckResult result = check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingPairs",
				List.of(List.of("B1-m1", "B1-m2")));
	}

	@Test
	void memberTalksWithTheCommitteeOutsideTheYearDoNotCount() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m2~B1-m4");
		l.talk("2024-12-31", "B1-m4", "B1-m2");
		l.talk("2026-01-01", "B1-m3", "B1-m4");
		CheckResult result = check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingMembers",
				List.of("B1-m4"));
	}

	@Test
	void yearWithAMissedTalkIsAGapAndNotAlsoMet() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m5~B1-m3");
		assertThat(check(l.build(), "2025-12-31").dutyPeriods()).filteredOn((d) -> d.duty().equals("TALKS.ANNUAL"))
			.extracting((d) -> d.period().label() + " " + d.met())
			.containsExactly("2025年 false");
	}

	@Test
	void talksOnTheFirstAndLastDayOfTheYearCount() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m2~B1-m4");
		l.talk("2025-01-01", "B1-m2", "B1-m1");
		l.talk("2025-12-31", "B1-m4", "B1-m2");
		assertThat(keys(check(l.build(), "2025-12-31"), "TALKS.ANNUAL")).isEmpty();
	}

	@Test
	void memberWhoJoinedDuringTheYearIsNotRequired() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, null);
		l.member("X", "B1").joined("2025-05-12");
		l.member("Y", "B1").probationary("2025-01-02");
		assertThat(keys(check(l.build(), "2025-12-31"), "TALKS.ANNUAL")).isEmpty();
	}

	@Test
	void probationaryMemberCountedForTheYearIsRequired() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, null);
		l.member("Y", "B1").probationary("2024-06-30");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingMembers", List.of("Y"));
	}

	@Test
	void inABranchWithoutCommitteeEveryMemberTalksWithTheSecretary() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).secretary("B1-m1");
		l.members("B1", 4);
		l.talk("2025-06-01", "B1-m1", "B1-m2");
		l.talk("2025-06-02", "B1-m3", "B1-m1");
		l.talk("2025-06-03", "B1-m4", "B1-m1");
		assertThat(keys(check(l.build(), "2025-12-31"), "TALKS.ANNUAL")).isEmpty();
	}

	@Test
	void inABranchWithoutCommitteeATalkWithTheSecretaryOutsideTheYearDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).secretary("B1-m1");
		l.members("B1", 4);
		l.talk("2025-06-01", "B1-m1", "B1-m2");
		l.talk("2025-06-02", "B1-m3", "B1-m1");
		l.talk("2024-12-31", "B1-m4", "B1-m1");
		l.talk("2026-01-01", "B1-m1", "B1-m4");
		CheckResult result = check(l.build(), "2026-01-31", "2025-01-01", "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingMembers",
				List.of("B1-m4"));
	}

	@Test
	void inABranchWithoutCommitteeATalkWithAnotherMemberDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).secretary("B1-m1");
		l.members("B1", 4);
		l.talk("2025-06-01", "B1-m1", "B1-m2");
		l.talk("2025-06-02", "B1-m3", "B1-m1");
		l.talk("2025-06-03", "B1-m4", "B1-m2");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence()).containsEntry("missingPairs", List.of())
			.containsEntry("missingMembers", List.of("B1-m4"));
		assertThat(findings(result, "TALKS.ANNUAL").get(0).message()).isEqualTo("B12025年谈心谈话未实现全覆盖（1名党员未与支部书记开展谈心谈话）");
	}

	@Test
	void branchWithSevenFullMembersAndNoStatedCommitteeNeedsCommitteePairs() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").secretary("B1-m1").committee("B1-m2", "B1-m3");
		l.members("B1", 7);
		for (int i = 2; i <= 7; i++) {
			l.talk("2025-06-01", "B1-m1", "B1-m" + i);
		}
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly(FINDING_2025);
		assertThat(findings(result, "TALKS.ANNUAL").get(0).evidence())
			.containsEntry("missingPairs", List.of(List.of("B1-m2", "B1-m3")))
			.containsEntry("missingMembers", List.of());
	}

	@Test
	void openYearGivesANoticeSixtyDaysBeforeItsEnd() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, "B1-m1~B1-m2");
		CheckResult result = check(l.build(), "2025-11-01");
		assertThat(keys(result, "TALKS.ANNUAL")).containsExactly("TALKS.ANNUAL|B1||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, "TALKS.ANNUAL").get(0).message())
			.isEqualTo("B12025年谈心谈话尚未全覆盖（1对支部委员之间未谈），距年底还有60天");
		assertThat(keys(check(l.build(), "2025-10-31"), "TALKS.ANNUAL")).isEmpty();
	}

	@Test
	void openYearWithEveryTalkHeldGivesNoNotice() {
		LedgerBuilder l = branchWithCommittee();
		talksBut(l, null);
		assertThat(keys(check(l.build(), "2025-12-01"), "TALKS.ANNUAL")).isEmpty();
	}

}
