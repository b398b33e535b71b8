package org.zicha.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import org.zicha.testing.Checks;
import org.zicha.testing.RuleCoverage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of {@code rules/} fires somewhere in the test suite. Runs after every other
 * test class (see junit-platform.properties); run alone, it fails.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTests {

	@Test
	void everyRuleFiresSomewhereInTheSuite() {
		Set<String> fired = RuleCoverage.firedRules();
		List<String> never = new ArrayList<>();
		for (KiePackage pkg : Checks.rules().kieBase().getKiePackages()) {
			Set<String> queries = pkg.getQueries().stream().map((q) -> q.getName()).collect(Collectors.toSet());
			for (Rule rule : pkg.getRules()) {
				if (!queries.contains(rule.getName()) && !fired.contains(rule.getName())) {
					never.add(pkg.getName() + ": " + rule.getName());
				}
			}
		}
		assertThat(never).as("rules that no test makes fire").isEmpty();
	}

}
