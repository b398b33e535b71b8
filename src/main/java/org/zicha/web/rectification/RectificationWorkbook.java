package org.zicha.web.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rectification ledger (整改台账) of the stored state: one row per problem row with its
 * status, 责任人, 进展 and the rest as they stand, in the columns of the command line's
 * rectification.xlsx (the finding keys last), with the status drop-down, a frozen header
 * and a filter. Text is written as text: Excel never evaluates it.
 */
final class RectificationWorkbook {

	/** The columns. */
	static final List<String> COLUMNS = List.of("序号", "问题类别", "问题描述", "涉及组织", "依据", "严重程度", "整改措施", "责任人", "整改时限",
			"整改状态", "完成日期", "备注", "整改目标", "责任领导", "整改进展", "佐证材料", "销号时间", "变化", "问题编号");

	private static final int[] WIDTHS = { 6, 12, 60, 24, 30, 10, 40, 20, 13, 11, 13, 20, 20, 12, 30, 30, 13, 12, 44 };

	/** The column of 整改状态. */
	static final int STATUS = 9;

	private RectificationWorkbook() {
	}

	static byte[] write(List<Rectification> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("整改台账");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			header.setBorderBottom(BorderStyle.THIN);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle quoted = workbook.createCellStyle();
			quoted.cloneStyleFrom(text);
			quoted.setQuotePrefixed(true);
			CellStyle date = workbook.createCellStyle();
			date.cloneStyleFrom(text);
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(COLUMNS.get(c));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int r = 1;
			for (Rectification x : rows) {
				Row row = sheet.createRow(r);
				Object[] values = { r, x.area(), x.description(), x.orgName(), x.source(), x.severity().shortLabel(),
						x.measure(), x.responsible(), x.deadline(), x.status().label(), x.doneOn(), x.remark(), null,
						null, x.progress(), evidence(x), (x.status() == Status.CLOSED) ? x.doneOn() : null,
						x.change().label(), String.join("\n", x.keys()) };
				for (int c = 0; c < values.length; c++) {
					Cell cell = row.createCell(c);
					Object v = values[c];
					if (v instanceof Integer n) {
						cell.setCellValue(n);
						cell.setCellStyle(text);
					}
					else if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (v != null) {
						String s = v.toString();
						cell.setCellValue(s);
						cell.setCellStyle(s.isEmpty() || "=+-@".indexOf(s.charAt(0)) < 0 ? text : quoted);
					}
				}
				r++;
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidation validation = helper.createValidation(
					helper.createExplicitListConstraint(
							Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new)),
					new CellRangeAddressList(1, rows.size() + 1000, STATUS, STATUS));
			validation.setSuppressDropDownArrow(true);
			validation.setShowErrorBox(true);
			validation.createErrorBox("整改状态有误", "请从下拉列表中选择：未整改、整改中、已完成、已销号。");
			sheet.addValidationData(validation);
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, COLUMNS.size() - 1));
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String evidence(Rectification x) {
		if (x.evidenceFileName() == null) {
			return x.evidenceText();
		}
		return ((x.evidenceText() != null) ? x.evidenceText() + "\n" : "") + "附件：" + x.evidenceFileName();
	}

}
