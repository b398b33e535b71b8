package org.zicha.rules;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.ELECTION;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/organisation/elections.drl: ELECTION.QUORUM, more than four fifths of those
 * expected present at an election.
 */
class OrganisationElectionsRulesTests {

	private static final String QUORUM = "ELECTION.QUORUM";

	@Test
	void fourFifthsExactlyIsNotEnough() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一支部");
		l.members("B1", 10);
		String election = l.activity("B1", "2025-04-18", ELECTION).expected(10).present(8).id();
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, QUORUM))
			.containsExactly("ELECTION.QUORUM|B1|" + election + "|2025-04-18|2025-04-18 MAJOR");
		assertThat(findings(result, QUORUM).get(0).message()).isEqualTo("第一支部2025年4月18日召开的选举大会实到8人，未超过应到10人的五分之四");
	}

	@Test
	void moreThanFourFifthsIsEnough() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 10);
		l.activity("B1", "2025-04-18", ELECTION).expected(10).present(9);
		l.activity("B1", "2025-05-18", ELECTION).expected(5).present(5);
		assertThat(keys(check(l.build(), "2025-12-31"), QUORUM)).isEmpty();
	}

	@Test
	void electionWithoutTheNumbersIsNotJudged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 10);
		l.activity("B1", "2025-04-18", ELECTION).present(3);
		assertThat(keys(check(l.build(), "2025-12-31"), QUORUM)).isEmpty();
	}

}
