package org.zicha.ledger;

import java.util.List;

/**
 * A row that --lenient skipped, with everything wrong with it.
 *
 * @param id {@code <file>:<sheet or table>:<Excel row or array index>}
 * @param location where the row is, in Chinese
 * @param problems what is wrong with it, one sentence each
 */
public record InvalidRow(String id, String location, List<String> problems) {

	public InvalidRow {
		problems = List.copyOf(problems);
	}

}
