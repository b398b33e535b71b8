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
 * rules/orglife/pre-talks.drl: ORG_LIFE.PRE_TALKS, the secretary's talks in the 60 days
 * before a 组织生活会.
 */
class OrglifePreTalksRulesTests {

	private static final String PRE_TALKS = "ORG_LIFE.PRE_TALKS";

	/** A branch with a committee of three (s, c1, c2) and two other members. */
	private static LedgerBuilder branchWithCommittee() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部").hasCommittee(true).secretary("s").committee("s", "c1", "c2");
		l.member("s", "B1");
		l.member("c1", "B1");
		l.member("c2", "B1").name("钱明");
		l.member("m1", "B1");
		l.member("m2", "B1");
		return l;
	}

	@Test
	void talkOnTheSixtiethDayBeforeCountsAndOnTheSixtyFirstDoesNot() {
		LedgerBuilder l = branchWithCommittee();
		String meeting = l.activity("B1", "2025-12-10", ORG_LIFE_MEETING).id();
		l.talk("2025-10-11", "s", "c1");
		l.talk("2025-10-10", "s", "c2");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, PRE_TALKS))
			.containsExactly("ORG_LIFE.PRE_TALKS|B1|" + meeting + "|2025-12-10|2025-12-10 MINOR");
		assertThat(findings(result, PRE_TALKS).get(0).evidence()).containsEntry("missingMembers", List.of("c2"))
			.containsEntry("memberCount", 1);
		assertThat(findings(result, PRE_TALKS).get(0).message())
			.isEqualTo("第一支部2025年12月10日召开的组织生活会，会前60天内支部书记未与1名党员谈心谈话（钱明）");
	}

	@Test
	void talksWithEveryOtherCommitteeMemberInEitherDirectionMeetTheDuty() {
		LedgerBuilder l = branchWithCommittee();
		l.activity("B1", "2025-12-10", ORG_LIFE_MEETING);
		l.talk("2025-10-11", "s", "c1");
		l.talk("2025-12-10", "c2", "s");
		assertThat(keys(check(l.build(), "2025-12-31"), PRE_TALKS)).isEmpty();
	}

	@Test
	void integrityReminderIsNoHeartToHeartTalk() {
		LedgerBuilder l = branchWithCommittee();
		l.activity("B1", "2025-12-10", ORG_LIFE_MEETING);
		l.talk("2025-11-01", "s", "c1");
		l.integrityTalk("2025-11-01", "s", "c2");
		assertThat(keys(check(l.build(), "2025-12-31"), PRE_TALKS)).hasSize(1);
	}

	@Test
	void withoutACommitteeTheSecretaryTalksWithEveryCountedMember() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).secretary("s");
		l.member("s", "B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		l.member("late", "B1").joined("2025-12-01");
		l.activity("B1", "2025-11-20", ORG_LIFE_MEETING);
		l.talk("2025-11-01", "m1", "s");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(findings(result, PRE_TALKS)).singleElement()
			.satisfies((f) -> assertThat(f.evidence()).containsEntry("missingMembers", List.of("m2")));
	}

	@Test
	void branchWithoutASecretaryIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false);
		l.members("B1", 3);
		l.activity("B1", "2025-11-20", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), PRE_TALKS)).isEmpty();
	}

}
