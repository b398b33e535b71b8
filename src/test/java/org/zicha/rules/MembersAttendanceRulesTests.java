package org.zicha.rules;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.ledger.ActivityType;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.ledger.ActivityType.GROUP_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/members/months.drl (a member's organisational life per closed month) and
 * rules/members/attendance.drl: MEMBER.INACTIVE and MEMBER.LAPSED.
 */
class MembersAttendanceRulesTests {

	@Test
	void memberWhoAttendedAnEventInEveryQuarterGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-01-01", THEME_DAY).attendees("B1-m1", "B1-m2");
		l.activity("B1", "2025-06-30", MEMBER_ASSEMBLY).attendees("B1-m1", "B1-m2");
		assertThat(keys(check(l.build(), "2025-06-30"), "MEMBER.INACTIVE")).isEmpty();
	}

	@Test
	void memberWhoMissedEveryEventOfAQuarterIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		String theme = l.activity("B1", "2025-01-15", THEME_DAY).attendees("B1-m1").id();
		String lecture = l.activity("B1", "2025-03-31", PARTY_LECTURE).attendees("B1-m1").id();
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "MEMBER.INACTIVE"))
			.containsExactly("MEMBER.INACTIVE|B1|B1-m2|2025-01-01|2025-03-31 MINOR");
		assertThat(findings(result, "MEMBER.INACTIVE").get(0).evidence()).containsEntry("heldCount", 2)
			.containsEntry("attended", 0)
			.containsEntry("activityIds", List.of(theme, lecture));
	}

	@ParameterizedTest
	@EnumSource(names = { "MEMBER_ASSEMBLY", "GROUP_MEETING", "PARTY_LECTURE", "THEME_DAY", "ORG_LIFE_MEETING",
			"MEMBER_REVIEW" })
	void everyOrgLifeEventTypeCountsAsOrganisationalLife(ActivityType type) {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-02-10", type).attendees("B1-m1");
		assertThat(keys(check(l.build(), "2025-03-31"), "MEMBER.INACTIVE"))
			.containsExactly("MEMBER.INACTIVE|B1|B1-m2|2025-01-01|2025-03-31 MINOR");
	}

	@ParameterizedTest
	@EnumSource(names = { "BRANCH_COMMITTEE", "LEADERSHIP_LIFE_MEETING", "COMMITTEE_MEETING", "CENTRAL_GROUP_STUDY",
			"STAFF_FORUM", "ELECTION" })
	void otherEventTypesAreNotOrganisationalLifeForMembers(ActivityType type) {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-02-10", type).attendees("B1-m1");
		assertThat(keys(check(l.build(), "2025-03-31"), "MEMBER.INACTIVE")).isEmpty();
	}

	@Test
	void quarterWithoutAnEventWithAnAttendeeListGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-02-10", MEMBER_ASSEMBLY).expected(2).present(1);
		assertThat(keys(check(l.build(), "2025-03-31"), "MEMBER.INACTIVE")).isEmpty();
	}

	@Test
	void eventsOfTheMembersOwnGroupCountAndThoseOfAnotherGroupDoNot() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.group("G1", "B1");
		l.group("G2", "B1");
		l.member("m1", "B1").group("G1");
		l.member("m2", "B1").group("G2");
		l.member("m3", "B1").group("G1");
		// Q1: each group met; m1 missed the meeting of G1
		l.activity("G1", "2025-01-10", GROUP_MEETING).attendees("m3");
		l.activity("G2", "2025-01-10", GROUP_MEETING).attendees("m2");
		// Q2: only G2 met; for G1's members nothing was held
		l.activity("G2", "2025-04-10", GROUP_MEETING).attendees("m2");
		// Q3: m1 sat in on G2's meeting instead of G1's
		l.activity("G1", "2025-07-10", GROUP_MEETING).attendees("m3");
		l.activity("G2", "2025-07-10", GROUP_MEETING).attendees("m1", "m2");
		// Q4: the branch's theme day counts for the members of every group
		l.activity("B1", "2025-10-10", THEME_DAY).attendees("m1");
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER.INACTIVE")).containsExactly(
				"MEMBER.INACTIVE|B1|m1|2025-01-01|2025-03-31 MINOR",
				"MEMBER.INACTIVE|B1|m1|2025-07-01|2025-09-30 MINOR",
				"MEMBER.INACTIVE|B1|m2|2025-10-01|2025-12-31 MINOR",
				"MEMBER.INACTIVE|B1|m3|2025-10-01|2025-12-31 MINOR");
	}

	@Test
	void memberJoiningMidQuarterIsNotCountedForThatQuarter() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("transferred", "B1").joined("2025-02-10");
		l.member("admitted", "B1").probationary("2025-03-01");
		l.member("fromFirstDay", "B1").joined("2025-04-01");
		l.activity("B1", "2025-03-15", THEME_DAY).attendees("m1");
		l.activity("B1", "2025-05-15", THEME_DAY).attendees("m1");
		assertThat(keys(check(l.build(), "2025-06-30"), "MEMBER.INACTIVE")).containsExactly(
				"MEMBER.INACTIVE|B1|admitted|2025-04-01|2025-06-30 MINOR",
				"MEMBER.INACTIVE|B1|fromFirstDay|2025-04-01|2025-06-30 MINOR",
				"MEMBER.INACTIVE|B1|transferred|2025-04-01|2025-06-30 MINOR");
	}

	@Test
	void memberLeavingMidQuarterIsNotCountedForThatQuarter() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1").left("2025-03-31");
		l.activity("B1", "2025-03-15", THEME_DAY).attendees("m1");
		assertThat(keys(check(l.build(), "2025-03-31"), "MEMBER.INACTIVE")).isEmpty();
	}

	@Test
	void openQuarterGivesNoNotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-04-15", THEME_DAY).attendees("B1-m1");
		assertThat(keys(check(l.build(), "2025-06-29", "2025-04-01", "2025-06-29"), "MEMBER.INACTIVE")).isEmpty();
		assertThat(keys(check(l.build(), "2025-06-30", "2025-04-01", "2025-06-30"), "MEMBER.INACTIVE"))
			.containsExactly("MEMBER.INACTIVE|B1|B1-m2|2025-04-01|2025-06-30 MINOR");
	}

	@Test
	void openQuarterIsNotConcludedForAMemberUntilItEnds() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-04-15", THEME_DAY).attendees("B1-m1");
		CheckResult open = check(l.build(), "2025-05-20");
		assertThat(open.dutyPeriods()).filteredOn((d) -> d.duty().equals("MEMBER.INACTIVE")).isEmpty();
		CheckResult ended = check(l.build(), "2025-06-30");
		assertThat(ended.dutyPeriods()).filteredOn((d) -> d.duty().equals("MEMBER.INACTIVE"))
			.extracting((d) -> d.subject().id() + " " + d.period().label() + " " + d.met())
			.containsExactly("B1-m2 2025年第二季度 false");
	}

	@Test
	void evidenceOfAnInactiveMemberCarriesTheOutstationAndMobileFlags() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("station", "B1").outstation();
		l.member("mobile", "B1").mobile();
		l.activity("B1", "2025-02-15", THEME_DAY).attendees("m1");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(findings(result, "MEMBER.INACTIVE"))
			.extracting((f) -> f.subject().id(), (f) -> f.evidence().get("outstation"),
					(f) -> f.evidence().get("mobile"))
			.containsExactly(tuple("mobile", false, true), tuple("station", true, false));
	}

	@Test
	void exemptedMemberQuarterMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 3);
		l.activity("B1", "2025-02-15", THEME_DAY).attendees("B1-m1");
		l.exemption("MEMBER.INACTIVE", "B1", "B1-m2", "2025-01-01", "2025-06-30");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, "MEMBER.INACTIVE"))
			.containsExactly("MEMBER.INACTIVE|B1|B1-m3|2025-01-01|2025-03-31 MINOR");
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("MEMBER.INACTIVE|B1|B1-m2|2025-01-01|2025-03-31");
	}

	@Test
	void sixMissedMonthsInARowAreOneMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		List<String> missed = attendedOnlyBy(l, "B1", "m1", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05",
				"2025-06");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, "MEMBER.LAPSED")).containsExactly("MEMBER.LAPSED|B1|m2|2025-01-01|2025-06-30 MAJOR");
		assertThat(findings(result, "MEMBER.LAPSED").get(0).evidence()).containsEntry("monthCount", 6)
			.containsEntry("months", List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"))
			.containsEntry("activityIds", missed);
	}

	@Test
	void fiveMissedMonthsAreNoLapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		attendedOnlyBy(l, "B1", "m1", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
		l.activity("B1", "2025-06-15", THEME_DAY).attendees("m1", "m2");
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER.LAPSED")).isEmpty();
	}

	@Test
	void attendingOnceBreaksTheRunSoFiveThenSixMissedMonthsAreOneFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		attendedOnlyBy(l, "B1", "m1", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
		l.activity("B1", "2025-06-15", THEME_DAY).attendees("m1", "m2");
		attendedOnlyBy(l, "B1", "m1", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12");
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER.LAPSED"))
			.containsExactly("MEMBER.LAPSED|B1|m2|2025-07-01|2025-12-31 MAJOR");
	}

	@Test
	void monthsWithoutAnEventWithAnAttendeeListNeitherCountNorBreakTheRun() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		attendedOnlyBy(l, "B1", "m1", "2025-01", "2025-02", "2025-04", "2025-05", "2025-07");
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).expected(2).present(2);
		CheckResult sevenMonths = check(l.build(), "2025-07-31");
		assertThat(keys(sevenMonths, "MEMBER.LAPSED")).isEmpty();
		attendedOnlyBy(l, "B1", "m1", "2025-08");
		CheckResult result = check(l.build(), "2025-08-31");
		assertThat(keys(result, "MEMBER.LAPSED")).containsExactly("MEMBER.LAPSED|B1|m2|2025-01-01|2025-08-31 MAJOR");
		assertThat(findings(result, "MEMBER.LAPSED").get(0).evidence()).containsEntry("monthCount", 6)
			.containsEntry("months", List.of("2025-01", "2025-02", "2025-04", "2025-05", "2025-07", "2025-08"));
	}

	@Test
	void runOfTwelveMissedMonthsIsTwoFindingsAndOfSevenOne() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("twelve", "B1");
		l.member("seven", "B1");
		for (int month = 1; month <= 12; month++) {
			l.activity("B1", "2025-%02d-15".formatted(month), THEME_DAY)
				.attendees((month <= 7) ? List.of("m1") : List.of("m1", "seven"));
		}
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER.LAPSED")).containsExactly(
				"MEMBER.LAPSED|B1|seven|2025-01-01|2025-06-30 MAJOR",
				"MEMBER.LAPSED|B1|twelve|2025-01-01|2025-06-30 MAJOR",
				"MEMBER.LAPSED|B1|twelve|2025-07-01|2025-12-31 MAJOR");
	}

	@Test
	void aRunBegunBeforeFromIsCountedWholeAndKeepsItsKey() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("m2", "B1");
		attendedOnlyBy(l, "B1", "m1", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04",
				"2025-05", "2025-06");
		String key = "MEMBER.LAPSED|B1|m2|2024-10-01|2025-03-31 MAJOR";
		assertThat(keys(check(l.build(), "2025-02-28"), "MEMBER.LAPSED")).isEmpty();
		assertThat(keys(check(l.build(), "2025-03-31"), "MEMBER.LAPSED")).containsExactly(key);
		assertThat(keys(check(l.build(), "2025-03-31", "2025-03-01", "2025-03-31"), "MEMBER.LAPSED"))
			.containsExactly(key);
		assertThat(keys(check(l.build(), "2025-06-30"), "MEMBER.LAPSED")).containsExactly(key);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-04-01", "2025-06-30"), "MEMBER.LAPSED")).isEmpty();
	}

	@Test
	void missedMeetingsOfTheMembersOwnGroupMakeALapse() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.group("G1", "B1");
		l.group("G2", "B1");
		l.member("m1", "B1").group("G1");
		l.member("m2", "B1").group("G1");
		l.member("m3", "B1").group("G2");
		for (int month = 1; month <= 6; month++) {
			l.activity("G1", "2025-%02d-10".formatted(month), GROUP_MEETING).attendees("m2");
		}
		assertThat(keys(check(l.build(), "2025-06-30"), "MEMBER.LAPSED"))
			.containsExactly("MEMBER.LAPSED|B1|m1|2025-01-01|2025-06-30 MAJOR");
	}

	@Test
	void monthsBeforeAMemberJoinedAreNotMissed() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("newcomer", "B1").joined("2025-03-10");
		for (int month = 1; month <= 12; month++) {
			l.activity("B1", "2025-%02d-15".formatted(month), THEME_DAY).attendees("m1");
		}
		assertThat(keys(check(l.build(), "2025-12-31"), "MEMBER.LAPSED"))
			.containsExactly("MEMBER.LAPSED|B1|newcomer|2025-04-01|2025-09-30 MAJOR");
	}

	@Test
	void evidenceOfALapseCarriesTheOutstationAndMobileFlags() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("m1", "B1");
		l.member("station", "B1").outstation();
		l.member("mobile", "B1").mobile().outstation();
		attendedOnlyBy(l, "B1", "m1", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(findings(result, "MEMBER.LAPSED"))
			.extracting((f) -> f.subject().id(), (f) -> f.evidence().get("outstation"),
					(f) -> f.evidence().get("mobile"))
			.containsExactly(tuple("mobile", true, true), tuple("station", true, false));
	}

	/**
	 * One theme day on the 15th of each month, attended by one member only.
	 * @return the ids of the theme days
	 */
	private static List<String> attendedOnlyBy(LedgerBuilder l, String org, String attendee, String... months) {
		return Arrays.stream(months)
			.map((month) -> l.activity(org, month + "-15", THEME_DAY).attendees(attendee).id())
			.toList();
	}

	@Test
	void lapseStatesTheWholeRunUpToTheAsOfDay() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部");
		l.member("m1", "B1");
		l.member("m2", "B1").name("李四");
		l.activity("B1", "2025-03-15", THEME_DAY).attendees("m1", "m2");
		attendedOnlyBy(l, "B1", "m1", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
				"2025-11", "2025-12");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "MEMBER.LAPSED")).containsExactly("MEMBER.LAPSED|B1|m2|2025-04-01|2025-09-30 MAJOR");
		Finding lapse = findings(result, "MEMBER.LAPSED").get(0);
		assertThat(lapse.evidence()).containsEntry("runFrom", "2025-04").containsEntry("runMonths", 9);
		assertThat(lapse.message()).isEqualTo("李四（第一支部）自2025年4月起已连续9个月未参加党的组织生活");
		CheckResult earlier = check(l.build(), "2025-10-31");
		assertThat(keys(earlier, "MEMBER.LAPSED")).containsExactly("MEMBER.LAPSED|B1|m2|2025-04-01|2025-09-30 MAJOR");
		assertThat(findings(earlier, "MEMBER.LAPSED").get(0).evidence()).containsEntry("runMonths", 7);
	}

}
