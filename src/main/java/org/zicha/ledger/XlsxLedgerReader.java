package org.zicha.ledger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an xlsx workbook with POI's event (SAX) API, so that a large
 * workbook is never held in memory as a whole. Every cell arrives as text; a date cell as
 * an ISO date, in the workbook's date system.
 */
final class XlsxLedgerReader {

	private final Vocabulary vocabulary;

	private final TextPool pool;

	XlsxLedgerReader(Vocabulary vocabulary, TextPool pool) {
		this.vocabulary = vocabulary;
		this.pool = pool;
	}

	/**
	 * Read the sheets of a workbook.
	 * @param pkg the workbook
	 * @param file where its sheets, problems and warnings go
	 * @throws Exception when the workbook cannot be read (the caller says why)
	 */
	void read(OPCPackage pkg, SourceFile file) throws Exception {
		XSSFReader reader = new XSSFReader(pkg);
		CellText text = new CellText(date1904(reader));
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
		StylesTable styles = reader.getStylesTable();
		if (styles != null) {
			CellText.CHINESE_DATE_FORMATS.forEach((id, format) -> {
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
					file.warnings.add(file.label + " 工作表“" + Shown.value(name) + "”不是台账表，已忽略");
					continue;
				}
				RawSheet sheet = new RawSheet(table.get(), file.label, name, false, new ArrayList<>(), new HashSet<>());
				SheetRows rows = new SheetRows(sheet, file, this.vocabulary, this.pool);
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Cells(rows), text, false));
				parser.parse(new InputSource(in));
				rows.finish();
				file.sheets.add(sheet);
			}
		}
	}

	/**
	 * Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}).
	 */
	private static boolean date1904(XSSFReader reader) throws Exception {
		boolean[] date1904 = { false };
		try (InputStream in = reader.getWorkbookData()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}

			});
			parser.parse(new InputSource(in));
		}
		return date1904[0];
	}

	/**
	 * Gathers the cells of each row for {@link SheetRows}. A cell written without its
	 * reference (the format allows it; some programs write sheets so) is the one after
	 * the cell before it.
	 */
	private static final class Cells implements SheetContentsHandler {

		private final SheetRows rows;

		private TreeMap<Integer, String> current = new TreeMap<>();

		private int next;

		Cells(SheetRows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.current = new TreeMap<>();
			this.next = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.next;
			this.next = column + 1;
			if (value != null && !value.isBlank()) {
				this.current.put(column, value.strip());
			}
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.row(rowNum + 1, this.current);
		}

	}

}
