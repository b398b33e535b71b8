package org.zicha.ledger;

/**
 * One problem found in a ledger file, located as precisely as it can be: file, sheet (or
 * JSON table), row (as Excel numbers it, or the JSON array index), column header and the
 * offending value.
 *
 * @param file the file, as named under the --data path
 * @param sheet the sheet name as written, or the JSON path of the array; null for a
 * problem of the whole file
 * @param row the Excel row number (1-based) or JSON array index (0-based); -1 when the
 * problem is not about one row
 * @param column the column header as written (or JSON key), or null
 * @param value the offending value, or null
 * @param message what is wrong, in Chinese
 * @param json whether the file is a JSON document
 * @param consequential whether the problem only follows from another one already reported
 * (a row referring to a skipped row, a cell of a missing column)
 */
public record LedgerProblem(String file, String sheet, int row, String column, String value, String message,
		boolean json, boolean consequential) {

	/**
	 * The place of the problem, in Chinese: {@code 台账.xlsx 工作表“活动”第12行“日期”列} or
	 * {@code ledger.json activities[12].date}.
	 * @return the location
	 */
	public String location() {
		return rowLocation() + columnLocation();
	}

	/**
	 * The row of the problem, without the column: {@code 台账.xlsx 工作表“活动”第12行}.
	 * @return the location of the row (or sheet, or file)
	 */
	public String rowLocation() {
		if (this.sheet == null) {
			return this.file;
		}
		if (this.json) {
			return this.file + " " + this.sheet + ((this.row >= 0) ? "[" + this.row + "]" : "");
		}
		return this.file + " 工作表“" + this.sheet + "”" + ((this.row >= 0) ? "第" + this.row + "行" : "");
	}

	private String columnLocation() {
		if (this.column == null) {
			return "";
		}
		return this.json ? "." + this.column : "“" + this.column + "”列";
	}

	/**
	 * What is wrong inside the row: the column, the value and the message.
	 * @return for example {@code “日期”列，值“2025-02-30”：不是日历上存在的日期}
	 */
	public String detail() {
		String shown = (this.value == null) ? "" : "值“" + this.value + "”";
		String where = (this.column == null) ? "" : (this.json ? this.column : "“" + this.column + "”列");
		String prefix = where + ((!where.isEmpty() && !shown.isEmpty()) ? "，" : "") + shown;
		return prefix.isEmpty() ? this.message : prefix + "：" + this.message;
	}

	/**
	 * The identity of the row:
	 * {@code <file>:<sheet or table>:<Excel row or array index>}.
	 * @return the row id used as the subject of a DATA.INVALID_ROW finding
	 */
	public String rowId() {
		return this.file + ":" + this.sheet + ":" + this.row;
	}

	@Override
	public String toString() {
		String shown = (this.value == null) ? "" : "，值“" + this.value + "”";
		return location() + shown + "：" + this.message;
	}

}
