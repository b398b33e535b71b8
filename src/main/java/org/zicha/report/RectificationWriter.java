package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;

import static org.zicha.report.RectificationColumns.ALL;

/**
 * Writes the rectification ledger (rectification.xlsx, 整改台账): one row per duty and
 * responsible organisation, with its measure, who leads it, the deadline, a status to
 * keep up to date from a drop-down, the columns the branches fill in, its change since
 * the earlier run and the keys of its findings; then the earlier rows no longer found;
 * then, when there are any, the exempted findings on a second sheet. What was typed into
 * the earlier ledger is carried over. Rows are streamed to disk as they are written, so a
 * large run stays small in memory.
 */
public final class RectificationWriter {

	/** The name of the ledger's sheet. */
	static final String SHEET = "整改台账";

	/**
	 * The columns' widths, in characters of the default font (a Chinese character is
	 * two), in the order of {@link RectificationColumns#ALL}.
	 */
	private static final int[] WIDTHS = { 5, 8, 34, 14, 20, 9, 12, 26, 9, 14, 11, 9, 14, 11, 12, 11, 12, 11, 30 };

	/** The columns of the exempted findings. */
	static final List<String> EXEMPTED_COLUMNS = List.of("序号", "事项", "组织", "期间", "理由", "批准文号");

	private static final int[] EXEMPTED_WIDTHS = { 6, 60, 28, 16, 40, 24 };

	/** The column of 整改状态. */
	static final int STATUS = ALL.indexOf(RectificationColumns.STATUS);

	/**
	 * How many rows below the data the status drop-down also covers, for rows added by
	 * hand.
	 */
	static final int MARGIN = 1000;

	/** How many rows are kept in memory before they are flushed to disk. */
	private static final int WINDOW = 50;

	private final Phrasing phrasing;

	/**
	 * A writer with the unit's wording.
	 * @param phrasing the wording (the statuses of the drop-down, the changes, the
	 * headings)
	 */
	public RectificationWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Write the workbook.
	 * @param report the report
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, OutputStream out) throws IOException {
		write(report.rows(), report.closedRows(), report.exempted(), out);
	}

	/**
	 * Write the workbook of some rows: an organisation's subtree, or rows whose tracking
	 * is the state a web application keeps.
	 * @param rows the rows
	 * @param closed the earlier rows no longer found
	 * @param exempted the exempted findings
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(List<Report.Row> rows, List<Report.Row> closed, List<Exempted> exempted, OutputStream out)
			throws IOException {
		SXSSFWorkbook workbook = workbook(rows, closed, exempted);
		try {
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * The filled workbook, not yet written; the caller writes and disposes of it.
	 * @param report the report
	 * @return the workbook
	 */
	SXSSFWorkbook workbook(Report report) {
		return workbook(report.rows(), report.closedRows(), report.exempted());
	}

	private SXSSFWorkbook workbook(List<Report.Row> rows, List<Report.Row> closed, List<Exempted> exempted) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			SheetCells cells = new SheetCells(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			cells.header(sheet, ALL, WIDTHS);
			int r = 1;
			for (Report.Row row : rows) {
				row(sheet.createRow(r++), row, cells);
			}
			for (Report.Row row : closed) {
				closedRow(sheet.createRow(r++), row, cells);
			}
			statusList(sheet, this.phrasing.statuses(), r - 1 + MARGIN);
			SheetCells.finish(sheet, r - 1, ALL.size() - 1);
			SheetCells.printArea(workbook, 0, ALL.size() - 2, r - 1);
			if (!exempted.isEmpty()) {
				exempted(workbook.createSheet(WorkbookUtil.createSafeSheetName(this.phrasing.heading("exempted"))),
						cells, exempted);
			}
			return workbook;
		}
		catch (RuntimeException ex) {
			workbook.dispose();
			throw ex;
		}
	}

	private void row(Row sheetRow, Report.Row row, SheetCells cells) {
		Map<String, Object> values = new java.util.HashMap<>(row.tracking().cells());
		values.put(RectificationColumns.NUMBER, row.number());
		values.put(RectificationColumns.CATEGORY, row.theme());
		values.put(RectificationColumns.DESCRIPTION, row.sentence());
		values.put(RectificationColumns.ORGANISATION, row.orgName());
		values.put(RectificationColumns.SOURCE, row.source());
		values.put(RectificationColumns.SEVERITY, row.severity().shortLabel());
		values.put(RectificationColumns.MEASURE, row.remedy());
		values.putIfAbsent(RectificationColumns.RESPONSIBLE, row.responsible());
		values.put(RectificationColumns.DEADLINE, row.deadline());
		values.putIfAbsent(RectificationColumns.STATUS, this.phrasing.statuses().get(0));
		values.put(RectificationColumns.CHANGE, change(row.change()));
		values.put(RectificationColumns.KEYS, SheetCells.joinLines(row.keys()));
		write(sheetRow, values, cells);
	}

	/**
	 * An earlier row no longer found: every cell as it was, with its number and change.
	 */
	private void closedRow(Row sheetRow, Report.Row row, SheetCells cells) {
		Map<String, Object> values = new java.util.HashMap<>(row.tracking().cells());
		values.put(RectificationColumns.NUMBER, row.number());
		values.put(RectificationColumns.CHANGE, change(row.change()));
		write(sheetRow, values, cells);
	}

	private static void write(Row sheetRow, Map<String, Object> values, SheetCells cells) {
		for (int c = 0; c < ALL.size(); c++) {
			Object value = values.get(ALL.get(c));
			if (value instanceof Integer n) {
				cells.number(sheetRow, c, n);
			}
			else if (value instanceof LocalDate
					|| RectificationColumns.DATES.contains(ALL.get(c)) && !(value instanceof String)) {
				cells.date(sheetRow, c, (LocalDate) value);
			}
			else {
				cells.text(sheetRow, c, (value != null) ? value.toString() : null);
			}
		}
		SheetCells.fitHeight(sheetRow, WIDTHS);
	}

	private String change(Report.Change change) {
		return (change != null) ? this.phrasing.word("rectification.changes." + change.name()) : null;
	}

	/**
	 * The drop-down of the status column, from the first data row down to a margin below
	 * the last; anything else entered is refused.
	 */
	private static void statusList(Sheet sheet, List<String> statuses, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(statuses.toArray(String[]::new));
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, lastRow, STATUS, STATUS));
		// In XSSF, "suppress" false writes showDropDown="1", which hides the arrow.
		validation.setSuppressDropDownArrow(true);
		validation.setEmptyCellAllowed(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox("整改状态有误", "请从下拉列表中选择整改状态：" + String.join("、", statuses) + "。");
		sheet.addValidationData(validation);
	}

	private static void exempted(Sheet sheet, SheetCells cells, List<Exempted> exempted) {
		cells.header(sheet, EXEMPTED_COLUMNS, EXEMPTED_WIDTHS);
		int r = 1;
		for (Exempted e : exempted) {
			Finding f = e.finding();
			Row row = sheet.createRow(r);
			cells.number(row, 0, r++);
			cells.text(row, 1, f.message());
			cells.text(row, 2, f.orgName());
			cells.text(row, 3, (f.period() != null) ? f.period().label() : null);
			cells.text(row, 4, e.reason());
			cells.text(row, 5, (e.approval() != null) ? e.approval() : "—");
			SheetCells.fitHeight(row, EXEMPTED_WIDTHS);
		}
		SheetCells.finish(sheet, exempted.size(), EXEMPTED_COLUMNS.size() - 1);
	}

}
