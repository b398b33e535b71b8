package org.zicha.ledger;

import java.util.List;

/**
 * The vocabulary file cannot be used; the message names the file and every problem.
 */
public class VocabularyException extends RuntimeException {

	private final List<String> problems;

	VocabularyException(String file, List<String> problems) {
		super("用语表“" + file + "”有误：" + String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems found, one sentence each.
	 * @return the problems
	 */
	public List<String> problems() {
		return this.problems;
	}

}
