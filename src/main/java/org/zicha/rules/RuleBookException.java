package org.zicha.rules;

import java.util.List;

/**
 * The rules cannot be used: every problem, each with its file and line.
 */
public class RuleBookException extends RuntimeException {

	private final List<Problem> problems;

	/**
	 * The rules cannot be used.
	 * @param problems every problem found
	 */
	public RuleBookException(List<Problem> problems) {
		super("规则有 " + problems.size() + " 处错误：\n"
				+ String.join("\n", problems.stream().map(Problem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found.
	 * @return the problems
	 */
	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One problem of the rules.
	 *
	 * @param file the file, relative to the rules folder
	 * @param line the line (or row of a table), 0 when not known
	 * @param message what is wrong
	 */
	public record Problem(String file, int line, String message) {

		@Override
		public String toString() {
			return this.file + ((this.line > 0) ? " 第" + this.line + "行" : "") + "：" + this.message;
		}

	}

}
