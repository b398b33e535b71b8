package org.zicha.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.definition.rule.Rule;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.ELECTION;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;

/**
 * Every rule of {@code rules/} (and every row of the thresholds table) fires: on the
 * sample ledger at three dates of its year, or on a small ledger of the cases the sample
 * does not show. The test loads its own rule book and keeps the names of the rules that
 * fire in its own set, so it gives the same answer run alone or with the suite, in any
 * order.
 */
class RuleCoverageTests {

	private static final InvalidRow INVALID_ROW = new InvalidRow("ledger.xlsx:活动:12", "ledger.xlsx 工作表“活动”第12行",
			List.of("“日期”列，值“2025-13-01”：不是有效的日期"));

	@Test
	void everyRuleFiresOnTheSampleOrOnTheCasesItDoesNotShow() {
		Set<String> fired = ConcurrentHashMap.newKeySet();
		RuleBook book = RuleBook.load(RuleSource.folder(Path.of("rules")), fired::add);
		Check check = new Check(book, fired::add);
		LedgerRead sample = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false);
		for (String asOf : List.of("2025-06-15", "2025-11-20", "2025-12-31")) {
			check.run(sample, CheckOptions.asOf(LocalDate.parse(asOf)));
		}
		check.run(new LedgerRead(casesTheSampleDoesNotShow(), List.of(INVALID_ROW), List.of(), List.of(), "test"),
				CheckOptions.asOf(LocalDate.parse("2025-12-31")));
		List<String> never = new ArrayList<>();
		for (KiePackage pkg : book.kieBase().getKiePackages()) {
			Set<String> queries = pkg.getQueries().stream().map(Query::getName).collect(Collectors.toSet());
			for (Rule rule : pkg.getRules()) {
				if (!queries.contains(rule.getName()) && !fired.contains(rule.getName())) {
					never.add(pkg.getName() + ": " + rule.getName());
				}
			}
		}
		assertThat(never).as("rules that fire neither on the sample nor on the other cases").isEmpty();
	}

	/**
	 * A branch stating its committee whose two committee members did not talk with each
	 * other; a term renewed by an election; a meeting recorded without attendance; an
	 * applicant not yet talked to, an admitted applicant who is not in the members table,
	 * and a member converted late; a branch of 51 members without party groups whose
	 * assembly recorded only numbers, short of its quorum; a committee of two; and an
	 * organisational life meeting of a branch without a committee, before which the
	 * secretary talked with nobody.
	 */
	private static Ledger casesTheSampleDoesNotShow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true).secretary("B1-m1").committee("B1-m2", "B1-m3").term("2020-03-01", 3);
		l.members("B1", 4);
		l.talk("2025-03-01", "B1-m1", "B1-m2");
		l.talk("2025-03-02", "B1-m1", "B1-m3");
		l.talk("2025-03-03", "B1-m4", "B1-m1");
		l.talk("2025-03-04", "C1", "B1-m2");
		l.activity("B1", "2023-03-05", ELECTION);
		l.activity("B1", "2025-03-10", MEMBER_ASSEMBLY).topic("第一季度党员大会").recorder("B1-m2");
		l.applicant("A1", "B1", "2025-03-03");
		l.applicant("A2", "B1", "2023-03-03").activist("2023-04-01").candidate("2024-05-01").admitted("2024-06-01");
		l.member("C1", "B1").admitted("2024-01-05").converted("2025-03-01");
		l.branch("B2").hasCommittee(false);
		l.members("B2", 51);
		l.activity("B2", "2025-06-10", MEMBER_ASSEMBLY).expected(51).present(20);
		l.branch("B3").hasCommittee(true).committee("B3-m1", "B3-m2");
		l.members("B3", 3);
		l.branch("B4").hasCommittee(false).secretary("B4-m1");
		l.members("B4", 3);
		l.activity("B4", "2025-11-20", ORG_LIFE_MEETING);
		return l.build();
	}

}
