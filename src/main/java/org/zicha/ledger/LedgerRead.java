package org.zicha.ledger;

import java.util.List;

/**
 * The outcome of reading a ledger.
 *
 * @param ledger the ledger of every valid row
 * @param invalidRows the rows skipped under --lenient (empty otherwise)
 * @param warnings what was ignored: unknown sheets and columns, values without effect
 * @param files the files read, as labelled in messages
 * @param digest sha256 of the inputs (names and contents), hex
 */
public record LedgerRead(Ledger ledger, List<InvalidRow> invalidRows, List<String> warnings, List<String> files,
		String digest) {

	public LedgerRead {
		invalidRows = List.copyOf(invalidRows);
		warnings = List.copyOf(warnings);
		files = List.copyOf(files);
	}

}
