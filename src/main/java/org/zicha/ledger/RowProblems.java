package org.zicha.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in the rows of a ledger, kept by row so that a row with any problem
 * can be skipped as a whole.
 */
final class RowProblems {

	private final Map<RawSheet.RawRow, List<LedgerProblem>> byRow = new LinkedHashMap<>();

	void add(RawSheet.RawRow row, String recordName, String header, String value, String message,
			boolean consequential) {
		RawSheet sheet = row.sheet();
		this.byRow.computeIfAbsent(row, (r) -> new ArrayList<>())
			.add(new LedgerProblem(sheet.file(), sheet.sheet(), row.row(), recordName, header, value, message,
					sheet.json(), consequential));
	}

	boolean valid(RawSheet.RawRow row) {
		return !this.byRow.containsKey(row);
	}

	Map<RawSheet.RawRow, List<LedgerProblem>> byRow() {
		return this.byRow;
	}

}
