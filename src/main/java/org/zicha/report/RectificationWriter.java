package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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

/**
 * Writes the rectification ledger (rectification.xlsx, 整改台账): one row per issue of the
 * report, with its measure, who leads it, the deadline, a status to keep up to date from
 * a drop-down, and the keys of its findings; then, when there are any, the exempted
 * findings on a second sheet. Rows are streamed to disk as they are written, so a large
 * run stays small in memory.
 */
public final class RectificationWriter {

	/** The name of the ledger's sheet. */
	static final String SHEET = "整改台账";

	/** The columns of the ledger. */
	static final List<String> COLUMNS = List.of("序号", "问题类别", "问题描述", "涉及组织", "依据", "严重程度", "整改措施", "责任人", "整改时限",
			"整改状态", "完成日期", "备注", "问题编号");

	/**
	 * The columns' widths, in characters of the default font (a Chinese character is
	 * two).
	 */
	private static final int[] WIDTHS = { 6, 12, 60, 28, 30, 10, 50, 28, 13, 11, 13, 20, 44 };

	/** The columns of the exempted findings. */
	static final List<String> EXEMPTED_COLUMNS = List.of("序号", "事项", "组织", "期间", "理由", "批准文号");

	private static final int[] EXEMPTED_WIDTHS = { 6, 60, 28, 16, 40, 24 };

	/** The column of 整改状态. */
	static final int STATUS = 9;

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
	 * @param phrasing the wording (the statuses of the drop-down, the headings)
	 */
	public RectificationWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * Write the workbook.
	 * @param report the report
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 * @throws IllegalArgumentException when the statuses cannot make a drop-down list
	 */
	public void write(Report report, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = workbook(report);
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
		List<String> statuses = statuses();
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			SheetCells cells = new SheetCells(workbook);
			ledger(workbook.createSheet(SHEET), cells, report.issues(), statuses);
			if (!report.exempted().isEmpty()) {
				exempted(workbook.createSheet(WorkbookUtil.createSafeSheetName(this.phrasing.heading("exempted"))),
						cells, report.exempted());
			}
			return workbook;
		}
		catch (RuntimeException ex) {
			workbook.dispose();
			throw ex;
		}
	}

	private static void ledger(Sheet sheet, SheetCells cells, List<Report.Issue> issues, List<String> statuses) {
		cells.header(sheet, COLUMNS, WIDTHS);
		int r = 1;
		for (Report.Issue issue : issues) {
			Row row = sheet.createRow(r++);
			cells.number(row, 0, issue.number());
			cells.text(row, 1, issue.area());
			cells.text(row, 2, issue.sentence());
			cells.text(row, 3, String.join("、", issue.organisations()));
			cells.text(row, 4, issue.source());
			cells.text(row, 5, issue.severity().shortLabel());
			cells.text(row, 6, issue.remedy());
			cells.text(row, 7, issue.responsible());
			cells.date(row, 8, issue.deadline());
			cells.text(row, STATUS, statuses.get(0));
			cells.date(row, 10, null);
			cells.text(row, 11, null);
			cells.text(row, 12, SheetCells.joinLines(issue.keys()));
			SheetCells.fitHeight(row, WIDTHS);
		}
		statusList(sheet, statuses, issues.size() + MARGIN);
		SheetCells.finish(sheet, issues.size(), COLUMNS.size() - 1);
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

	/**
	 * The statuses, checked to fit an explicit drop-down list: no commas, 255 characters
	 * in all.
	 */
	private List<String> statuses() {
		List<String> statuses = this.phrasing.statuses();
		String joined = String.join(",", statuses);
		if (statuses.stream().anyMatch((s) -> s.isBlank() || s.contains(",") || s.contains("\""))
				|| joined.length() > 255) {
			throw new IllegalArgumentException(Phrasing.FILE + " 中的整改状态（rectification.statuses）不能为空或含逗号、引号，合计不超过255个字符："
					+ String.join("、", statuses));
		}
		return statuses;
	}

}
