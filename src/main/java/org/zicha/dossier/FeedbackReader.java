package org.zicha.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.zicha.ledger.LedgerProblem;
import org.zicha.ledger.RecordOrigin;

/**
 * Reads the feedback workbook of an earlier inspection (巡视反馈问题整改情况表): one row per problem
 * fed back. Every problem of the workbook is reported at once, each with its file, sheet,
 * row, column and value; an item mapped to duties must name known duty codes, known
 * organisations and a deadline, so that it can be checked against the ledger.
 */
public final class FeedbackReader {

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

	private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s]+");

	/** The most rows read: a feedback workbook lists tens of problems, not thousands. */
	private static final int MAX_ROWS = 5000;

	private final Set<String> duties;

	private final List<Organisation> organisations;

	/**
	 * A reader that checks duty codes and organisations.
	 * @param duties the duty codes of the rules
	 * @param organisations the organisations of the ledger
	 */
	public FeedbackReader(Collection<String> duties, List<Organisation> organisations) {
		this.duties = new LinkedHashSet<>(duties);
		this.organisations = List.copyOf(organisations);
	}

	/**
	 * Read a feedback workbook.
	 * @param file the file's name, for messages
	 * @param in its content
	 * @return the items, or the problems
	 */
	public FeedbackRead read(String file, InputStream in) {
		List<LedgerProblem> problems = new ArrayList<>();
		Workbook workbook;
		try {
			workbook = new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a file that is no workbook with unchecked exceptions
			problems.add(new LedgerProblem(file, null, -1, null, null, "无法读取：不是有效的 Excel 工作簿（.xlsx），或文件已损坏、已加密", false,
					false));
			return new FeedbackRead(List.of(), problems);
		}
		try (workbook) {
			Sheet sheet = workbook.getSheet(FeedbackColumn.SHEET);
			return read(file, (sheet != null) ? sheet : workbook.getSheetAt(0), problems);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private FeedbackRead read(String file, Sheet sheet, List<LedgerProblem> problems) {
		Map<FeedbackColumn, Integer> columns = new EnumMap<>(FeedbackColumn.class);
		Map<FeedbackColumn, String> headers = new EnumMap<>(FeedbackColumn.class);
		int headerRow = -1;
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 10) && headerRow < 0; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String text = text(cell);
				if (text != null) {
					FeedbackColumn.of(text).ifPresent((c) -> {
						columns.putIfAbsent(c, cell.getColumnIndex());
						headers.putIfAbsent(c, text.strip());
					});
				}
			}
			if (!columns.isEmpty()) {
				headerRow = r;
			}
		}
		String name = sheet.getSheetName();
		if (headerRow < 0 || !columns.containsKey(FeedbackColumn.PROBLEM)) {
			problems.add(new LedgerProblem(file, name, (headerRow < 0) ? -1 : headerRow + 1,
					FeedbackColumn.PROBLEM.header(), null,
					(headerRow < 0) ? "找不到表头，应有“问题”“对应义务”“时限”“状态”等列（可用 template --feedback 生成空白表）" : "缺少必填列", false,
					false));
			return new FeedbackRead(List.of(), problems);
		}
		List<FeedbackItem> items = new ArrayList<>();
		int last = Math.min(sheet.getLastRowNum(), headerRow + MAX_ROWS);
		for (int r = headerRow + 1; r <= last; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Cells cells = new Cells(file, name, r + 1, row, columns, headers, problems);
			if (cells.blank()) {
				continue;
			}
			FeedbackItem item = item(cells, items.size() + 1);
			if (item != null) {
				items.add(item);
			}
		}
		if (sheet.getLastRowNum() > last) {
			problems.add(new LedgerProblem(file, name, last + 2, null, null, "行数超过" + MAX_ROWS + "行，请只保留反馈问题", false,
					false));
		}
		return new FeedbackRead(problems.isEmpty() ? items : List.of(), problems);
	}

	private FeedbackItem item(Cells cells, int position) {
		String problem = cells.text(FeedbackColumn.PROBLEM);
		if (problem == null) {
			cells.problem(FeedbackColumn.PROBLEM, null, "必填项为空");
		}
		String number = cells.text(FeedbackColumn.NUMBER);
		List<String> duties = duties(cells);
		LocalDate deadline = cells.date(FeedbackColumn.DEADLINE);
		String written = cells.text(FeedbackColumn.ORGANISATIONS);
		List<String> orgIds = List.of();
		if (cells.text(FeedbackColumn.DUTIES) != null) {
			orgIds = organisations(cells, written);
			if (deadline == null && cells.text(FeedbackColumn.DEADLINE) == null) {
				cells.problem(FeedbackColumn.DEADLINE, null, "填写了对应义务时，时限为必填（到期后据此核验是否整改到位）");
			}
		}
		String status = cells.text(FeedbackColumn.STATUS);
		if (status == null) {
			status = FeedbackColumn.STATUSES.get(0);
		}
		else if (!FeedbackColumn.STATUSES.contains(status)) {
			cells.problem(FeedbackColumn.STATUS, status, "不是可用的状态，可填写：" + String.join("、", FeedbackColumn.STATUSES));
		}
		if (problem == null) {
			return null;
		}
		return new FeedbackItem((number != null) ? number : String.valueOf(position), problem, written, orgIds, duties,
				cells.text(FeedbackColumn.MEASURE), cells.text(FeedbackColumn.RESPONSIBLE), deadline, status,
				new RecordOrigin(cells.file, cells.sheet, cells.row, false));
	}

	private List<String> duties(Cells cells) {
		String written = cells.text(FeedbackColumn.DUTIES);
		List<String> codes = new ArrayList<>();
		if (written == null) {
			return codes;
		}
		for (String item : SEPARATORS.split(written.strip())) {
			String code = item.toUpperCase(Locale.ROOT);
			List<String> named = code.endsWith("*")
					? this.duties.stream().filter((d) -> d.startsWith(code.substring(0, code.length() - 1))).toList()
					: this.duties.contains(code) ? List.of(code) : List.of();
			if (named.isEmpty()) {
				cells.problem(FeedbackColumn.DUTIES, item, "没有这个义务代码（见本表“义务代码”工作表，或运行 rules 命令查看）");
			}
			named.stream().filter((d) -> !codes.contains(d)).forEach(codes::add);
		}
		return codes;
	}

	private List<String> organisations(Cells cells, String written) {
		List<String> ids = new ArrayList<>();
		if (written == null) {
			return ids;
		}
		for (String item : SEPARATORS.split(written.strip())) {
			Organisation org = this.organisations.stream()
				.filter((o) -> o.id().equals(item) || o.name().equals(item))
				.findFirst()
				.orElse(null);
			if (org == null) {
				cells.problem(FeedbackColumn.ORGANISATIONS, item, "找不到这个组织（应填写台账组织表中的组织编号或名称；不填表示全部组织）");
			}
			else if (!ids.contains(org.id())) {
				ids.add(org.id());
			}
		}
		return ids;
	}

	static LocalDate parseDate(String text) {
		Matcher m = DATE.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("不是有效的日期，应写作 2025-06-30、2025/6/30 或 2025年6月30日");
		}
		try {
			return (m.group(2) != null)
					? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)))
					: LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
							Integer.parseInt(m.group(5)));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("不是日历上存在的日期");
		}
	}

	static String text(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: new DataFormatter().formatRawCellContents(cell.getNumericCellValue(), -1, "General");
			case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
			default -> null;
		};
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The cells of one row, by column, and the problems found in them.
	 */
	private static final class Cells {

		private final String file;

		private final String sheet;

		private final int row;

		private final Row cells;

		private final Map<FeedbackColumn, Integer> columns;

		private final Map<FeedbackColumn, String> headers;

		private final List<LedgerProblem> problems;

		Cells(String file, String sheet, int row, Row cells, Map<FeedbackColumn, Integer> columns,
				Map<FeedbackColumn, String> headers, List<LedgerProblem> problems) {
			this.file = file;
			this.sheet = sheet;
			this.row = row;
			this.cells = cells;
			this.columns = columns;
			this.headers = headers;
			this.problems = problems;
		}

		boolean blank() {
			return this.columns.keySet().stream().allMatch((c) -> text(c) == null);
		}

		String text(FeedbackColumn column) {
			Integer index = this.columns.get(column);
			Cell cell = (index != null) ? this.cells.getCell(index) : null;
			return (cell != null) ? FeedbackReader.text(cell) : null;
		}

		LocalDate date(FeedbackColumn column) {
			Integer index = this.columns.get(column);
			Cell cell = (index != null) ? this.cells.getCell(index) : null;
			if (cell == null) {
				return null;
			}
			if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			String text = FeedbackReader.text(cell);
			if (text == null) {
				return null;
			}
			try {
				return parseDate(text);
			}
			catch (IllegalArgumentException ex) {
				problem(column, text, ex.getMessage());
				return null;
			}
		}

		void problem(FeedbackColumn column, String value, String message) {
			String header = this.headers.getOrDefault(column, column.header());
			this.problems.add(new LedgerProblem(this.file, this.sheet, this.row, header, value, message, false, false));
		}

	}

}
