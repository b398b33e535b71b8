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
 * @param headers the header as written of each column the sheet has (for JSON the key as
 * first written), by key
 */
record RawSheet(Table table, String file, String sheet, boolean json, List<RawRow> rows, Set<String> missing,
		Map<String, String> headers) {

	RawSheet(Table table, String file, String sheet, boolean json, List<RawRow> rows, Set<String> missing) {
		this(table, file, sheet, json, rows, missing, new HashMap<>());
	}

	/**
	 * One row of a sheet, or one object of a JSON array: its non-empty cells by the
	 * position of their column in the table, each a text or (for a list written as a list
	 * cell or a JSON array) the list of its items. Identity is the row: two rows with the
	 * same cells are two rows.
	 */
	static final class RawRow {

		private final RawSheet sheet;

		private final int row;

		private final Object[] cells;

		/**
		 * An empty row.
		 * @param sheet the sheet the row belongs to
		 * @param row the Excel row number, or the JSON array index
		 */
		RawRow(RawSheet sheet, int row) {
			this.sheet = sheet;
			this.row = row;
			this.cells = new Object[sheet.table().columns().size()];
		}

		RawSheet sheet() {
			return this.sheet;
		}

		int row() {
			return this.row;
		}

		/**
		 * Set a cell.
		 * @param column the position of the column in the table
		 * @param value a text, or a list of texts
		 */
		void put(int column, Object value) {
			this.cells[column] = value;
		}

		boolean isEmpty() {
			for (Object cell : this.cells) {
				if (cell != null) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether a cell has a value.
		 * @param key the column
		 * @return true when the cell is not empty
		 */
		boolean has(String key) {
			int column = this.sheet.table().index(key);
			return column >= 0 && this.cells[column] != null;
		}

		/**
		 * The text of a cell; a list's items joined with 、.
		 * @param key the column
		 * @return the text, or null when the cell is empty
		 */
		String text(String key) {
			int column = this.sheet.table().index(key);
			Object cell = (column >= 0) ? this.cells[column] : null;
			if (cell instanceof List<?> items) {
				return String.join("、", items.stream().map(String.class::cast).toList());
			}
			return (String) cell;
		}

		/**
		 * The items of a cell read as a list.
		 * @param key the column
		 * @return the items, or null when the cell holds a single text (or nothing)
		 */
		@SuppressWarnings("unchecked")
		List<String> items(String key) {
			int column = this.sheet.table().index(key);
			Object cell = (column >= 0) ? this.cells[column] : null;
			return (cell instanceof List<?>) ? (List<String>) cell : null;
		}

		@Override
		public String toString() {
			return this.sheet.file() + ":" + this.sheet.sheet() + ":" + this.row;
		}

	}

}
