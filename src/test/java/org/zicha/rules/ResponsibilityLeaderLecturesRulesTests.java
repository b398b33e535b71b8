package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/responsibility/leader-lectures.drl: LEADER_LECTURE, the party lectures the
 * members of the root's committee give at branches.
 */
class ResponsibilityLeaderLecturesRulesTests {

	private static final String LECTURE = "LEADER_LECTURE";

	/** A root 党组 (secretary s, members a and b) over two branches. */
	private static LedgerBuilder root() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("s").committee("s", "a", "b");
		l.branch("B1").parent("R");
		l.branch("B2").parent("R");
		l.member("s", "B1");
		l.member("a", "B1");
		l.member("b", "B2").name("王五");
		return l;
	}

	@Test
	void memberWhoLecturedOnlyAtTheRootIsAFindingAndTheSecretaryIsNotLookedAt() {
		LedgerBuilder l = root();
		l.activity("B2", "2025-05-10", PARTY_LECTURE).lecturer("a");
		l.activity("R", "2025-06-10", PARTY_LECTURE).lecturer("b");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, LECTURE)).containsExactly("LEADER_LECTURE|B2|b|2025-01-01|2025-12-31 MINOR");
		assertThat(findings(result, LECTURE).get(0).evidence()).containsEntry("actual", 0)
			.containsEntry("activityIds", List.of());
		assertThat(findings(result, LECTURE).get(0).message()).isEqualTo("王五（班子成员）2025年未到党支部讲党课（要求每年至少1次，实际0次）");
	}

	@Test
	void lectureHeldByTheRootJointlyWithABranchCounts() {
		LedgerBuilder l = root();
		l.activity("B1", "2025-05-10", PARTY_LECTURE).lecturer("a");
		l.activity("R", "2025-06-10", PARTY_LECTURE).lecturer("b").jointOrgs("B1", "B2");
		assertThat(keys(check(l.build(), "2025-12-31"), LECTURE)).isEmpty();
	}

	@Test
	void openYearGivesANoticeInItsLastSixtyDays() {
		LedgerBuilder l = root();
		l.activity("B1", "2025-05-10", PARTY_LECTURE).lecturer("a");
		assertThat(keys(check(l.build(), "2025-10-31"), LECTURE)).isEmpty();
		assertThat(keys(check(l.build(), "2025-11-15"), LECTURE))
			.containsExactly("LEADER_LECTURE|B2|b|2025-01-01|2025-12-31 NOTICE");
	}

}
