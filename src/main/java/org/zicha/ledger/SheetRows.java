package org.zicha.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the rows of one worksheet, as the workbook readers deliver them, into the rows of
 * a {@link RawSheet}: finds the header row (below a title, if any), maps its headers to
 * columns, and reads every later non-empty row.
 *
 * <p>
 * A header of two rows, as hand-made ledgers often have it — a group header such as 参会情况
 * merged over 应到人数, 实到人数 and 参会人员 in the row below, the other headers in the upper row
 * (or merged down over both) — is read as one header: each column takes the header of the
 * lower row where that row has one, else the upper row's. The group headers themselves
 * name no column and are not reported.
 */
final class SheetRows {

	/**
	 * How many rows at the top of a sheet may precede the header row (a title, a note).
	 */
	private static final int HEADER_SEARCH_ROWS = 10;

	private final RawSheet sheet;

	private final SourceFile file;

	private final Vocabulary vocabulary;

	private final TextPool pool;

	private Map<Integer, String> above;

	private int aboveRow;

	private boolean sawRows;

	private TreeMap<Integer, String> header;

	private int headerRow;

	private boolean headerOpen;

	private boolean gaveUp;

	private final Map<Integer, Integer> columns = new HashMap<>();

	SheetRows(RawSheet sheet, SourceFile file, Vocabulary vocabulary, TextPool pool) {
		this.sheet = sheet;
		this.file = file;
		this.vocabulary = vocabulary;
		this.pool = pool;
	}

	/**
	 * One row of the sheet.
	 * @param excelRow the row number as Excel shows it (1-based)
	 * @param cells the texts of its non-empty cells, by column (0-based), stripped
	 */
	void row(int excelRow, TreeMap<Integer, String> cells) {
		if (cells.isEmpty() || this.gaveUp) {
			return;
		}
		if (this.header == null) {
			if (isHeader(cells)) {
				this.header = new TreeMap<>(cells);
				this.headerRow = excelRow;
				this.headerOpen = true;
				addHeadersFromAbove();
			}
			else if (excelRow <= HEADER_SEARCH_ROWS) {
				this.above = cells;
				this.aboveRow = excelRow;
				this.sawRows = true;
			}
			else {
				this.file.sheetProblem(this.sheet, -1, null,
						"前" + HEADER_SEARCH_ROWS + "行中找不到标题行（应有“" + firstHeader() + "”等列标题）");
				this.gaveUp = true;
			}
			return;
		}
		if (this.headerOpen) {
			this.headerOpen = false;
			if (excelRow == this.headerRow + 1 && isLowerHeader(cells)) {
				cells.forEach((col, text) -> {
					String upper = this.header.get(col);
					if (upper == null || !known(upper) || known(text)) {
						this.header.put(col, text);
					}
				});
				settleHeader();
				return;
			}
			settleHeader();
		}
		addRow(excelRow, cells);
	}

	/**
	 * The end of the sheet.
	 */
	void finish() {
		if (this.headerOpen) {
			this.headerOpen = false;
			settleHeader();
		}
		if (this.header == null && this.sawRows && !this.gaveUp) {
			this.file.sheetProblem(this.sheet, -1, null, "找不到标题行（应有“" + firstHeader() + "”等列标题）");
		}
	}

	private String firstHeader() {
		return this.vocabulary.header(this.sheet.table(), this.sheet.table().columns().get(0).key());
	}

	private boolean known(String header) {
		return this.vocabulary.columnKey(this.sheet.table(), header).isPresent();
	}

	private boolean isHeader(Map<Integer, String> row) {
		long known = row.values().stream().filter(this::known).count();
		return known >= Math.min(2, this.sheet.table().columns().size());
	}

	/**
	 * The headers of an upper header row, merged down over both rows, where the header
	 * row has no cell: the row right above the header row, when it names columns.
	 */
	private void addHeadersFromAbove() {
		if (this.above == null || this.aboveRow != this.headerRow - 1) {
			return;
		}
		this.above.forEach((col, text) -> {
			if (known(text) && !this.header.containsKey(col)) {
				this.header.put(col, text);
			}
		});
	}

	/**
	 * Whether the row below the header row is the lower half of a two-row header: it
	 * names at least one column the header row does not, and holds nothing under a column
	 * the header row names (which a row of data would).
	 */
	private boolean isLowerHeader(Map<Integer, String> row) {
		boolean names = false;
		for (Map.Entry<Integer, String> cell : row.entrySet()) {
			String upper = this.header.get(cell.getKey());
			boolean upperKnown = upper != null && known(upper);
			if (upperKnown && !Vocabulary.normalise(upper).equals(Vocabulary.normalise(cell.getValue()))) {
				return false;
			}
			if (!upperKnown && known(cell.getValue())) {
				names = true;
			}
		}
		return names;
	}

	private void settleHeader() {
		Map<String, String> seen = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		this.header.forEach((col, header) -> {
			Optional<String> key = this.vocabulary.columnKey(this.sheet.table(), header);
			if (key.isEmpty()) {
				unknown.add(header);
			}
			else if (seen.containsKey(key.get())) {
				this.file.sheetProblem(this.sheet, this.headerRow, header, "与“" + seen.get(key.get()) + "”是同一列，重复出现");
			}
			else {
				seen.put(key.get(), header);
				this.sheet.headers().put(key.get(), header);
				this.columns.put(col, this.sheet.table().index(key.get()));
			}
		});
		if (!unknown.isEmpty()) {
			this.file.warnings.add(this.file.label + " 工作表“" + this.sheet.sheet() + "”中的列“"
					+ String.join("”“", unknown.stream().map(Shown::value).toList()) + "”未识别，已忽略");
		}
		Set<String> missing = this.sheet.missing();
		for (Table.Column column : this.sheet.table().columns()) {
			if (column.required() && !seen.containsKey(column.key())) {
				missing.add(column.key());
				this.file.sheetProblem(this.sheet, this.headerRow, null,
						"缺少必填列“" + this.vocabulary.header(this.sheet.table(), column.key()) + "”");
			}
		}
	}

	private void addRow(int excelRow, Map<Integer, String> cells) {
		RawSheet.RawRow row = new RawSheet.RawRow(this.sheet, excelRow);
		cells.forEach((col, text) -> {
			Integer index = this.columns.get(col);
			if (index != null) {
				Table.Column.Type type = this.sheet.table().columns().get(index).type();
				if (type == Table.Column.Type.LIST || type == Table.Column.Type.MONTHS) {
					List<String> items = Values.split(text).stream().map(this.pool::of).toList();
					if (!items.isEmpty()) {
						row.put(index, this.pool.of(items));
					}
				}
				else {
					row.put(index, this.pool.of(text));
				}
			}
		});
		if (!row.isEmpty()) {
			this.sheet.rows().add(row);
		}
	}

}
