package org.zicha.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back a rectification ledger (整改台账) that an earlier run wrote and the branches
 * filled in: the sheet 整改台账 (or the first sheet), its columns found by their titles in
 * the first row, every row with its finding keys (问题编号) and every cell typed.
 */
public final class RectificationReader {

	private RectificationReader() {
	}

	/**
	 * Read a ledger.
	 * @param in the workbook
	 * @param name the file's name, for messages
	 * @return the ledger
	 * @throws RectificationException when it is no rectification ledger, naming the file
	 * and what is wrong
	 */
	public static RectificationLedger read(InputStream in, String name) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(RectificationWriter.SHEET);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			Row header = sheet.getRow(sheet.getFirstRowNum());
			Map<Integer, String> columns = new LinkedHashMap<>();
			if (header != null) {
				for (Cell cell : header) {
					String title = text(cell);
					if (title != null) {
						columns.put(cell.getColumnIndex(), title.strip());
					}
				}
			}
			if (!columns.containsValue(RectificationColumns.KEYS)) {
				throw new RectificationException("整改台账“" + name + "”的工作表“" + sheet.getSheetName() + "”第1行找不到“"
						+ RectificationColumns.KEYS + "”列，无法按问题编号接续上次的整改情况；请使用 zicha 写出的 rectification.xlsx");
			}
			List<RectificationLedger.Entry> entries = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, Object> cells = new LinkedHashMap<>();
				columns.forEach((index, title) -> {
					Object value = value(row.getCell(index));
					if (value != null) {
						cells.put(title, value);
					}
				});
				if (cells.isEmpty()) {
					continue;
				}
				Object keys = cells.get(RectificationColumns.KEYS);
				List<String> list = (keys != null) ? Arrays.stream(keys.toString().split("\\R"))
					.map(String::strip)
					.filter((k) -> k.contains("|"))
					.toList() : List.of();
				entries.add(new RectificationLedger.Entry(r + 1, list, cells));
			}
			return new RectificationLedger(name, entries);
		}
		catch (IllegalArgumentException ex) {
			throw new RectificationException("整改台账“" + name + "”不是有效的 xlsx 文件");
		}
		catch (IOException ex) {
			throw new RectificationException("无法读取整改台账“" + name + "”：" + ex.getMessage());
		}
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return text(cell);
	}

	private static String text(Cell cell) {
		String text = new DataFormatter().formatCellValue(cell);
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
