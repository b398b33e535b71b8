package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/orglife/quorum.drl: more than half of the committee at a 支委会, more than half of
 * the members expected at a 党员大会.
 */
class OrglifeQuorumRulesTests {

	private static final String COMMITTEE_QUORUM = "SHYK.COMMITTEE_QUORUM";

	private static final String ASSEMBLY_QUORUM = "SHYK.ASSEMBLY_QUORUM";

	/**
	 * A branch with a committee of four (B1-m1 … B1-m4, secretary B1-m1) and four other
	 * members.
	 */
	private static LedgerBuilder branchWithCommitteeOfFour() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").deputies("B1-m2").committee("B1-m3", "B1-m4");
		l.members("B1", 8);
		return l;
	}

	@Test
	void committeeMeetingWithMoreThanHalfOfTheCommitteeGivesNoFinding() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m2", "B1-m4");
		assertThat(keys(check(l.build(), "2025-12-31"), COMMITTEE_QUORUM)).isEmpty();
	}

	@Test
	void threeOfAFiveMemberCommitteeAreMoreThanHalfButTwoAreNot() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").committee("B1-m2", "B1-m3", "B1-m4", "B1-m5");
		l.members("B1", 7);
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m2", "B1-m3", "B1-m6");
		String two = l.activity("B1", "2025-04-10", BRANCH_COMMITTEE).attendees("B1-m4", "B1-m5", "B1-m7").id();
		assertThat(keys(check(l.build(), "2025-12-31"), COMMITTEE_QUORUM))
			.containsExactly("SHYK.COMMITTEE_QUORUM|B1|" + two + "|2025-04-10|2025-04-10 MINOR");
	}

	@Test
	void sixOfTenExpectedAreMoreThanHalfButFiveAreNot() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-10", MEMBER_ASSEMBLY).expected(10).present(6);
		String five = l.activity("B1", "2025-06-10", MEMBER_ASSEMBLY).expected(10).present(5).id();
		assertThat(keys(check(l.build(), "2025-12-31"), ASSEMBLY_QUORUM))
			.containsExactly("SHYK.ASSEMBLY_QUORUM|B1|" + five + "|2025-06-10|2025-06-10 MINOR");
	}

	@Test
	void committeeMeetingWithHalfTheCommitteeIsAFinding() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		String id = l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m3").id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, COMMITTEE_QUORUM))
			.containsExactly("SHYK.COMMITTEE_QUORUM|B1|" + id + "|2025-03-10|2025-03-10 MINOR");
		Finding finding = findings(result, COMMITTEE_QUORUM).get(0);
		assertThat(finding.subject().kind()).isEqualTo(Subject.Kind.ACTIVITY);
		assertThat(finding.evidence()).containsEntry("present", 2)
			.containsEntry("total", 4)
			.containsEntry("presentIds", List.of("B1-m1", "B1-m3"));
	}

	@Test
	void meetingsWithExactlyHalfPresentAreGapsAndNotAlsoMet() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m3");
		l.activity("B1", "2025-04-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m2", "B1-m3");
		l.activity("B1", "2025-05-15", MEMBER_ASSEMBLY).expected(8).present(4);
		l.activity("B1", "2025-06-15", MEMBER_ASSEMBLY).expected(8).present(5);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().endsWith("_QUORUM"))
			.extracting((d) -> d.duty() + " " + d.period().from() + " " + d.met())
			.containsExactlyInAnyOrder("SHYK.COMMITTEE_QUORUM 2025-03-10 false",
					"SHYK.COMMITTEE_QUORUM 2025-04-10 true", "SHYK.ASSEMBLY_QUORUM 2025-05-15 false",
					"SHYK.ASSEMBLY_QUORUM 2025-06-15 true");
	}

	@Test
	void attendeesOffTheCommitteeDoNotCountForItsQuorum() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		String id = l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m5", "B1-m6", "B1-m7").id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, COMMITTEE_QUORUM))
			.containsExactly("SHYK.COMMITTEE_QUORUM|B1|" + id + "|2025-03-10|2025-03-10 MINOR");
		assertThat(findings(result, COMMITTEE_QUORUM).get(0).evidence()).containsEntry("present", 1)
			.containsEntry("presentIds", List.of("B1-m1"));
	}

	@Test
	void withoutAttendeeListTheNumberPresentDecides() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).present(3);
		String half = l.activity("B1", "2025-04-10", BRANCH_COMMITTEE).present(2).id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, COMMITTEE_QUORUM))
			.containsExactly("SHYK.COMMITTEE_QUORUM|B1|" + half + "|2025-04-10|2025-04-10 MINOR");
	}

	@Test
	void committeeMeetingWithNeitherAttendeesNorNumberPresentIsNotJudged() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE);
		assertThat(keys(check(l.build(), "2025-12-31"), COMMITTEE_QUORUM)).isEmpty();
	}

	@Test
	void committeeOfThreeNeedsTwo() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").committee("B1-m2", "B1-m3");
		l.members("B1", 3);
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m2", "B1-m3");
		String id = l.activity("B1", "2025-04-10", BRANCH_COMMITTEE).attendees("B1-m1").id();
		assertThat(keys(check(l.build(), "2025-12-31"), COMMITTEE_QUORUM))
			.containsExactly("SHYK.COMMITTEE_QUORUM|B1|" + id + "|2025-04-10|2025-04-10 MINOR");
	}

	@Test
	void committeeMeetingOfABranchWithoutCommitteeIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(false).secretary("B1-m1").committee("B1-m2", "B1-m3");
		l.members("B1", 5);
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m4", "B1-m5");
		assertThat(keys(check(l.build(), "2025-12-31"), COMMITTEE_QUORUM)).isEmpty();
	}

	@Test
	void committeeMeetingWithoutQuorumStillCountsAsHeld() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1");
		CheckResult result = check(l.build(), "2025-03-31", "2025-03-01", "2025-03-31");
		assertThat(keys(result, COMMITTEE_QUORUM)).hasSize(1);
		assertThat(keys(result, "SHYK.COMMITTEE")).isEmpty();
	}

	@Test
	void committeeMeetingIsReportedOnlyWhenItsDayIsInsideTheWindow() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		String id = l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1").id();
		String key = "SHYK.COMMITTEE_QUORUM|B1|" + id + "|2025-03-10|2025-03-10 MINOR";
		assertThat(keys(check(l.build(), "2025-06-30", "2025-03-10", "2025-06-30"), COMMITTEE_QUORUM))
			.containsExactly(key);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-03-11", "2025-06-30"), COMMITTEE_QUORUM)).isEmpty();
		assertThat(keys(check(l.build(), "2025-06-30", "2025-01-01", "2025-03-10"), COMMITTEE_QUORUM))
			.containsExactly(key);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-01-01", "2025-03-09"), COMMITTEE_QUORUM)).isEmpty();
	}

	@Test
	void committeeMeetingAfterTheAsOfDayIsNotReported() {
		LedgerBuilder l = branchWithCommitteeOfFour();
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).attendees("B1-m1");
		assertThat(keys(check(l.build(), "2025-03-09", "2025-01-01", "2025-12-31"), COMMITTEE_QUORUM)).isEmpty();
		assertThat(keys(check(l.build(), "2025-03-10", "2025-01-01", "2025-12-31"), COMMITTEE_QUORUM)).hasSize(1);
	}

	@Test
	void assemblyWithMoreThanHalfOfThoseExpectedGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 9);
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).expected(8).present(5);
		l.activity("B1", "2025-06-15", MEMBER_ASSEMBLY).expected(9).present(5);
		l.activity("B1", "2025-09-15", MEMBER_ASSEMBLY)
			.expected(9)
			.attendees("B1-m1", "B1-m2", "B1-m3", "B1-m4", "B1-m5");
		assertThat(keys(check(l.build(), "2025-12-31"), ASSEMBLY_QUORUM)).isEmpty();
	}

	@Test
	void assemblyWithHalfOfThoseExpectedIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 8);
		String id = l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY, THEME_DAY).expected(8).present(4).id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, ASSEMBLY_QUORUM))
			.containsExactly("SHYK.ASSEMBLY_QUORUM|B1|" + id + "|2025-03-15|2025-03-15 MINOR");
		assertThat(findings(result, ASSEMBLY_QUORUM).get(0).evidence()).containsEntry("present", 4)
			.containsEntry("total", 8);
	}

	@Test
	void assemblyWithExpectedOrPresentUnknownAndNoAttendeeListIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 8);
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).present(1);
		l.activity("B1", "2025-09-15", MEMBER_ASSEMBLY).expected(8);
		assertThat(keys(check(l.build(), "2025-12-31"), ASSEMBLY_QUORUM)).isEmpty();
	}

	@Test
	void assemblyWithAnAttendeeListIsJudgedByTheFullMembersListed() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部");
		l.members("B1", 8);
		l.member("p1", "B1").probationary("2025-01-10");
		l.member("p2", "B1").probationary("2025-01-10");
		String four = l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY)
			.expected(10)
			.attendees("B1-m1", "B1-m2", "B1-m3", "B1-m4", "p1", "p2")
			.id();
		l.activity("B1", "2025-06-15", MEMBER_ASSEMBLY)
			.expected(10)
			.attendees("B1-m1", "B1-m2", "B1-m3", "B1-m4", "B1-m5");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, ASSEMBLY_QUORUM))
			.containsExactly("SHYK.ASSEMBLY_QUORUM|B1|" + four + "|2025-03-15|2025-03-15 MINOR");
		assertThat(findings(result, ASSEMBLY_QUORUM).get(0).evidence()).containsEntry("present", 4)
			.containsEntry("total", 8)
			.containsEntry("presentIds", List.of("B1-m1", "B1-m2", "B1-m3", "B1-m4"));
		assertThat(findings(result, ASSEMBLY_QUORUM).get(0).message())
			.isEqualTo("第一支部2025年3月15日召开的党员大会到会正式党员4人，未超过有表决权的正式党员8人的半数");
	}

	@Test
	void assemblyWithNoneExpectedIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 8);
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).expected(0).present(0);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, ASSEMBLY_QUORUM)).isEmpty();
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals(ASSEMBLY_QUORUM)).isEmpty();
	}

	@Test
	void assemblyIsReportedOnlyWhenItsDayIsInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", OrgKind.COMMITTEE).parent("R");
		l.branch("B1").parent("C1");
		String id = l.activity("B1", "2025-06-30", MEMBER_ASSEMBLY).expected(10).present(3).id();
		String key = "SHYK.ASSEMBLY_QUORUM|B1|" + id + "|2025-06-30|2025-06-30 MINOR";
		assertThat(keys(check(l.build(), "2025-09-30", "2025-04-01", "2025-06-30"), ASSEMBLY_QUORUM))
			.containsExactly(key);
		assertThat(keys(check(l.build(), "2025-09-30", "2025-07-01", "2025-09-30"), ASSEMBLY_QUORUM)).isEmpty();
		assertThat(keys(check(l.build(), "2025-09-30", "2025-01-01", "2025-06-29"), ASSEMBLY_QUORUM)).isEmpty();
	}

}
