package org.zicha.ledger;

import java.util.Objects;

/**
 * Where a record of the ledger was read: the file, the sheet (or JSON table) and the row
 * (as Excel numbers it, or the JSON array index).
 *
 * @param file the file, as named under the --data path
 * @param sheet the sheet name as written, or the JSON table
 * @param row the Excel row number (1-based) or the JSON array index (0-based)
 * @param json whether the file is a JSON document
 */
public record RecordOrigin(String file, String sheet, int row, boolean json) {

	public RecordOrigin {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(sheet, "sheet");
	}

	/**
	 * The row as a person looks it up: {@code 第12行} in a workbook, {@code [12]} in JSON.
	 * @return the row in words
	 */
	public String rowLabel() {
		return this.json ? "[" + this.row + "]" : "第" + this.row + "行";
	}

	/**
	 * The place in Chinese: {@code 台账.xlsx 工作表“活动”第12行} or
	 * {@code ledger.json activities[12]}.
	 * @return the place
	 */
	public String label() {
		return this.json ? this.file + " " + this.sheet + "[" + this.row + "]"
				: this.file + " 工作表“" + this.sheet + "”第" + this.row + "行";
	}

}
