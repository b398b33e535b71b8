package org.zicha.ledger;

/**
 * A record read from a row, kept with its row so that later checks can report against it.
 *
 * @param <T> the record type
 * @param row the row
 * @param value the record
 */
record Parsed<T>(RawSheet.RawRow row, T value) {

	String where() {
		RawSheet sheet = this.row.sheet();
		return sheet.json() ? sheet.file() + " " + sheet.sheet() + "[" + this.row.row() + "]"
				: sheet.file() + " 工作表“" + sheet.sheet() + "”第" + this.row.row() + "行";
	}

	RecordOrigin origin() {
		RawSheet sheet = this.row.sheet();
		return new RecordOrigin(sheet.file(), sheet.sheet(), this.row.row(), sheet.json());
	}

}
