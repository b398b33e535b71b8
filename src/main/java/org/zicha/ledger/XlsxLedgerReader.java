package org.zicha.ledger;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an xlsx ledger with POI's event (SAX) API, so that a large workbook
 * is never held in memory as a whole. Every cell arrives as text; a date cell as an ISO
 * date.
 */
final class XlsxLedgerReader {

	/**
	 * How many rows at the top of a sheet may precede the header row (a title, a note).
	 */
	private static final int HEADER_SEARCH_ROWS = 10;

	/**
	 * The built-in date formats of a Chinese (and Japanese, Korean) Excel (ECMA-376 part
	 * 1, 18.8.30, zh-CN): a workbook names them by id only, without their text, so POI
	 * would take their cells for plain numbers.
	 */
	private static final Map<Short, String> CHINESE_DATE_FORMATS = Map.ofEntries(
			Map.entry((short) 27, "yyyy\"年\"m\"月\""), Map.entry((short) 28, "m\"月\"d\"日\""),
			Map.entry((short) 29, "m\"月\"d\"日\""), Map.entry((short) 30, "m-d-yy"),
			Map.entry((short) 31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry((short) 36, "yyyy\"年\"m\"月\""),
			Map.entry((short) 50, "yyyy\"年\"m\"月\""), Map.entry((short) 51, "m\"月\"d\"日\""),
			Map.entry((short) 52, "yyyy\"年\"m\"月\""), Map.entry((short) 53, "m\"月\"d\"日\""),
			Map.entry((short) 54, "m\"月\"d\"日\""), Map.entry((short) 57, "yyyy\"年\"m\"月\""),
			Map.entry((short) 58, "m\"月\"d\"日\""));

	private final Vocabulary vocabulary;

	XlsxLedgerReader(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	void read(LedgerFile ledgerFile, SourceFile file) {
		try (OPCPackage pkg = open(ledgerFile)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			if (styles != null) {
				CHINESE_DATE_FORMATS.forEach((id, format) -> {
					if (styles.getNumberFormatAt(id) == null) {
						styles.putNumberFormat(id, format);
					}
				});
			}
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String name = sheets.getSheetName();
					Optional<Table> table = this.vocabulary.table(name);
					if (table.isEmpty()) {
						file.warnings.add(file.label + " 工作表“" + name + "”不是台账表，已忽略");
						continue;
					}
					RawSheet sheet = new RawSheet(table.get(), file.label, name, false, new ArrayList<>(),
							new HashSet<>());
					SheetRows rows = new SheetRows(sheet, file);
					XMLReader parser = XMLHelper.newXMLReader();
					parser
						.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellText(), false));
					parser.parse(new InputSource(in));
					rows.finish();
					file.sheets.add(sheet);
				}
			}
		}
		catch (Exception ex) {
			file.fileProblem("无法读取，不是有效的 xlsx 工作簿（" + ex.getClass().getSimpleName()
					+ (ex.getMessage() != null ? "：" + ex.getMessage() : "") + "）");
		}
	}

	private static OPCPackage open(LedgerFile file) throws Exception {
		if (file.path() != null) {
			return OPCPackage.open(file.path().toFile(), PackageAccess.READ);
		}
		try (InputStream in = file.open()) {
			return OPCPackage.open(in);
		}
	}

	/**
	 * Collects the rows of one sheet: finds the header row, maps headers to columns, and
	 * turns each later non-empty row into a {@link RawSheet.RawRow}.
	 */
	private final class SheetRows implements SheetContentsHandler {

		private final RawSheet sheet;

		private final SourceFile file;

		private final List<Map<Integer, String>> before = new ArrayList<>();

		private Map<Integer, String> current;

		private Map<Integer, String> headers;

		private Map<Integer, String> keys;

		SheetRows(RawSheet sheet, SourceFile file) {
			this.sheet = sheet;
			this.file = file;
		}

		@Override
		public void startRow(int rowNum) {
			this.current = new TreeMap<>();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (reference != null && value != null && !value.isBlank()) {
				this.current.put((int) new CellReference(reference).getCol(), value.strip());
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (this.current.isEmpty()) {
				return;
			}
			if (this.keys != null) {
				addRow(rowNum + 1, this.current);
			}
			else if (isHeader(this.current)) {
				useHeader(rowNum + 1, this.current);
			}
			else if (rowNum < HEADER_SEARCH_ROWS) {
				this.before.add(this.current);
			}
			else {
				this.file.sheetProblem(this.sheet, -1, null,
						"前" + HEADER_SEARCH_ROWS + "行中找不到标题行（应有“" + XlsxLedgerReader.this.vocabulary
							.header(this.sheet.table(), this.sheet.table().columns().get(0).key()) + "”等列标题）");
				this.keys = Map.of();
			}
		}

		void finish() {
			if (this.keys == null && !this.before.isEmpty()) {
				this.file.sheetProblem(this.sheet, -1, null, "找不到标题行（应有“" + XlsxLedgerReader.this.vocabulary
					.header(this.sheet.table(), this.sheet.table().columns().get(0).key()) + "”等列标题）");
			}
		}

		private boolean isHeader(Map<Integer, String> row) {
			long known = row.values()
				.stream()
				.filter((h) -> XlsxLedgerReader.this.vocabulary.columnKey(this.sheet.table(), h).isPresent())
				.count();
			return known >= Math.min(2, this.sheet.table().columns().size());
		}

		private void useHeader(int excelRow, Map<Integer, String> row) {
			this.headers = row;
			this.keys = new LinkedHashMap<>();
			Map<String, String> seen = new LinkedHashMap<>();
			List<String> unknown = new ArrayList<>();
			row.forEach((col, header) -> {
				Optional<String> key = XlsxLedgerReader.this.vocabulary.columnKey(this.sheet.table(), header);
				if (key.isEmpty()) {
					unknown.add(header);
				}
				else if (seen.containsKey(key.get())) {
					this.file.sheetProblem(this.sheet, excelRow, header, "与“" + seen.get(key.get()) + "”是同一列，重复出现");
				}
				else {
					seen.put(key.get(), header);
					this.sheet.headers().put(key.get(), header);
					this.keys.put(col, key.get());
				}
			});
			if (!unknown.isEmpty()) {
				this.file.warnings.add(this.file.label + " 工作表“" + this.sheet.sheet() + "”中的列“"
						+ String.join("”“", unknown) + "”未识别，已忽略");
			}
			Set<String> missing = this.sheet.missing();
			for (Table.Column column : this.sheet.table().columns()) {
				if (column.required() && !seen.containsKey(column.key())) {
					missing.add(column.key());
					this.file.sheetProblem(this.sheet, excelRow, null,
							"缺少必填列“" + XlsxLedgerReader.this.vocabulary.header(this.sheet.table(), column.key()) + "”");
				}
			}
		}

		private void addRow(int excelRow, Map<Integer, String> row) {
			Map<String, RawSheet.Cell> cells = new LinkedHashMap<>();
			row.forEach((col, value) -> {
				String key = this.keys.get(col);
				if (key != null) {
					cells.put(key, new RawSheet.Cell(this.headers.get(col), value, null));
				}
			});
			if (!cells.isEmpty()) {
				this.sheet.rows().add(new RawSheet.RawRow(this.sheet, excelRow, cells));
			}
		}

	}

	/**
	 * Formats numeric cells for parsing rather than display: a date cell as an ISO date,
	 * any other number in plain decimal notation.
	 */
	static final class CellText extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
