package org.zicha.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.ledger.AgendaKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.CENTRAL_GROUP_STUDY;
import static org.zicha.ledger.ActivityType.COMMITTEE_MEETING;
import static org.zicha.ledger.OrgKind.COMMITTEE;
import static org.zicha.ledger.OrgKind.GENERAL_BRANCH;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/theory/first-agenda.drl: 第一议题 — every committee meeting opens with study, and
 * every directive is studied within 30 days of its date.
 */
class TheoryFirstAgendaRulesTests {

	private static final String EVERY_MEETING = "FIRST_AGENDA.EVERY_MEETING";

	private static final String TIMELY = "FIRST_AGENDA.TIMELY";

	@Test
	void meetingOpeningWithStudyGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-03-10", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.OTHER);
		assertThat(keys(check(l.build(), "2025-12-31"), EVERY_MEETING)).isEmpty();
	}

	@Test
	void meetingWhoseFirstItemIsNotStudyIsAFindingEvenWithStudyLater() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-03-10", COMMITTEE_MEETING).item(AgendaKind.MAJOR_DECISION).item(AgendaKind.STUDY);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, EVERY_MEETING))
			.containsExactly("FIRST_AGENDA.EVERY_MEETING|R|R-a1|2025-03-10|2025-03-10 MINOR");
		assertThat(findings(result, EVERY_MEETING).get(0).evidence()).containsEntry("firstItem", "议题1")
			.containsEntry("activityIds", List.of("R-a1"));
		assertThat(findings(result, EVERY_MEETING).get(0).message()).endsWith("未将理论学习作为第一议题（第一议题：“议题1”）");
	}

	@Test
	void meetingWithNoAgendaRecordedIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-03-10", COMMITTEE_MEETING);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, EVERY_MEETING))
			.containsExactly("FIRST_AGENDA.EVERY_MEETING|R|R-a1|2025-03-10|2025-03-10 MINOR");
		assertThat(findings(result, EVERY_MEETING).get(0).evidence()).containsEntry("firstItem", null);
		assertThat(findings(result, EVERY_MEETING).get(0).message()).endsWith("未将理论学习作为第一议题（第一议题：未记录议题）");
	}

	@Test
	void urgentMeetingOwesNoStudyAsItsFirstItem() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-08-05", COMMITTEE_MEETING).urgent().item(AgendaKind.MAJOR_DECISION);
		l.activity("R", "2025-08-06", COMMITTEE_MEETING).urgent();
		l.activity("R", "2025-08-19", COMMITTEE_MEETING).item(AgendaKind.MAJOR_DECISION);
		assertThat(keys(check(l.build(), "2025-12-31"), EVERY_MEETING))
			.containsExactly("FIRST_AGENDA.EVERY_MEETING|R|R-a3|2025-08-19|2025-08-19 MINOR");
	}

	@Test
	void meetingsOfEveryCommitteeAreLookedAtButNotThoseOfBranches() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.org("GB", GENERAL_BRANCH).parent("C1");
		l.branch("B1").parent("GB");
		l.activity("C1", "2025-03-10", COMMITTEE_MEETING);
		l.activity("GB", "2025-03-11", COMMITTEE_MEETING);
		l.activity("B1", "2025-03-12", COMMITTEE_MEETING, BRANCH_COMMITTEE);
		assertThat(keys(check(l.build(), "2025-12-31"), EVERY_MEETING))
			.containsExactly("FIRST_AGENDA.EVERY_MEETING|C1|C1-a1|2025-03-10|2025-03-10 MINOR");
	}

	@Test
	void meetingIsReportedOnlyWhenItsDayLiesInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-03-31", COMMITTEE_MEETING);
		l.activity("R", "2025-04-01", COMMITTEE_MEETING);
		l.activity("R", "2025-05-31", COMMITTEE_MEETING);
		l.activity("R", "2025-06-01", COMMITTEE_MEETING);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-04-01", "2025-05-31"), EVERY_MEETING)).containsExactly(
				"FIRST_AGENDA.EVERY_MEETING|R|R-a2|2025-04-01|2025-04-01 MINOR",
				"FIRST_AGENDA.EVERY_MEETING|R|R-a3|2025-05-31|2025-05-31 MINOR");
	}

	@Test
	void directiveStudiedOnTheDayItIsIssuedIsInTime() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-01", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, TIMELY)).isEmpty();
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals(TIMELY))
			.extracting((d) -> d.subject().id() + " " + d.met())
			.containsExactly("D1 true");
	}

	@Test
	void directiveStudiedOnTheThirtiethDayGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-31", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D0").item(AgendaKind.STUDY, "D1");
		assertThat(keys(check(l.build(), "2025-12-31"), TIMELY)).isEmpty();
	}

	@Test
	void directiveStudiedOnTheThirtiethDayIsMet() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-31", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		assertThat(check(l.build(), "2025-12-31").dutyPeriods()).filteredOn((d) -> d.duty().equals(TIMELY))
			.extracting((d) -> d.subject().id() + " " + d.met())
			.containsExactly("D1 true");
	}

	@Test
	void studyDatedBeforeTheDirectiveDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-10");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		assertThat(keys(check(l.build(), "2025-04-30"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-10|2025-04-09 MINOR");
	}

	@Test
	void directiveStudiedOnTheThirtyFirstDayIsAFindingWithItsLag() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-04-01", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, TIMELY)).containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-01|2025-03-31 MINOR");
		assertThat(findings(result, TIMELY).get(0).evidence()).contains(
				entry("directiveDate", LocalDate.parse("2025-03-01")), entry("deadline", LocalDate.parse("2025-03-31")),
				entry("studiedOn", LocalDate.parse("2025-04-01")), entry("lagDays", 31L),
				entry("activityIds", List.of("R-a1")));
		assertThat(findings(result, TIMELY).get(0).message())
			.isEqualTo("R对“篇目D1”（2025年3月1日印发）未在印发后30天内组织学习，至2025年4月1日才学习，距印发31天");
	}

	@Test
	void directiveNeverStudiedIsAFindingOnceItsLastDayHasCome() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-10", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D0");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(keys(result, TIMELY)).containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-01|2025-03-31 MINOR");
		assertThat(findings(result, TIMELY).get(0).evidence()).containsEntry("studiedOn", null)
			.containsEntry("lagDays", null);
		assertThat(findings(result, TIMELY).get(0).message()).isEqualTo("R对“篇目D1”（2025年3月1日印发）未在印发后30天内组织学习，截至检查日尚未学习");
	}

	@Test
	void studyInAnItemOfAnotherKindOrAtAnotherKindOfEventDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.OTHER, "D1");
		l.activity("R", "2025-03-06", CENTRAL_GROUP_STUDY).item(AgendaKind.STUDY, "D1");
		assertThat(keys(check(l.build(), "2025-04-30"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void studyByAnotherOrganisationDoesNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		l.activity("C1", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		assertThat(keys(check(l.build(), "2025-04-30"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|C1|D1|2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void openDirectiveInsideTheNoticeWindowGivesANotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		CheckResult result = check(l.build(), "2025-03-21");
		assertThat(keys(result, TIMELY)).containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-01|2025-03-31 NOTICE");
		assertThat(findings(result, TIMELY).get(0).evidence()).containsEntry("daysLeft", 10L);
	}

	@Test
	void openDirectiveOutsideTheNoticeWindowGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		assertThat(keys(check(l.build(), "2025-03-20"), TIMELY)).isEmpty();
	}

	@Test
	void openDirectiveThatStartedBeforeTheWindowStillGivesANotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-10");
		l.activity("R", "2025-03-05", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		assertThat(keys(check(l.build(), "2025-04-05", "2025-04-01", "2025-04-05"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-10|2025-04-09 NOTICE");
		assertThat(keys(check(l.build(), "2025-04-30", "2025-04-01", "2025-04-30"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|R|D1|2025-03-10|2025-04-09 MINOR");
	}

	@Test
	void openDirectiveAlreadyStudiedGivesNoNotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-03-20", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		assertThat(keys(check(l.build(), "2025-03-25"), TIMELY)).isEmpty();
	}

	@Test
	void directiveWithoutForOrgsAppliesToEveryOrganisationHoldingCommitteeMeetings() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.org("C2", COMMITTEE).parent("R");
		l.branch("B1").parent("C1");
		l.directive("D1", "2025-03-01");
		l.activity("R", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		l.activity("C1", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE);
		assertThat(keys(check(l.build(), "2025-04-30"), TIMELY)).containsExactly(
				"FIRST_AGENDA.TIMELY|C1|D1|2025-03-01|2025-03-31 MINOR",
				"FIRST_AGENDA.TIMELY|R|D1|2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void directiveWithForOrgsAppliesToThoseOrganisationsOnly() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.org("C2", COMMITTEE).parent("R");
		l.directive("D1", "2025-03-01", "C1", "C2");
		l.activity("R", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		l.activity("C1", "2025-03-15", COMMITTEE_MEETING).item(AgendaKind.STUDY, "D1");
		assertThat(keys(check(l.build(), "2025-04-30"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|C2|D1|2025-03-01|2025-03-31 MINOR");
	}

	@Test
	void directiveIsReportedOnlyWhenItsLastDayLiesInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.directive("D1", "2025-02-28");
		l.directive("D2", "2025-03-02");
		l.directive("D3", "2025-05-02");
		l.activity("R", "2025-01-10", COMMITTEE_MEETING).item(AgendaKind.STUDY);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-04-01", "2025-05-31"), TIMELY))
			.containsExactly("FIRST_AGENDA.TIMELY|R|D2|2025-03-02|2025-04-01 MINOR");
	}

}
