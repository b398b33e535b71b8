package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.ledger.AgendaKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.zicha.ledger.ActivityType.CENTRAL_GROUP_STUDY;
import static org.zicha.ledger.ActivityType.COMMITTEE_MEETING;
import static org.zicha.ledger.OrgKind.COMMITTEE;
import static org.zicha.ledger.OrgKind.GENERAL_BRANCH;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/responsibility/committee-agenda.drl: the root 党组 or 党委 takes up ideology, strict
 * governance and party building at its own meetings.
 */
class ResponsibilityCommitteeAgendaRulesTests {

	private static final String IDEOLOGY = "COMMITTEE.IDEOLOGY";

	private static final String STRICT = "COMMITTEE.STRICT_GOVERNANCE";

	private static final String PARTY_BUILDING = "COMMITTEE.PARTY_BUILDING";

	@Test
	void itemsInEveryPeriodGiveNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		for (String date : List.of("2025-02-10", "2025-05-10", "2025-08-10", "2025-11-10")) {
			l.activity("R", date, COMMITTEE_MEETING)
				.item(AgendaKind.STUDY)
				.item(AgendaKind.IDEOLOGY)
				.item(AgendaKind.STRICT_GOVERNANCE)
				.item(AgendaKind.PARTY_BUILDING);
		}
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, IDEOLOGY)).isEmpty();
		assertThat(keys(result, STRICT)).isEmpty();
		assertThat(keys(result, PARTY_BUILDING)).isEmpty();
	}

	@Test
	void halfYearWithoutAnIdeologyItemIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-06-30", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.IDEOLOGY);
		l.activity("R", "2025-07-01", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.STRICT_GOVERNANCE);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, IDEOLOGY)).containsExactly("COMMITTEE.IDEOLOGY|R||2025-07-01|2025-12-31 MINOR");
		assertThat(findings(result, IDEOLOGY).get(0).evidence()).contains(entry("required", 1), entry("actual", 0),
				entry("activityIds", List.of()));
		assertThat(keys(result, STRICT)).containsExactly("COMMITTEE.STRICT_GOVERNANCE|R||2025-01-01|2025-06-30 MINOR");
	}

	@Test
	void quarterWithoutAPartyBuildingItemIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-01-01", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		l.activity("R", "2025-06-30", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		l.activity("R", "2025-07-01", COMMITTEE_MEETING).item(AgendaKind.STUDY).item(AgendaKind.IDEOLOGY);
		assertThat(keys(check(l.build(), "2025-09-30"), PARTY_BUILDING))
			.containsExactly("COMMITTEE.PARTY_BUILDING|R||2025-07-01|2025-09-30 MINOR");
	}

	@Test
	void itemsAtOtherKindsOfEventDoNotCount() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-02-10", CENTRAL_GROUP_STUDY).item(AgendaKind.PARTY_BUILDING);
		assertThat(keys(check(l.build(), "2025-03-31"), PARTY_BUILDING))
			.containsExactly("COMMITTEE.PARTY_BUILDING|R||2025-01-01|2025-03-31 MINOR");
	}

	@Test
	void onlyRootLeadingGroupsAndCommitteesAreLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C0", COMMITTEE);
		l.org("C1", COMMITTEE).parent("C0");
		l.org("GB", GENERAL_BRANCH);
		l.branch("B1");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, IDEOLOGY)).containsExactly("COMMITTEE.IDEOLOGY|C0||2025-01-01|2025-06-30 MINOR");
		assertThat(keys(result, STRICT)).containsExactly("COMMITTEE.STRICT_GOVERNANCE|C0||2025-01-01|2025-06-30 MINOR");
		assertThat(keys(result, PARTY_BUILDING)).containsExactly(
				"COMMITTEE.PARTY_BUILDING|C0||2025-01-01|2025-03-31 MINOR",
				"COMMITTEE.PARTY_BUILDING|C0||2025-04-01|2025-06-30 MINOR");
	}

	@Test
	void itemsAtAMeetingOfALowerCommitteeDoNotCountForTheRoot() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", COMMITTEE).parent("R");
		l.activity("C1", "2025-02-10", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		assertThat(keys(check(l.build(), "2025-03-31"), PARTY_BUILDING))
			.containsExactly("COMMITTEE.PARTY_BUILDING|R||2025-01-01|2025-03-31 MINOR");
	}

	@Test
	void openHalfYearInsideTheNoticeWindowGivesNotices() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.activity("R", "2025-04-10", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		CheckResult result = check(l.build(), "2025-05-31");
		assertThat(keys(result, IDEOLOGY)).containsExactly("COMMITTEE.IDEOLOGY|R||2025-01-01|2025-06-30 NOTICE");
		assertThat(keys(result, STRICT)).containsExactly("COMMITTEE.STRICT_GOVERNANCE|R||2025-01-01|2025-06-30 NOTICE");
		assertThat(findings(result, IDEOLOGY).get(0).evidence()).containsEntry("daysLeft", 30L);
	}

	@Test
	void openHalfYearOutsideTheNoticeWindowGivesNothing() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		CheckResult result = check(l.build(), "2025-05-30");
		assertThat(keys(result, IDEOLOGY)).isEmpty();
		assertThat(keys(result, STRICT)).isEmpty();
	}

	@Test
	void openQuarterGivesANoticeTwentyDaysBeforeItsEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		assertThat(keys(check(l.build(), "2025-03-10"), PARTY_BUILDING)).isEmpty();
		assertThat(keys(check(l.build(), "2025-03-11"), PARTY_BUILDING))
			.containsExactly("COMMITTEE.PARTY_BUILDING|R||2025-01-01|2025-03-31 NOTICE");
		l.activity("R", "2025-03-11", COMMITTEE_MEETING).item(AgendaKind.PARTY_BUILDING);
		assertThat(keys(check(l.build(), "2025-03-11"), PARTY_BUILDING)).isEmpty();
	}

	@Test
	void rootEstablishedDuringAPeriodIsNotEvaluatedForIt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").established("2025-02-01");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, IDEOLOGY)).containsExactly("COMMITTEE.IDEOLOGY|R||2025-07-01|2025-12-31 MINOR");
		assertThat(keys(result, PARTY_BUILDING)).containsExactly(
				"COMMITTEE.PARTY_BUILDING|R||2025-04-01|2025-06-30 MINOR",
				"COMMITTEE.PARTY_BUILDING|R||2025-07-01|2025-09-30 MINOR",
				"COMMITTEE.PARTY_BUILDING|R||2025-10-01|2025-12-31 MINOR");
	}

}
