package org.zicha.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ledger file held: its sheets, and the problems and warnings met while reading
 * it.
 */
final class SourceFile {

	final String label;

	final List<RawSheet> sheets = new ArrayList<>();

	final List<LedgerProblem> problems = new ArrayList<>();

	final List<String> warnings = new ArrayList<>();

	SourceFile(String label) {
		this.label = label;
	}

	void fileProblem(String message) {
		this.problems.add(new LedgerProblem(this.label, null, -1, null, null, message, false, false));
	}

	void sheetProblem(RawSheet sheet, int row, String column, String message) {
		this.problems
			.add(new LedgerProblem(this.label, sheet.sheet(), row, column, null, message, sheet.json(), false));
	}

}
