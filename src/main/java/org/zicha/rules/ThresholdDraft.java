package org.zicha.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds of one duty while the thresholds decision table fills them in: one draft
 * per duty is inserted, and every row of the table whose 义务代码 matches sets its cells —
 * its 组织类别 among them — which are taken as that row's once the row has fired, then
 * checked and parsed into a {@link Threshold}. Cells arrive as text so that any value a
 * cadre types compiles, and a wrong one is reported with its row.
 */
public final class ThresholdDraft {

	private final String code;

	private Map<String, String> cells = new LinkedHashMap<>();

	ThresholdDraft(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

	public void setCategory(String text) {
		this.cells.put("category", text);
	}

	public void setPeriod(String text) {
		this.cells.put("period", text);
	}

	public void setCount(String text) {
		this.cells.put("count", text);
	}

	public void setShare(String text) {
		this.cells.put("share", text);
	}

	public void setLimit(String text) {
		this.cells.put("limit", text);
	}

	public void setDeadline(String text) {
		this.cells.put("deadline", text);
	}

	public void setNotice(String text) {
		this.cells.put("notice", text);
	}

	public void setMax(String text) {
		this.cells.put("max", text);
	}

	public void setOutstation(String text) {
		this.cells.put("outstation", text);
	}

	/**
	 * The cells the last row that fired set, leaving the draft empty for the next row.
	 * @return the cells by parameter name
	 */
	Map<String, String> takeRow() {
		Map<String, String> row = this.cells;
		this.cells = new LinkedHashMap<>();
		return row;
	}

}
