package org.zicha.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.zicha.ledger.AgendaKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.CENTRAL_GROUP_STUDY;
import static org.zicha.ledger.ActivityType.COMMITTEE_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;

/**
 * The figures of the stats block against a hand count on a small ledger, checked as of 30
 * June 2025 (window January to June).
 */
class StatisticsTests {

	private final Map<String, Object> stats = check(ledger(), "2025-06-30").stats();

	private static org.zicha.ledger.Ledger ledger() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("B1-m1");
		l.branch("B1").parent("R").hasCommittee(true).committee("B1-m1", "B1-m2", "B1-m3").secretary("B1-m1");
		l.members("B1", 4);
		l.member("P1", "B1").probationary("2025-01-10");
		l.branch("B2").parent("R").secretary("B2-m1");
		l.members("B2", 2);
		l.member("C1", "B2").admitted("2024-01-05").converted("2025-01-20");
		l.activity("R", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1").item(AgendaKind.PARTY_BUILDING);
		l.activity("R", "2025-03-10", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.IDEOLOGY);
		l.activity("R", "2025-05-10", COMMITTEE_MEETING).item(AgendaKind.OTHER).item(AgendaKind.STRICT_GOVERNANCE);
		l.activity("R", "2025-06-05", COMMITTEE_MEETING).urgent().item(AgendaKind.MAJOR_DECISION);
		l.activity("R", "2025-02-12", CENTRAL_GROUP_STUDY);
		l.activity("R", "2025-04-12", CENTRAL_GROUP_STUDY);
		l.activity("R", "2025-02-01", STAFF_FORUM);
		for (int month = 1; month <= 6; month++) {
			l.activity("B1", "2025-0" + month + "-15", THEME_DAY);
			l.activity("B1", "2025-0" + month + "-05", BRANCH_COMMITTEE);
		}
		l.activity("B2", "2025-01-16", THEME_DAY);
		l.activity("B2", "2025-02-16", THEME_DAY);
		l.activity("B2", "2025-04-16", THEME_DAY);
		l.activity("B1", "2025-02-15", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-05-15", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-03-01", PARTY_LECTURE).lecturer("B1-m1");
		l.activity("B1", "2025-03-20", ORG_LIFE_MEETING);
		l.talk("2025-03-01", "B1-m1", "B1-m2");
		l.talk("2025-03-02", "B1-m1", "B1-m3");
		l.talk("2025-04-01", "B2-m1", "B2-m2");
		l.integrityTalk("2025-04-02", "B2-m1", "C1");
		l.directive("D1", "2025-01-03");
		l.directive("D2", "2025-03-01");
		l.applicant("A1", "B1", "2025-03-03");
		l.applicant("A2", "B1", "2024-01-01").activist("2024-02-01");
		l.applicant("A3", "B2", "2023-01-01").activist("2023-02-01").candidate("2024-03-01");
		for (String member : List.of("B1-m1", "B1-m2", "B1-m3", "B1-m4", "B2-m1", "C1")) {
			l.dues(member, "2025-01-05", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
		}
		l.dues("P1", "2025-03-05", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
		return l.build();
	}

	@Test
	void countsMembersOnTheAsOfDay() {
		assertThat(this.stats.get("members"))
			.isEqualTo(Map.of("total", 8, "full", 7L, "probationary", 1L, "outstation", 0L, "mobile", 0L));
	}

	@Test
	void countsCommitteeMeetingsAndTheirItemsWithUrgentMeetingsApart() {
		assertThat(this.stats.get("committeeMeetings")).isEqualTo(Map.of("held", 4, "urgent", 1L, "withPartyBuilding",
				1L, "withIdeology", 1L, "withStrictGovernance", 1L, "firstItemStudy", 2L));
		assertThat(this.stats.get("firstAgenda"))
			.isEqualTo(Map.of("studyItems", 2L, "directives", 2L, "studiedInTime", 1L, "studiedLateOrNot", 1L));
		assertThat(this.stats.get("centralGroupStudies")).isEqualTo(2);
		assertThat(this.stats.get("committees")).asList().isEmpty();
	}

	@Test
	void theRootsFiguresAreItsOwnAndACommitteeBelowItHasItsOwn() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").name("市水务局党组");
		l.org("C", org.zicha.ledger.OrgKind.COMMITTEE).name("市水务局机关党委").parent("R");
		l.branch("B1").parent("C");
		l.members("B1", 3);
		l.activity("R", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.PARTY_BUILDING);
		l.activity("R", "2025-02-10", COMMITTEE_MEETING).item(AgendaKind.OTHER).item(AgendaKind.STUDY);
		l.activity("R", "2025-03-12", CENTRAL_GROUP_STUDY);
		l.activity("C", "2025-01-20", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.IDEOLOGY);
		l.activity("C", "2025-02-20", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		l.activity("C", "2025-03-20", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		Map<String, Object> stats = check(l.build(), "2025-06-30").stats();
		assertThat(stats.get("committeeMeetings")).isEqualTo(Map.of("held", 2, "urgent", 0L, "withPartyBuilding", 1L,
				"withIdeology", 0L, "withStrictGovernance", 0L, "firstItemStudy", 1L));
		assertThat(((Map<?, ?>) stats.get("firstAgenda")).get("studyItems")).isEqualTo(1L);
		assertThat(stats.get("centralGroupStudies")).isEqualTo(1);
		assertThat(stats.get("committees")).asList()
			.containsExactly(Map.of("orgId", "C", "orgName", "市水务局机关党委", "held", 3, "urgent", 0L, "withPartyBuilding",
					1L, "withIdeology", 1L, "withStrictGovernance", 0L, "firstItemStudy", 2L, "centralGroupStudies",
					0));
	}

	@Test
	void aConversionAfterAnExtendedOrOverdueProbationIsNotOnTime() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 3);
		l.member("ON", "B1").admitted("2024-03-01").converted("2025-03-05");
		l.member("EXT", "B1").admitted("2023-09-01").probationEnds("2025-02-01").converted("2025-02-10");
		l.member("LATE", "B1").admitted("2024-01-10").converted("2025-04-20");
		Map<?, ?> applicants = (Map<?, ?>) check(l.build(), "2025-06-30").stats().get("applicants");
		assertThat(applicants.get("convertedInWindow")).isEqualTo(3L);
		assertThat(applicants.get("convertedOnTime")).isEqualTo(1L);
	}

	@Test
	void countsMeetingsByTypeWithTheShareOfBranchPeriodsMet() {
		@SuppressWarnings("unchecked")
		Map<String, Object> meetings = (Map<String, Object>) this.stats.get("meetings");
		assertThat(meetings.get("THEME_DAY"))
			.isEqualTo(Map.of("held", 9, "periods", 12, "periodsMet", 9L, "rate", new BigDecimal("0.7500")));
		assertThat(meetings.get("MEMBER_ASSEMBLY"))
			.isEqualTo(Map.of("held", 2, "periods", 4, "periodsMet", 2L, "rate", new BigDecimal("0.5000")));
		assertThat(meetings.get("BRANCH_COMMITTEE"))
			.isEqualTo(Map.of("held", 6, "periods", 6, "periodsMet", 6L, "rate", new BigDecimal("1.0000")));
		assertThat(meetings.get("PARTY_LECTURE"))
			.isEqualTo(Map.of("held", 1, "periods", 4, "periodsMet", 1L, "rate", new BigDecimal("0.2500")));
		assertThat(((Map<?, ?>) meetings.get("GROUP_MEETING")).get("rate")).isNull();
		assertThat(this.stats.get("orgLifeMeetings")).isEqualTo(1);
		assertThat(this.stats.get("memberReviews")).isEqualTo(0);
		assertThat(this.stats.get("talks")).isEqualTo(3L);
		assertThat(this.stats.get("staffForums")).isEqualTo(1);
	}

	@Test
	void countsApplicantsByStageAndConversions() {
		assertThat(this.stats.get("applicants"))
			.isEqualTo(Map.of("applicants", 1L, "activists", 1L, "candidates", 1L, "probationary", 1L,
					"appliedInWindow", 1L, "admittedInWindow", 1L, "convertedInWindow", 1L, "convertedOnTime", 1L));
	}

	@Test
	void countsMemberMonthsOfDuesPaidOnTime() {
		assertThat(this.stats.get("dues"))
			.isEqualTo(Map.of("memberMonths", 47L, "paidOnTime", 40L, "rate", new BigDecimal("0.8511")));
	}

	@Test
	void ranksOrganisationsByTheShareOfTheirDutyPeriodsMet() {
		assertThat(this.stats.get("organizationRates")).asList()
			.extracting((m) -> ((Map<?, ?>) m).get("orgId") + " " + ((Map<?, ?>) m).get("met") + "/"
					+ ((Map<?, ?>) m).get("evaluated") + " " + ((Map<?, ?>) m).get("rate"))
			.containsExactly("B2 3/16 0.1875", "R 4/6 0.6667", "B1 20/22 0.9091");
	}

}
