package org.zicha.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.zicha.ledger.ActivityType.CENTRAL_GROUP_STUDY;
import static org.zicha.ledger.OrgKind.COMMITTEE;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/theory/central-group.drl: 理论学习中心组 studies twelve times a year.
 */
class TheoryCentralGroupRulesTests {

	private static final String DUTY = "CENTRAL_GROUP.ANNUAL";

	@Test
	void twelveSessionsInAYearGiveNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.monthly("R", 2025, CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void elevenSessionsInAClosedYearAreAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.monthly("R", 2025, CENTRAL_GROUP_STUDY);
		l.activity("R", "2024-12-31", CENTRAL_GROUP_STUDY);
		l.activity("R", "2026-01-01", CENTRAL_GROUP_STUDY);
		LedgerBuilder fewer = LedgerBuilder.ledger();
		fewer.leadingGroup("R");
		for (int month = 1; month <= 11; month++) {
			fewer.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		fewer.activity("R", "2024-12-31", CENTRAL_GROUP_STUDY);
		fewer.activity("R", "2026-01-01", CENTRAL_GROUP_STUDY);
		CheckResult result = check(fewer.build(), "2026-01-01", "2025-01-01", "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, DUTY).get(0).evidence()).contains(entry("required", 12), entry("actual", 11));
		assertThat(keys(check(l.build(), "2026-01-01", "2025-01-01", "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void sessionsOnTheFirstAndLastDayOfTheYearCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-01-01", CENTRAL_GROUP_STUDY);
		for (int month = 2; month <= 11; month++) {
			l.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		l.activity("R", "2025-12-31", CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void rootCommitteeHasACentralGroupByDefaultButANonRootCommitteeHasNot() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C0", COMMITTEE);
		l.org("C1", COMMITTEE).parent("C0");
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY))
			.containsExactly("CENTRAL_GROUP.ANNUAL|C0||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void statedFlagOverridesTheDefault() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").centralGroup(false);
		l.org("C1", COMMITTEE).parent("R").centralGroup(true);
		l.monthly("R", 2025, CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY))
			.containsExactly("CENTRAL_GROUP.ANNUAL|C1||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void organisationEstablishedDuringTheYearIsNotEvaluatedForIt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").established("2025-01-02");
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
		assertThat(keys(check(l.build(), "2026-12-31"), DUTY))
			.containsExactly("CENTRAL_GROUP.ANNUAL|R||2026-01-01|2026-12-31 MINOR");
	}

	@Test
	void openYearBehindThePaceGivesAPaceNotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		for (int month = 1; month <= 5; month++) {
			l.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, DUTY)).containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, DUTY).get(0).evidence()).contains(entry("actual", 5), entry("paceExpected", 6));
		assertThat(findings(result, DUTY).get(0).message()).contains("进度滞后");
	}

	@Test
	void openYearKeepingThePaceGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		for (int month = 1; month <= 5; month++) {
			l.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		assertThat(keys(check(l.build(), "2025-06-29"), DUTY)).isEmpty();
		l.activity("R", "2025-06-30", CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-06-30"), DUTY)).isEmpty();
	}

	@Test
	void openYearInsideTheNoticeWindowGivesANoticeWhenOnPace() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		for (int month = 1; month <= 10; month++) {
			l.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		l.activity("R", "2025-10-20", CENTRAL_GROUP_STUDY);
		CheckResult result = check(l.build(), "2025-11-01");
		assertThat(keys(result, DUTY)).containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("daysLeft", 60L)
			.doesNotContainKey("paceExpected");
	}

	@Test
	void openYearOutsideTheNoticeWindowAndOnPaceGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		for (int month = 1; month <= 10; month++) {
			l.activity("R", LocalDate.of(2025, month, 15).toString(), CENTRAL_GROUP_STUDY);
		}
		l.activity("R", "2025-10-20", CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-10-31"), DUTY)).isEmpty();
	}

	@Test
	void noticeAndPaceNoticeOfTheSameYearAreOneFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-03-15", CENTRAL_GROUP_STUDY);
		l.activity("R", "2025-06-15", CENTRAL_GROUP_STUDY);
		l.activity("R", "2025-09-15", CENTRAL_GROUP_STUDY);
		CheckResult result = check(l.build(), "2025-11-30");
		assertThat(keys(result, DUTY)).containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, DUTY).get(0).evidence()).contains(entry("actual", 3), entry("daysLeft", 31L),
				entry("paceExpected", 11));
	}

	@Test
	void sessionsOfAnotherOrganisationDoNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.monthly("C1", 2025, CENTRAL_GROUP_STUDY);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY))
			.containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31 MINOR");
	}

	@Test
	void exemptedYearMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.exemption("CENTRAL_GROUP.*", "R", null, "2025-01-01", "2025-12-31");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("CENTRAL_GROUP.ANNUAL|R||2025-01-01|2025-12-31");
	}

}
