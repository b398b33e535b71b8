package org.zicha.rules;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/outreach/staff-forum.drl: the quarterly 职工恳谈会 of the root organisation.
 */
class OutreachStaffForumRulesTests {

	private static final String DUTY = "STAFF_FORUM.QUARTERLY";

	private static LedgerBuilder bureau() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.org("C1", OrgKind.COMMITTEE).parent("R");
		l.branch("B1").parent("C1");
		return l;
	}

	@Test
	void forumInEveryQuarterGivesNoFinding() {
		LedgerBuilder l = bureau();
		l.quarterly("R", 2025, STAFF_FORUM);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void quarterWithoutForumIsAFindingOfTheRootOnly() {
		LedgerBuilder l = bureau();
		l.activity("R", "2025-02-10", STAFF_FORUM);
		l.activity("R", "2025-08-10", STAFF_FORUM);
		l.activity("R", "2025-11-10", STAFF_FORUM);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("STAFF_FORUM.QUARTERLY|R||2025-04-01|2025-06-30 MINOR");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("required", 1).containsEntry("actual", 0);
	}

	@Test
	void forumsOnTheFirstAndLastDayOfAQuarterCount() {
		LedgerBuilder l = bureau();
		l.activity("R", "2025-01-01", STAFF_FORUM);
		l.activity("R", "2025-06-30", STAFF_FORUM);
		assertThat(keys(check(l.build(), "2025-09-30"), DUTY))
			.containsExactly("STAFF_FORUM.QUARTERLY|R||2025-07-01|2025-09-30 MINOR");
	}

	@Test
	void forumHeldByALowerOrganisationDoesNotCountForTheRoot() {
		LedgerBuilder l = bureau();
		l.activity("C1", "2025-02-10", STAFF_FORUM);
		l.activity("B1", "2025-03-10", STAFF_FORUM);
		assertThat(keys(check(l.build(), "2025-03-31"), DUTY))
			.containsExactly("STAFF_FORUM.QUARTERLY|R||2025-01-01|2025-03-31 MINOR");
	}

	@Test
	void everyRootOfTheLedgerOwesItsForums() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("C1", OrgKind.COMMITTEE);
		l.branch("B1").parent("C1");
		l.org("C2", OrgKind.COMMITTEE);
		l.activity("C2", "2025-03-10", STAFF_FORUM);
		assertThat(keys(check(l.build(), "2025-03-31"), DUTY))
			.containsExactly("STAFF_FORUM.QUARTERLY|C1||2025-01-01|2025-03-31 MINOR");
	}

	@Test
	void rootEstablishedDuringAQuarterIsNotEvaluatedForThatQuarter() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").established("2025-04-02");
		assertThat(keys(check(l.build(), "2025-09-30"), DUTY))
			.containsExactly("STAFF_FORUM.QUARTERLY|R||2025-07-01|2025-09-30 MINOR");
	}

	@Test
	void openQuarterGivesANoticeTwentyDaysBeforeItsEnd() {
		LedgerBuilder l = bureau();
		assertThat(keys(check(l.build(), "2025-09-10", "2025-07-01", "2025-09-10"), DUTY))
			.containsExactly("STAFF_FORUM.QUARTERLY|R||2025-07-01|2025-09-30 NOTICE");
		assertThat(keys(check(l.build(), "2025-09-09", "2025-07-01", "2025-09-09"), DUTY)).isEmpty();
		l.activity("R", "2025-07-01", STAFF_FORUM);
		assertThat(keys(check(l.build(), "2025-09-10", "2025-07-01", "2025-09-10"), DUTY)).isEmpty();
	}

	@Test
	void exemptedQuarterMovesToTheExemptedList() {
		LedgerBuilder l = bureau();
		l.activity("R", "2025-02-10", STAFF_FORUM);
		l.exemption(DUTY, "R", null, "2025-04-01", "2025-06-30");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(keys(result, DUTY)).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("STAFF_FORUM.QUARTERLY|R||2025-04-01|2025-06-30");
	}

}
