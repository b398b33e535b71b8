package org.zicha.inspection;

import java.util.List;

import org.zicha.ledger.LedgerProblem;

/**
 * A workbook given besides the ledger (a feedback workbook) cannot be used: every problem
 * found, all at once, each with its file, sheet, row, column and value.
 */
public final class WorkbookException extends RuntimeException {

	private final String document;

	private final List<LedgerProblem> problems;

	WorkbookException(String document, List<LedgerProblem> problems) {
		super(document + "有 " + problems.size() + " 处错误：\n"
				+ String.join("\n", problems.stream().map(LedgerProblem::toString).toList()));
		this.document = document;
		this.problems = List.copyOf(problems);
	}

	/**
	 * What the workbook is, in Chinese.
	 * @return e.g. 巡视反馈问题表
	 */
	public String document() {
		return this.document;
	}

	/**
	 * Every problem found.
	 * @return the problems
	 */
	public List<LedgerProblem> problems() {
		return this.problems;
	}

}
