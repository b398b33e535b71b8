package org.zicha.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the sheets of an Excel 97–2003 workbook ({@code .xls}, BIFF8, what many national
 * systems still export) with POI's HSSF. Such a workbook holds at most 65,536 rows a
 * sheet, so it is read as a whole. Cells become text as in an xlsx workbook.
 */
final class XlsLedgerReader {

	private final Vocabulary vocabulary;

	private final TextPool pool;

	XlsLedgerReader(Vocabulary vocabulary, TextPool pool) {
		this.vocabulary = vocabulary;
		this.pool = pool;
	}

	/**
	 * Read the sheets of a workbook.
	 * @param root the workbook's OLE2 root
	 * @param file where its sheets, problems and warnings go
	 * @throws Exception when the workbook cannot be read (the caller says why)
	 */
	void read(DirectoryNode root, SourceFile file) throws Exception {
		try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
			CellText text = new CellText(workbook.getInternalWorkbook().isUsing1904DateWindowing());
			for (Sheet worksheet : workbook) {
				String name = worksheet.getSheetName();
				Optional<Table> table = this.vocabulary.table(name);
				if (table.isEmpty()) {
					file.warnings.add(file.label + " 工作表“" + Shown.value(name) + "”不是台账表，已忽略");
					continue;
				}
				RawSheet sheet = new RawSheet(table.get(), file.label, name, false, new ArrayList<>(), new HashSet<>());
				SheetRows rows = new SheetRows(sheet, file, this.vocabulary, this.pool);
				for (Row row : worksheet) {
					TreeMap<Integer, String> cells = new TreeMap<>();
					for (Cell cell : row) {
						String value = text(cell, text);
						if (value != null && !value.isBlank()) {
							cells.put(cell.getColumnIndex(), value.strip());
						}
					}
					rows.row(row.getRowNum() + 1, cells);
				}
				rows.finish();
				file.sheets.add(sheet);
			}
		}
	}

	private static String text(Cell cell, CellText text) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> text.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString());
			case STRING -> cell.getRichStringCellValue().getString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> "ERROR:" + (FormulaError.isValidCode(cell.getErrorCellValue())
					? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#VALUE!");
			default -> null;
		};
	}

}
