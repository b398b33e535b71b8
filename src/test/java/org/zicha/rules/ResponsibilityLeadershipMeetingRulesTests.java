package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.LEADERSHIP_LIFE_MEETING;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/responsibility/leadership-meeting.drl: LEADERSHIP_LIFE.PRE_TALKS (talks between
 * the members of the root's committee before a 民主生活会) and LEADERSHIP_LIFE.QUORUM (two
 * thirds present).
 */
class ResponsibilityLeadershipMeetingRulesTests {

	private static final String PRE_TALKS = "LEADERSHIP_LIFE.PRE_TALKS";

	private static final String QUORUM = "LEADERSHIP_LIFE.QUORUM";

	/** A root 党组 with a committee of three, whose members belong to two branches. */
	private static LedgerBuilder root() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").name("局党组").secretary("a").committee("a", "b", "c");
		l.branch("B1").parent("R");
		l.branch("B2").parent("R");
		l.member("a", "B1").name("甲");
		l.member("b", "B1").name("乙");
		l.member("c", "B2").name("丙");
		return l;
	}

	@Test
	void pairWhoseOnlyTalkWasOnTheSixtyFirstDayBeforeIsAFinding() {
		LedgerBuilder l = root();
		String meeting = l.activity("R", "2025-12-10", LEADERSHIP_LIFE_MEETING).id();
		l.talk("2025-10-11", "a", "b");
		l.talk("2025-11-15", "c", "a");
		l.talk("2025-10-10", "b", "c");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, PRE_TALKS))
			.containsExactly("LEADERSHIP_LIFE.PRE_TALKS|R|" + meeting + "|2025-12-10|2025-12-10 MINOR");
		assertThat(findings(result, PRE_TALKS).get(0).evidence())
			.containsEntry("missingPairs", List.of(List.of("b", "c")))
			.containsEntry("pairCount", 1);
		assertThat(findings(result, PRE_TALKS).get(0).message())
			.isEqualTo("局党组2025年12月10日召开的民主生活会，会前60天内有1对班子成员之间未开展谈心谈话（乙、丙）");
	}

	@Test
	void everyPairTalkingWithinTheSixtyDaysMeetsTheDuty() {
		LedgerBuilder l = root();
		l.activity("R", "2025-12-10", LEADERSHIP_LIFE_MEETING);
		l.talk("2025-10-11", "a", "b");
		l.talk("2025-11-15", "c", "a");
		l.talk("2025-12-01", "b", "c");
		assertThat(keys(check(l.build(), "2025-12-31"), PRE_TALKS)).isEmpty();
	}

	@Test
	void twoThirdsPresentExactlyMeetsTheQuorum() {
		LedgerBuilder l = root();
		l.activity("R", "2025-01-20", LEADERSHIP_LIFE_MEETING).expected(9).present(6);
		l.activity("R", "2025-06-20", LEADERSHIP_LIFE_MEETING).expected(3).present(2);
		assertThat(keys(check(l.build(), "2025-12-31"), QUORUM)).isEmpty();
	}

	@Test
	void fewerThanTwoThirdsPresentIsAFinding() {
		LedgerBuilder l = root();
		String meeting = l.activity("R", "2025-01-20", LEADERSHIP_LIFE_MEETING).expected(9).present(5).id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, QUORUM))
			.containsExactly("LEADERSHIP_LIFE.QUORUM|R|" + meeting + "|2025-01-20|2025-01-20 MINOR");
		assertThat(findings(result, QUORUM).get(0).message()).isEqualTo("局党组2025年1月20日召开的民主生活会实到5人，未达到应到9人的三分之二");
	}

	@Test
	void meetingWithoutTheNumbersIsNotJudgedForItsQuorum() {
		LedgerBuilder l = root();
		l.activity("R", "2025-01-20", LEADERSHIP_LIFE_MEETING).present(2);
		assertThat(keys(check(l.build(), "2025-12-31"), QUORUM)).isEmpty();
	}

}
