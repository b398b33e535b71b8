package org.zicha.report;

import java.util.Collection;
import java.util.stream.Collectors;

import org.zicha.finding.Finding;

/**
 * The ledger rows a lenient read skipped, as the attachment 台账数据问题 lists them: where each
 * row is and what is wrong with it.
 */
final class DataProblems {

	private DataProblems() {
	}

	/**
	 * Where the row is: file, sheet, row and its id.
	 * @param finding the finding of a skipped row
	 * @return the location
	 */
	static String location(Finding finding) {
		return (finding.subject() != null && finding.subject().name() != null) ? finding.subject().name()
				: finding.message();
	}

	/**
	 * What is wrong with the row, each problem after the other.
	 * @param finding the finding of a skipped row
	 * @return the problems
	 */
	static String problems(Finding finding) {
		Object problems = finding.evidence().get("problems");
		if (problems instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining("；"));
		}
		return (problems != null) ? problems.toString() : finding.message();
	}

}
