package org.zicha.inspection;

import org.zicha.report.Phrasing;
import org.zicha.rules.RuleBook;

/**
 * The rules of a run and the wording of its report, loaded and checked together from one
 * rules folder (or the bundled rules).
 *
 * @param book the compiled rules, duties, thresholds and vocabulary
 * @param phrasing the wording of the report
 */
public record RuleSet(RuleBook book, Phrasing phrasing) {

	/**
	 * The sha256 of the rule files.
	 * @return the digest, hex
	 */
	public String digest() {
		return this.book.digest();
	}

	/**
	 * Where the rules came from, for messages: a folder, or 内置规则.
	 * @return the origin
	 */
	public String origin() {
		return this.book.origin();
	}

}
