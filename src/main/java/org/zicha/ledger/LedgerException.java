package org.zicha.ledger;

import java.util.List;

/**
 * The ledger cannot be evaluated: every problem found, all at once.
 */
public class LedgerException extends RuntimeException {

	private final List<LedgerProblem> problems;

	LedgerException(List<LedgerProblem> problems) {
		super("台账有 " + problems.size() + " 处错误：\n"
				+ String.join("\n", problems.stream().map(LedgerProblem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found, in file and row order.
	 * @return the problems
	 */
	public List<LedgerProblem> problems() {
		return this.problems;
	}

}
