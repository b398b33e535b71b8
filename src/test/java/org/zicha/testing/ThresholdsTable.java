package org.zicha.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Edits a copy of the thresholds decision table the way a cadre would in Excel: finds the
 * row of a duty and the column by its label, and types a new value or inserts a row for a
 * category of organisation.
 */
public final class ThresholdsTable {

	private ThresholdsTable() {
	}

	/**
	 * Set one cell of the table, in the duty's row for every organisation.
	 * @param file the thresholds.xlsx to edit
	 * @param duty the duty code of the row
	 * @param column the column label (组织类别, 统计周期, 次数, 比例, 时限, 提醒窗口（天）)
	 * @param value the text to type
	 * @throws IOException when the file cannot be read or written
	 */
	public static void set(Path file, String duty, String column, String value) throws IOException {
		edit(file, (sheet, columns) -> {
			Row target = findRow(sheet, duty);
			target.createCell(column(columns, column)).setCellValue(value);
		});
	}

	/**
	 * Add a row for a category of organisation right below the duty's row, as a cadre
	 * would insert one in Excel.
	 * @param file the thresholds.xlsx to edit
	 * @param duty the duty code
	 * @param category the 组织类别 the row is for
	 * @param values the values by column label, such as 统计周期 → 半年
	 * @throws IOException when the file cannot be read or written
	 */
	public static void addRow(Path file, String duty, String category, Map<String, String> values) throws IOException {
		edit(file, (sheet, columns) -> {
			Row below = findRow(sheet, duty);
			int at = below.getRowNum() + 1;
			sheet.shiftRows(at, sheet.getLastRowNum(), 1);
			Row row = sheet.createRow(at);
			for (Cell cell : below) {
				row.createCell(cell.getColumnIndex()).setCellStyle(cell.getCellStyle());
			}
			row.getCell(column(columns, "义务代码")).setCellValue(duty);
			row.getCell(column(columns, "组织类别")).setCellValue(category);
			values.forEach((label, value) -> row.getCell(column(columns, label)).setCellValue(value));
		});
	}

	/**
	 * Insert a column of the decision table before another one, as the rules' maintainers
	 * add a threshold: its header cell, the action that sets the draft's cell (in the
	 * table's code row) and its label (in the table's label row), styled as the column it
	 * is inserted before, which moves right with every column after it.
	 * @param file the thresholds.xlsx to edit
	 * @param before the label of the column the new one goes before (说明)
	 * @param label the new column's label (截止日期)
	 * @param code the action, such as {@code $d.setDeadline("$param");}
	 * @throws IOException when the file cannot be read or written
	 */
	public static void insertColumn(Path file, String before, String label, String code) throws IOException {
		edit(file, (sheet, columns) -> {
			int at = column(columns, before);
			int last = 0;
			for (Row row : sheet) {
				last = Math.max(last, row.getLastCellNum() - 1);
			}
			int width = sheet.getColumnWidth(at);
			sheet.shiftColumns(at, last, 1);
			for (int c = last + 1; c > at; c--) {
				sheet.setColumnWidth(c, sheet.getColumnWidth(c - 1));
			}
			sheet.setColumnWidth(at, width);
			for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
				CellRangeAddress region = sheet.getMergedRegion(i);
				if (region.getFirstColumn() < at && region.getLastColumn() >= at - 1) {
					sheet.removeMergedRegion(i);
					sheet.addMergedRegion(new CellRangeAddress(region.getFirstRow(), region.getLastRow(),
							region.getFirstColumn(), region.getLastColumn() + 1));
				}
			}
			DataFormatter formatter = new DataFormatter();
			for (Row row : sheet) {
				Cell left = row.getCell(at - 1);
				Cell right = row.getCell(at + 1);
				String leftText = (left != null) ? formatter.formatCellValue(left) : "";
				String rightText = (right != null) ? formatter.formatCellValue(right) : "";
				if (left == null && right == null) {
					continue;
				}
				Cell cell = row.createCell(at);
				cell.setCellStyle(((left != null) ? left : right).getCellStyle());
				if (rightText.equals("DESCRIPTION")) {
					cell.setCellValue("ACTION");
				}
				else if (leftText.startsWith("$d.")) {
					cell.setCellValue(code);
				}
				else if (rightText.equals(before)) {
					cell.setCellValue(label);
				}
				else if (left != null && left.getCellType() == CellType.STRING && leftText.isEmpty()) {
					cell.setCellValue("");
				}
			}
		});
	}

	/**
	 * Empty one cell of the table, in the duty's row for every organisation.
	 * @param file the thresholds.xlsx to edit
	 * @param duty the duty code of the row
	 * @param column the column label
	 * @throws IOException when the file cannot be read or written
	 */
	public static void clear(Path file, String duty, String column) throws IOException {
		edit(file, (sheet, columns) -> {
			Row target = findRow(sheet, duty);
			Cell cell = target.getCell(column(columns, column));
			if (cell != null) {
				cell.setBlank();
			}
		});
	}

	/**
	 * Replace words in every text cell of the table (its notes).
	 * @param file the thresholds.xlsx to edit
	 * @param words the words to replace
	 * @param replacement what replaces them
	 * @throws IOException when the file cannot be read or written
	 */
	public static void replaceText(Path file, String words, String replacement) throws IOException {
		edit(file, (sheet, columns) -> {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(words)) {
						cell.setCellValue(cell.getStringCellValue().replace(words, replacement));
					}
				}
			}
		});
	}

	private static void edit(Path file, BiConsumer<Sheet, Map<String, Integer>> change) throws IOException {
		try (XSSFWorkbook workbook = read(file)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Map<String, Integer> columns = new HashMap<>();
			for (Row row : sheet) {
				for (Cell cell : row) {
					columns.putIfAbsent(formatter.formatCellValue(cell), cell.getColumnIndex());
				}
			}
			change.accept(sheet, columns);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static XSSFWorkbook read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Row findRow(Sheet sheet, String duty) {
		DataFormatter formatter = new DataFormatter();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (formatter.formatCellValue(cell).equals(duty)) {
					return row;
				}
			}
		}
		throw new IllegalArgumentException("No row " + duty);
	}

	private static int column(Map<String, Integer> columns, String label) {
		Integer column = columns.get(label);
		if (column == null) {
			throw new IllegalArgumentException("No column " + label);
		}
		return column;
	}

}
