package org.zicha.web.rectification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and fills in rectification workbooks in tests, as a branch would in Excel: the
 * rows of the sheet 整改台账 by column title (dates as ISO text), and the workbook with some
 * cells typed into the rows that match (its properties, and so its title, kept).
 */
public final class RectificationWorkbooks {

	private RectificationWorkbooks() {
	}

	/**
	 * The rows of a workbook, each by column title; empty cells as "".
	 * @param xlsx the workbook
	 * @return the rows below the header
	 */
	public static List<Map<String, String>> rows(byte[] xlsx) {
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("整改台账");
			Row header = sheet.getRow(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (Cell title : header) {
					Cell cell = row.getCell(title.getColumnIndex());
					String text = "";
					if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						text = cell.getLocalDateTimeCellValue().toLocalDate().toString();
					}
					else if (cell != null) {
						text = formatter.formatCellValue(cell);
					}
					cells.put(title.getStringCellValue(), text);
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The workbook with cells typed into the rows that match.
	 * @param xlsx the workbook
	 * @param which the rows to fill in, by their cells
	 * @param values the values by column title: text, or a date
	 * @return the filled-in workbook
	 */
	public static byte[] filled(byte[] xlsx, Predicate<Map<String, String>> which, Map<String, Object> values) {
		List<Map<String, String>> rows = rows(xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("整改台账");
			Map<String, Integer> columns = new LinkedHashMap<>();
			sheet.getRow(0).forEach((c) -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			for (int i = 0; i < rows.size(); i++) {
				if (!which.test(rows.get(i))) {
					continue;
				}
				Row row = sheet.getRow(i + 1);
				values.forEach((column, value) -> {
					int c = columns.get(column);
					// A cell the writer streamed holds an inline string, which POI does
					// not
					// overwrite: the cell is made anew, as Excel would save it.
					Cell old = row.getCell(c);
					CellStyle style = (old != null) ? old.getCellStyle() : null;
					if (old != null) {
						row.removeCell(old);
					}
					Cell cell = row.createCell(c);
					if (style != null) {
						cell.setCellStyle(style);
					}
					if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue(value.toString());
					}
				});
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The workbook with one column typed into the rows that match.
	 * @param xlsx the workbook
	 * @param which the rows to fill in
	 * @param column the column title
	 * @param value the value
	 * @return the filled-in workbook
	 */
	public static byte[] filled(byte[] xlsx, Predicate<Map<String, String>> which, String column, Object value) {
		return filled(xlsx, which, Map.of(column, value));
	}

}
