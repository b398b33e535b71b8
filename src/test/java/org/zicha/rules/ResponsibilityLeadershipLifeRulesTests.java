package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.zicha.ledger.ActivityType.LEADERSHIP_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.OrgKind.COMMITTEE;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/responsibility/leadership-life.drl: the root 党组 or 党委 holds its 民主生活会 every year,
 * by 31 March of the next.
 */
class ResponsibilityLeadershipLifeRulesTests {

	private static final String DUTY = "LEADERSHIP_LIFE.ANNUAL";

	@Test
	void meetingInTheYearGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-12-31", LEADERSHIP_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
		assertThat(keys(check(l.build(), "2026-03-31"), DUTY)).isEmpty();
	}

	@Test
	void meetingReviewingTheYearHeldInJanuaryMeetsIt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		l.activity("R", "2026-01-20", LEADERSHIP_LIFE_MEETING).topic("党组领导班子2025年度民主生活会");
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY))
			.containsExactly("LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		CheckResult afterTheDeadline = check(l.build(), "2026-03-31");
		assertThat(keys(afterTheDeadline, DUTY)).isEmpty();
		assertThat(afterTheDeadline.dutyPeriods()).filteredOn((d) -> d.duty().equals(DUTY))
			.extracting((d) -> d.period().label() + " " + d.met() + " " + d.recordIds())
			.containsExactly("2025年 true [R-a2]", "2026年 false []");
	}

	@Test
	void yearWithoutAMeetingIsAMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2024-12-31", LEADERSHIP_LIFE_MEETING);
		l.activity("R", "2026-01-01", LEADERSHIP_LIFE_MEETING);
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, DUTY)).containsExactly("LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31 MAJOR");
		assertThat(findings(result, DUTY).get(0).evidence()).contains(entry("required", 1), entry("actual", 0),
				entry("activityIds", List.of()));
		assertThat(findings(result, DUTY).get(0).message()).isEqualTo("R未在2026年3月31日前召开2025年度民主生活会（要求至少1次，实际0次）");
	}

	@Test
	void onlyRootLeadingGroupsAndCommitteesAreLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C0", COMMITTEE);
		l.org("C1", COMMITTEE).parent("C0");
		l.leadingGroup("R2");
		l.branch("B1");
		l.activity("C1", "2025-06-15", LEADERSHIP_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2026-03-31"), DUTY)).containsExactly(
				"LEADERSHIP_LIFE.ANNUAL|C0||2025-01-01|2025-12-31 MAJOR",
				"LEADERSHIP_LIFE.ANNUAL|R2||2025-01-01|2025-12-31 MAJOR");
	}

	@Test
	void openYearInsideTheNoticeWindowGivesANotice() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		CheckResult result = check(l.build(), "2025-11-01");
		assertThat(keys(result, DUTY)).containsExactly("LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("daysLeft", 150L);
	}

	@Test
	void openYearOutsideTheNoticeWindowGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-10-31"), DUTY)).isEmpty();
	}

	@Test
	void aRunOfAYearJudgesThePreviousYearsMeeting() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2024-06-15", ORG_LIFE_MEETING);
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).containsExactly(
				"LEADERSHIP_LIFE.ANNUAL|R||2024-01-01|2024-12-31 MAJOR",
				"LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
		assertThat(keys(check(l.build(), "2025-12-31", "2025-04-01", "2025-12-31"), DUTY))
			.containsExactly("LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31 NOTICE");
	}

	@Test
	void aLedgerWithoutEventsOwesNoMeeting() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		assertThat(keys(check(l.build(), "2026-01-31", "2025-02-01", "2026-01-31"), DUTY)).isEmpty();
		assertThat(keys(check(l.build(), "2026-03-31"), DUTY)).isEmpty();
	}

	@Test
	void rootEstablishedDuringTheYearIsNotEvaluatedForIt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").established("2025-03-01");
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		assertThat(keys(check(l.build(), "2026-03-31"), DUTY)).isEmpty();
	}

	@Test
	void exemptedYearMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-06-15", ORG_LIFE_MEETING);
		l.exemption(DUTY, "R", null, "2025-01-01", "2025-12-31");
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, DUTY)).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("LEADERSHIP_LIFE.ANNUAL|R||2025-01-01|2025-12-31");
	}

}
