package org.zicha.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Edits a copy of the thresholds decision table the way a cadre would in Excel: finds the
 * row of a duty and the column by its label, and types a new value.
 */
public final class ThresholdsTable {

	private ThresholdsTable() {
	}

	/**
	 * Set one cell of the table.
	 * @param file the thresholds.xlsx to edit
	 * @param duty the duty code of the row
	 * @param column the column label (统计周期, 次数, 比例, 时限, 提醒窗口（天）)
	 * @param value the text to type
	 * @throws IOException when the file cannot be read or written
	 */
	public static void set(Path file, String duty, String column, String value) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		DataFormatter formatter = new DataFormatter();
		Sheet sheet = workbook.getSheetAt(0);
		int col = -1;
		Row target = null;
		for (Row row : sheet) {
			for (Cell cell : row) {
				String text = formatter.formatCellValue(cell);
				if (text.equals(column)) {
					col = cell.getColumnIndex();
				}
				if (text.equals(duty)) {
					target = row;
				}
			}
		}
		if (col < 0 || target == null) {
			throw new IllegalArgumentException("No column " + column + " or row " + duty);
		}
		target.createCell(col).setCellValue(value);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

}
