package org.zicha.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cell styles of a workbook of tables, and the one way text gets into a cell: as a
 * string, never a formula, quote-prefixed when Excel would otherwise take it for one, and
 * cut to the length a cell holds.
 */
final class SheetCells {

	/** The most characters a cell holds. */
	static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	/** What ends a text cut to fit a cell. */
	static final String CUT = "……（内容过长，已截断）";

	/** The font of every cell. */
	private static final String FONT = "宋体";

	/** The height of one line of text, in points. */
	private static final float LINE = 14;

	/** The most a row's height can be, in points. */
	private static final float MAX_HEIGHT = 409;

	/** Excel's text number format. */
	private static final String TEXT_FORMAT = "@";

	/** How dates are shown. */
	static final String DATE_FORMAT = "yyyy-mm-dd";

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle quotedText;

	private final CellStyle number;

	private final CellStyle date;

	SheetCells(Workbook workbook) {
		workbook.getFontAt(0).setFontName(FONT);
		Font bold = workbook.createFont();
		bold.setFontName(FONT);
		bold.setBold(true);
		this.header = bordered(workbook);
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		short textFormat = workbook.createDataFormat().getFormat(TEXT_FORMAT);
		this.header.setDataFormat(textFormat);
		this.text = bordered(workbook);
		this.text.setDataFormat(textFormat);
		this.quotedText = bordered(workbook);
		this.quotedText.setDataFormat(textFormat);
		this.quotedText.setQuotePrefixed(true);
		this.number = bordered(workbook);
		this.number.setAlignment(HorizontalAlignment.CENTER);
		this.date = bordered(workbook);
		this.date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	/**
	 * Write the header row (row 1), freeze it, and set the columns' widths.
	 * @param sheet the sheet
	 * @param titles the column titles
	 * @param widths each column's width, in characters of the default font
	 */
	void header(Sheet sheet, List<String> titles, int[] widths) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < titles.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(titles.get(c));
			cell.setCellStyle(this.header);
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		fitHeight(row, widths);
		sheet.createFreezePane(0, 1);
	}

	/**
	 * Filter the header and the data rows, and print them on landscape A4, the header
	 * repeated on every page.
	 * @param sheet the sheet
	 * @param lastRow the last data row (0 when there are none)
	 * @param lastColumn the last column
	 */
	static void finish(Sheet sheet, int lastRow, int lastColumn) {
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.5);
	}

	/**
	 * Print only some columns of a sheet (the keys, for traceability on screen, stay off
	 * paper).
	 * @param workbook the workbook
	 * @param sheet the sheet's index
	 * @param lastColumn the last column printed
	 * @param lastRow the last row printed
	 */
	static void printArea(Workbook workbook, int sheet, int lastColumn, int lastRow) {
		workbook.setPrintArea(sheet, 0, lastColumn, 0, Math.max(0, lastRow));
	}

	/**
	 * Write text as a string cell: quote-prefixed when it begins like a formula, cut when
	 * it is longer than a cell holds, empty when null.
	 * @param row the row
	 * @param column the column
	 * @param value the text, or null
	 */
	void text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		if (value == null || value.isEmpty()) {
			cell.setCellStyle(this.text);
			return;
		}
		cell.setCellValue(fit(value));
		cell.setCellStyle(looksLikeFormula(value) ? this.quotedText : this.text);
	}

	void number(Row row, int column, int value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.number);
	}

	void date(Row row, int column, LocalDate value) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(this.date);
	}

	/**
	 * Whether Excel would take text for a formula when it is entered or re-entered: it
	 * begins (after any blanks) with =, +, - or @, or their full-width forms, which an
	 * East Asian input method turns into them.
	 * @param value the text
	 * @return true when it must be written quote-prefixed
	 */
	static boolean looksLikeFormula(String value) {
		String s = value.stripLeading();
		return !s.isEmpty() && "=+-@＝＋－＠".indexOf(s.charAt(0)) >= 0
				|| !value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r');
	}

	/**
	 * Text cut to what a cell holds, marked as cut.
	 * @param value the text
	 * @return the text, or its beginning and {@link #CUT}
	 */
	static String fit(String value) {
		if (value.length() <= MAX_TEXT) {
			return value;
		}
		int end = MAX_TEXT - CUT.length();
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + CUT;
	}

	/**
	 * Lines joined into one cell, as many whole lines as fit, then how many are left out.
	 * @param lines the lines
	 * @return the cell's text
	 */
	static String joinLines(List<String> lines) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String more = "\n……另有" + (lines.size() - i) + "项未列出";
			String line = ((i > 0) ? "\n" : "") + lines.get(i);
			if (sb.length() + line.length() + more.length() > MAX_TEXT) {
				return sb.append(more).toString();
			}
			sb.append(line);
		}
		return sb.toString();
	}

	/**
	 * Make a row tall enough to show all its wrapped text, as no spreadsheet sizes the
	 * rows of a file on opening it: the lines are estimated from each text's width (a
	 * character of U+2000 and above, Chinese and its punctuation, counts two) and its
	 * column's.
	 * @param row the row, its cells written
	 * @param widths each column's width, in characters of the default font
	 */
	static void fitHeight(Row row, int[] widths) {
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING) {
				lines = Math.max(lines, lineCount(cell.getStringCellValue(), widths[cell.getColumnIndex()]));
			}
		}
		row.setHeightInPoints(Math.min(MAX_HEIGHT, lines * LINE + 3));
	}

	/**
	 * How many lines a text takes in a column when wrapped.
	 * @param text the text
	 * @param width the column's width, in characters of the default font
	 * @return the number of lines
	 */
	static int lineCount(String text, int width) {
		int usable = Math.max(1, width - 1);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int w = line.codePoints().map((cp) -> (cp < 0x2000) ? 1 : 2).sum();
			lines += Math.max(1, (w + usable - 1) / usable);
		}
		return lines;
	}

}
