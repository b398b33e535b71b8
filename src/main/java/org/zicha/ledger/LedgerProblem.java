package org.zicha.ledger;

/**
 * One problem found in a ledger file, located as precisely as it can be: file, sheet (or
 * JSON table), row (as Excel numbers it, or the JSON array index), the record's id or
 * name, column header and the offending value.
 *
 * @param file the file, as named under the --data path
 * @param sheet the sheet name as written, or the JSON path of the array; null for a
 * problem of the whole file
 * @param row the Excel row number (1-based) or JSON array index (0-based); -1 when the
 * problem is not about one row
 * @param recordName the record's id or name with its header, such as {@code 党员编号 M005};
 * null when the row has neither or the problem is about that very column
 * @param column the column header as written (or JSON key), or null
 * @param value the offending value, or null
 * @param message what is wrong, in Chinese
 * @param json whether the file is a JSON document
 * @param consequential whether the problem only follows from another one already reported
 * (a row referring to a skipped row, a cell of a missing column)
 */
public record LedgerProblem(String file, String sheet, int row, String recordName, String column, String value,
		String message, boolean json, boolean consequential) {

	/**
	 * A problem of a file, a sheet or a row without naming the record.
	 * @param file the file
	 * @param sheet the sheet, or null
	 * @param row the row, or -1
	 * @param column the column header, or null
	 * @param value the value, or null
	 * @param message what is wrong
	 * @param json whether the file is a JSON document
	 * @param consequential whether the problem only follows from another one
	 */
	public LedgerProblem(String file, String sheet, int row, String column, String value, String message, boolean json,
			boolean consequential) {
		this(file, sheet, row, null, column, value, message, json, consequential);
	}

	/**
	 * The place of the problem, in Chinese: {@code 台账.xlsx 工作表“活动”第12行（活动编号 A12）“日期”列} or
	 * {@code ledger.json activities[12]（活动编号 A12）.date}.
	 * @return the location
	 */
	public String location() {
		return rowLocation() + columnLocation();
	}

	/**
	 * The row of the problem, without the column: {@code 台账.xlsx 工作表“活动”第12行（活动编号 A12）}.
	 * @return the location of the row (or sheet, or file)
	 */
	public String rowLocation() {
		if (this.sheet == null) {
			return Shown.escaped(this.file);
		}
		String named = (this.recordName != null) ? "（" + this.recordName + "）" : "";
		if (this.json) {
			return Shown.escaped(this.file + " " + this.sheet) + ((this.row >= 0) ? "[" + this.row + "]" + named : "");
		}
		return Shown.escaped(this.file) + " 工作表“" + Shown.escaped(this.sheet) + "”"
				+ ((this.row >= 0) ? "第" + this.row + "行" + named : "");
	}

	private String columnLocation() {
		if (this.column == null) {
			return "";
		}
		return this.json ? "." + Shown.escaped(this.column) : "“" + Shown.escaped(this.column) + "”列";
	}

	/**
	 * What is wrong inside the row: the column, the value and the message.
	 * @return for example {@code “日期”列，值“2025-02-30”：不是日历上存在的日期}
	 */
	public String detail() {
		String shown = (this.value == null) ? "" : "值“" + Shown.value(this.value) + "”";
		String where = (this.column == null) ? ""
				: (this.json ? Shown.escaped(this.column) : "“" + Shown.escaped(this.column) + "”列");
		String prefix = where + ((!where.isEmpty() && !shown.isEmpty()) ? "，" : "") + shown;
		return prefix.isEmpty() ? Shown.escaped(this.message) : prefix + "：" + Shown.escaped(this.message);
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
		String shown = (this.value == null) ? "" : "，值“" + Shown.value(this.value) + "”";
		return location() + shown + "：" + Shown.escaped(this.message);
	}

}
