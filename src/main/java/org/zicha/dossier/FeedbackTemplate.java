package org.zicha.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.zicha.finding.Duty;
import org.zicha.report.SheetCells;

/**
 * Writes the empty feedback workbook (巡视反馈问题整改情况表): the sheet of items with its headers
 * and drop-downs (对应义务 from the duty codes, 状态, a date for 时限), the sheet of duty codes,
 * and how to fill it in.
 */
public final class FeedbackTemplate {

	/** The name of the sheet of duty codes. */
	static final String DUTIES = "义务代码";

	/** The name of the sheet of instructions. */
	static final String HELP = "填写说明";

	/** How many rows the drop-downs cover. */
	static final int ROWS = 500;

	private static final List<String> HELP_LINES = List.of("巡视反馈问题整改情况表：填写说明",
			"1. 每行填写上次巡视（巡察）反馈的一个问题。“问题”为必填，其余各列按整改台账填写。",
			"2. “对应义务”填写该问题对应的义务代码（见“义务代码”工作表），可填多个，用顿号分隔；以 * 结尾表示该前缀下的全部义务（如 SHYK.*）。不对应具体义务的问题可不填。",
			"3. 填写了“对应义务”的问题，“时限”为必填；“涉及组织”填写台账组织表中的组织编号或名称，多个用顿号分隔，不填表示全部组织。",
			"4. 生成佐证目录时，zicha 对照台账核验：时限之后相应义务仍未落实的，判定为“整改不到位”。", "5. “状态”从下拉列表中选择：未整改、整改中、已完成、已销号；不填视为未整改。",
			"6. 使用：java -jar zicha.jar dossier --data 台账文件夹 --from 起始日期 --to 截止日期 --feedback 本表 --out 输出文件夹");

	private final List<Duty> duties;

	/**
	 * A template listing the rules' duties.
	 * @param duties the duties, in catalog order
	 */
	public FeedbackTemplate(List<Duty> duties) {
		this.duties = List.copyOf(duties);
	}

	/**
	 * Write the empty workbook.
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetCells cells = new SheetCells(workbook);
			FeedbackColumn[] columns = FeedbackColumn.values();
			Sheet items = workbook.createSheet(FeedbackColumn.SHEET);
			int[] widths = new int[columns.length];
			for (int c = 0; c < columns.length; c++) {
				widths[c] = columns[c].width();
			}
			cells.header(items, Arrays.stream(columns).map(FeedbackColumn::header).toList(), widths);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			items.setDefaultColumnStyle(FeedbackColumn.DEADLINE.ordinal(), date);
			Sheet codes = workbook.createSheet(DUTIES);
			cells.header(codes, List.of("义务代码", "义务", "领域"), new int[] { 28, 30, 14 });
			int r = 1;
			for (Duty duty : this.duties) {
				Row row = codes.createRow(r++);
				cells.text(row, 0, duty.code());
				cells.text(row, 1, duty.title());
				cells.text(row, 2, duty.area());
			}
			SheetCells.finish(codes, r - 1, 2);
			validations(items, r - 1);
			SheetCells.finish(items, 0, columns.length - 1);
			Sheet help = workbook.createSheet(HELP);
			help.setColumnWidth(0, 120 * 256);
			int h = 0;
			for (String line : HELP_LINES) {
				help.createRow(h++).createCell(0).setCellValue(line);
			}
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private static void validations(Sheet sheet, int lastCode) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation status = helper.createValidation(
				helper.createExplicitListConstraint(FeedbackColumn.STATUSES.toArray(String[]::new)),
				column(FeedbackColumn.STATUS));
		refuse(status, "状态有误", "请从下拉列表中选择：" + String.join("、", FeedbackColumn.STATUSES) + "。");
		sheet.addValidationData(status);
		DataValidation duties = helper.createValidation(
				helper.createFormulaListConstraint("'" + DUTIES + "'!$A$2:$A$" + (lastCode + 1)),
				column(FeedbackColumn.DUTIES));
		duties.setSuppressDropDownArrow(true);
		duties.setEmptyCellAllowed(true);
		// a cell may name several codes: typed text is allowed after a warning
		duties.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		duties.setShowErrorBox(true);
		duties.createErrorBox("对应义务", "可从下拉列表选择一个义务代码，或填写多个代码（用顿号分隔）；代码见“义务代码”工作表。");
		sheet.addValidationData(duties);
		DataValidationConstraint day = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				"DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
		DataValidation deadline = helper.createValidation(day, column(FeedbackColumn.DEADLINE));
		refuse(deadline, "时限有误", "请填写日期，如 2025-06-30。");
		sheet.addValidationData(deadline);
	}

	private static CellRangeAddressList column(FeedbackColumn column) {
		return new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal());
	}

	private static void refuse(DataValidation validation, String title, String text) {
		// In XSSF, "suppress" false writes showDropDown="1", which hides the arrow.
		validation.setSuppressDropDownArrow(true);
		validation.setEmptyCellAllowed(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(title, text);
	}

}
