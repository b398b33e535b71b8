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
 * @param origins where the activities, talks and dues payments were read
 */
public record LedgerRead(Ledger ledger, List<InvalidRow> invalidRows, List<String> warnings, List<String> files,
		String digest, RecordOrigins origins) {

	public LedgerRead {
		invalidRows = List.copyOf(invalidRows);
		warnings = List.copyOf(warnings);
		files = List.copyOf(files);
		origins = (origins != null) ? origins : RecordOrigins.none();
	}

	/**
	 * A read of a ledger whose records' origins are not known (one not read from files).
	 * @param ledger the ledger
	 * @param invalidRows the rows skipped under --lenient
	 * @param warnings what was ignored
	 * @param files the files read
	 * @param digest sha256 of the inputs
	 */
	public LedgerRead(Ledger ledger, List<InvalidRow> invalidRows, List<String> warnings, List<String> files,
			String digest) {
		this(ledger, invalidRows, warnings, files, digest, RecordOrigins.none());
	}

}
