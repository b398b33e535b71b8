package org.zicha.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.zicha.ledger.ActivityType.ELECTION;
import static org.zicha.ledger.OrgKind.COMMITTEE;
import static org.zicha.ledger.OrgKind.GENERAL_BRANCH;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/organisation/terms.drl: 换届 on time, notice six months ahead, extensions of at
 * most a year.
 */
class OrganisationTermsRulesTests {

	private static final String OVERDUE = "ELECTION.OVERDUE";

	private static final String DUE_SOON = "ELECTION.DUE_SOON";

	private static final String EXTENSION = "ELECTION.EXTENSION_TOO_LONG";

	@Test
	void termEndingOnTheAsOfDayIsNeitherOverdueNorDueSoon() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2022-03-01", 3);
		CheckResult result = check(l.build(), "2025-03-01");
		assertThat(keys(result, OVERDUE)).isEmpty();
		assertThat(keys(result, DUE_SOON)).isEmpty();
	}

	@Test
	void termEndedTheDayBeforeTheAsOfDayIsOverdue() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2022-03-01", 3);
		CheckResult result = check(l.build(), "2025-03-02");
		assertThat(keys(result, OVERDUE)).containsExactly("ELECTION.OVERDUE|B1||2025-03-01|2025-03-01 MAJOR");
		assertThat(findings(result, OVERDUE).get(0).evidence()).contains(entry("due", LocalDate.parse("2025-03-01")),
				entry("overdueDays", 1L));
		assertThat(keys(result, DUE_SOON)).isEmpty();
	}

	@Test
	void termDueInExactlyOneHundredAndEightyDaysIsDueSoon() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2022-03-01", 3);
		CheckResult result = check(l.build(), "2024-09-02");
		assertThat(keys(result, DUE_SOON)).containsExactly("ELECTION.DUE_SOON|B1||2025-03-01|2025-03-01 NOTICE");
		assertThat(findings(result, DUE_SOON).get(0).evidence()).containsEntry("daysToDue", 180L);
		assertThat(keys(result, OVERDUE)).isEmpty();
	}

	@Test
	void termDueInOneHundredAndEightyOneDaysIsNotYetDueSoon() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2022-03-01", 3);
		assertThat(keys(check(l.build(), "2024-09-01"), DUE_SOON)).isEmpty();
	}

	@Test
	void termYearsAreCalendarYearsFromALeapDay() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-02-29", 5);
		assertThat(keys(check(l.build(), "2025-02-28"), OVERDUE)).isEmpty();
		assertThat(keys(check(l.build(), "2025-03-01"), OVERDUE))
			.containsExactly("ELECTION.OVERDUE|B1||2025-02-28|2025-02-28 MAJOR");
	}

	@Test
	void standingStatesAreReportedWhateverTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2021-03-01", 3);
		l.branch("B2").term("2022-09-01", 3);
		CheckResult result = check(l.build(), "2025-06-30", "2025-06-01", "2025-06-15");
		assertThat(keys(result, OVERDUE)).containsExactly("ELECTION.OVERDUE|B1||2024-03-01|2024-03-01 MAJOR");
		assertThat(keys(result, DUE_SOON)).containsExactly("ELECTION.DUE_SOON|B2||2025-09-01|2025-09-01 NOTICE");
	}

	@Test
	void electionEventResetsTheStartOfTheTerm() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-01-01", 3);
		l.activity("B1", "2023-01-10", ELECTION);
		CheckResult result = check(l.build(), "2025-07-20");
		assertThat(keys(result, OVERDUE)).isEmpty();
		assertThat(keys(result, DUE_SOON)).containsExactly("ELECTION.DUE_SOON|B1||2026-01-10|2026-01-10 NOTICE");
		assertThat(findings(result, DUE_SOON).get(0).evidence()).contains(
				entry("effectiveStart", LocalDate.parse("2023-01-10")), entry("electionId", "B1-a1"),
				entry("due", LocalDate.parse("2026-01-10")));
	}

	@Test
	void onlyTheLatestOfSeveralElectionsStartsTheTerm() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2015-01-01", 3);
		l.activity("B1", "2018-01-10", ELECTION);
		l.activity("B1", "2021-01-10", ELECTION);
		l.activity("B1", "2024-01-10", ELECTION);
		CheckResult result = check(l.build(), "2026-08-01");
		assertThat(keys(result, OVERDUE)).isEmpty();
		assertThat(keys(result, DUE_SOON)).containsExactly("ELECTION.DUE_SOON|B1||2027-01-10|2027-01-10 NOTICE");
	}

	@Test
	void electionAfterTheAsOfDayDoesNotYetResetTheStart() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-01-01", 3);
		l.activity("B1", "2023-01-10", ELECTION);
		assertThat(keys(check(l.build(), "2023-01-05"), OVERDUE))
			.containsExactly("ELECTION.OVERDUE|B1||2023-01-01|2023-01-01 MAJOR");
	}

	@Test
	void electionBeforeTheRecordedStartOrByAnotherOrganisationDoesNotMoveTheStart() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C1", COMMITTEE);
		l.branch("B1").parent("C1").term("2020-01-01", 3);
		l.activity("B1", "2019-12-20", ELECTION);
		l.activity("C1", "2023-06-01", ELECTION);
		assertThat(keys(check(l.build(), "2023-07-01"), OVERDUE))
			.containsExactly("ELECTION.OVERDUE|B1||2023-01-01|2023-01-01 MAJOR");
	}

	@Test
	void extensionOfExactlyOneYearGivesNoFindingAndSetsTheDueDate() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-03-01", 3).extendedUntil("2024-03-01");
		CheckResult result = check(l.build(), "2024-03-01");
		assertThat(keys(result, EXTENSION)).isEmpty();
		assertThat(keys(result, OVERDUE)).isEmpty();
		assertThat(keys(check(l.build(), "2024-03-02"), OVERDUE))
			.containsExactly("ELECTION.OVERDUE|B1||2024-03-01|2024-03-01 MAJOR");
	}

	@Test
	void extensionOfOneYearAndADayIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-03-01", 3).extendedUntil("2024-03-02");
		CheckResult result = check(l.build(), "2023-06-30");
		assertThat(keys(result, EXTENSION))
			.containsExactly("ELECTION.EXTENSION_TOO_LONG|B1||2023-03-01|2024-03-02 MAJOR");
		assertThat(findings(result, EXTENSION).get(0).evidence()).contains(
				entry("originalDue", LocalDate.parse("2023-03-01")),
				entry("extendedUntil", LocalDate.parse("2024-03-02")), entry("extensionApproval", "延期〔2025〕1号"));
		assertThat(keys(result, OVERDUE)).isEmpty();
	}

	@Test
	void extensionEndingBeforeTheOriginalDueDateDoesNotChangeIt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-03-01", 3).extendedUntil("2023-01-01");
		CheckResult result = check(l.build(), "2023-03-02");
		assertThat(keys(result, OVERDUE)).containsExactly("ELECTION.OVERDUE|B1||2023-03-01|2023-03-01 MAJOR");
		assertThat(keys(result, EXTENSION)).isEmpty();
	}

	@Test
	void electionAfterAnExtensionEndsTheExtensionFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2020-03-01", 3).extendedUntil("2024-06-01");
		l.activity("B1", "2024-05-20", ELECTION);
		assertThat(keys(check(l.build(), "2024-05-19"), EXTENSION))
			.containsExactly("ELECTION.EXTENSION_TOO_LONG|B1||2023-03-01|2024-06-01 MAJOR");
		CheckResult result = check(l.build(), "2024-05-20");
		assertThat(keys(result, EXTENSION)).isEmpty();
		assertThat(keys(result, OVERDUE)).isEmpty();
	}

	@Test
	void committeesGeneralBranchesAndBranchesAreLookedAtButNotLeadingGroupsOrGroups() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").term("2020-01-01", 3);
		l.org("C1", COMMITTEE).parent("R").term("2020-01-01", 5);
		l.org("GB", GENERAL_BRANCH).parent("C1").term("2020-01-01", 3);
		l.branch("B1").parent("GB").term("2020-01-01", 3);
		l.group("G1", "B1").term("2020-01-01", 3);
		assertThat(keys(check(l.build(), "2025-06-30"), OVERDUE)).containsExactly(
				"ELECTION.OVERDUE|B1||2023-01-01|2023-01-01 MAJOR", "ELECTION.OVERDUE|C1||2025-01-01|2025-01-01 MAJOR",
				"ELECTION.OVERDUE|GB||2023-01-01|2023-01-01 MAJOR");
	}

	@Test
	void organisationWithoutARecordedTermIsNotLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, OVERDUE)).isEmpty();
		assertThat(keys(result, DUE_SOON)).isEmpty();
	}

}
