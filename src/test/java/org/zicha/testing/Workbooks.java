package org.zicha.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Writes small xlsx workbooks for tests: sheets of rows, each row a list of cells. A
 * {@link String} is a text cell, a {@link Number} a numeric cell, a {@link Boolean} a
 * boolean cell, a {@link LocalDate} a real Excel date cell and {@code null} no cell at
 * all. Rows are written from Excel row 1 on, in order; an empty {@code row()} is a blank
 * row.
 *
 * <pre>
 * Workbooks.workbook()
 *     .sheet("组织").row("组织编号", "组织名称", "组织类型").row("B1", "机关第一党支部", "党支部")
 *     .sheet("活动").row("活动编号", "组织编号", "活动类型", "日期").row("A1", "B1", "党课", LocalDate.of(2025, 3, 20))
 *     .write(dir.resolve("台账.xlsx"));
 * </pre>
 */
public final class Workbooks {

	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

	private List<List<Object>> current;

	private boolean date1904;

	private Workbooks() {
	}

	/**
	 * A workbook without sheets.
	 * @return the builder
	 */
	public static Workbooks workbook() {
		return new Workbooks();
	}

	/**
	 * Start a sheet (or continue one of that name); the following rows go to it.
	 * @param name the sheet name
	 * @return this builder
	 */
	public Workbooks sheet(String name) {
		this.current = this.sheets.computeIfAbsent(name, (n) -> new ArrayList<>());
		return this;
	}

	/**
	 * Add a row to the current sheet.
	 * @param cells the cells, from column A on
	 * @return this builder
	 */
	public Workbooks row(Object... cells) {
		if (this.current == null) {
			throw new IllegalStateException("Start a sheet before adding rows");
		}
		this.current.add(Arrays.asList(cells));
		return this;
	}

	/**
	 * A date cell with one of Excel's built-in number formats, as a Chinese Excel or WPS
	 * writes it: for example 31 ({@code yyyy"年"m"月"d"日}) or 57 ({@code yyyy"年"m"月"}),
	 * which the file names by id only, without the format's text.
	 * @param day the date
	 * @param builtinFormat the id of the built-in format
	 * @return the cell, to pass to {@link #row}
	 */
	public static Object dateCell(LocalDate day, int builtinFormat) {
		return new DateCell(day, (short) builtinFormat);
	}

	/**
	 * Count the workbook's dates from 1904-01-01, as Excel for Mac may save it; date
	 * cells still hold the dates given.
	 * @return this builder
	 */
	public Workbooks date1904() {
		this.date1904 = true;
		return this;
	}

	/**
	 * Write the workbook: an Excel 97–2003 workbook when the file name ends in
	 * {@code .xls}, else an xlsx workbook.
	 * @param file the file (its folder is created)
	 * @return the file
	 */
	public Path write(Path file) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
					OutputStream out = Files.newOutputStream(file)) {
				if (this.date1904) {
					use1904(workbook);
				}
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
				this.sheets.forEach((name, rows) -> {
					Sheet sheet = workbook.createSheet(name);
					for (int r = 0; r < rows.size(); r++) {
						Row row = sheet.createRow(r);
						List<Object> cells = rows.get(r);
						for (int c = 0; c < cells.size(); c++) {
							if (cells.get(c) != null) {
								cell(row.createCell(c), cells.get(c), date, workbook, this.date1904);
							}
						}
					}
				});
				workbook.write(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void use1904(Workbook workbook) {
		if (workbook instanceof XSSFWorkbook xssf) {
			CTWorkbook ct = xssf.getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
		}
		else {
			((DateWindow1904Record) ((HSSFWorkbook) workbook).getInternalWorkbook()
				.findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
		}
	}

	private static void cell(Cell cell, Object value, CellStyle date, Workbook workbook, boolean date1904) {
		if (value instanceof DateCell builtin) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(builtin.format());
			cell.setCellValue(DateUtil.getExcelDate(builtin.day().atStartOfDay(), date1904));
			cell.setCellStyle(style);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(DateUtil.getExcelDate(day.atStartOfDay(), date1904));
			cell.setCellStyle(date);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private record DateCell(LocalDate day, short format) {

	}

}
