package org.zicha.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules that fired anywhere in this test run, so that one test can fail when a rule
 * of {@code rules/} never fires.
 */
public final class RuleCoverage {

	private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

	private RuleCoverage() {
	}

	/**
	 * Record that a rule fired.
	 * @param rule the rule's name
	 */
	public static void fired(String rule) {
		FIRED.add(rule);
	}

	/**
	 * The rules that fired so far.
	 * @return their names
	 */
	public static Set<String> firedRules() {
		return Set.copyOf(FIRED);
	}

}
