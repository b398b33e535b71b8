package org.zicha.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one table as read from one file, before any value is interpreted.
 *
 * @param table the table
 * @param file the file
 * @param sheet the sheet name as written, or the JSON path of the array
 * @param json whether read from JSON
 * @param rows the non-empty rows
 * @param missing the keys of required columns the sheet lacks
 * @param headers the header as written of each column the sheet has, by key (empty for
 * JSON, whose keys are the headers)
 */
record RawSheet(Table table, String file, String sheet, boolean json, List<RawRow> rows, Set<String> missing,
		Map<String, String> headers) {

	RawSheet(Table table, String file, String sheet, boolean json, List<RawRow> rows, Set<String> missing) {
		this(table, file, sheet, json, rows, missing, new HashMap<>());
	}

	/**
	 * One row of a sheet, or one object of a JSON array.
	 *
	 * @param sheet the sheet the row belongs to
	 * @param row the Excel row number, or the JSON array index
	 * @param cells the non-empty cells by column key
	 */
	record RawRow(RawSheet sheet, int row, Map<String, Cell> cells) {

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

		@Override
		public String toString() {
			return this.sheet.file() + ":" + this.sheet.sheet() + ":" + this.row;
		}

	}

	/**
	 * One non-empty cell.
	 *
	 * @param header the header as written (or the JSON key)
	 * @param text the cell's text; for a JSON array its items joined with 、
	 * @param items the items of a JSON array, or null for a plain value
	 */
	record Cell(String header, String text, List<String> items) {

	}

}
