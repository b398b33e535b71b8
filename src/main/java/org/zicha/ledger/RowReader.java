package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to the cells of one row. A value that cannot be read is recorded as a
 * problem of the row (with its header and value) and read as null, so that every problem
 * of a row is found in one pass. Every value is held to what a rule can rely on: texts
 * within their length, dates between the Party's founding and the end of the century,
 * numbers within range.
 */
final class RowReader {

	/** No date of a party ledger lies before the founding of the Party. */
	static final LocalDate EARLIEST = LocalDate.of(1921, 7, 1);

	/** The latest date a plan, an extension or an exemption may reach. */
	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	/** How the workbook readers write a cell holding a formula's error value. */
	private static final String FORMULA_ERROR = "ERROR:#";

	/** More characters than any number a column can hold is written with. */
	private static final int LONGEST_NUMBER = 40;

	private final RawSheet.RawRow row;

	private final Vocabulary vocabulary;

	private final RowProblems problems;

	private final LocalDate today;

	private final ValueCache values;

	RowReader(RawSheet.RawRow row, Vocabulary vocabulary, RowProblems problems, LocalDate today, ValueCache values) {
		this.row = row;
		this.vocabulary = vocabulary;
		this.problems = problems;
		this.today = today;
		this.values = values;
	}

	RawSheet.RawRow row() {
		return this.row;
	}

	/**
	 * Whether a cell has a value.
	 * @param key the column
	 * @return true when the cell is not empty
	 */
	boolean has(String key) {
		return this.row.has(key);
	}

	/**
	 * The text of a cell.
	 * @param key the column
	 * @return the text, or null when the cell is empty (a problem when it is required) or
	 * longer than its column allows (a problem)
	 */
	String text(String key) {
		String text = this.row.text(key);
		Table.Column column = this.row.sheet().table().column(key).orElseThrow();
		if (text == null) {
			if (column.required()) {
				boolean columnMissing = this.row.sheet().missing().contains(key);
				add(key, null, columnMissing ? "缺少必填列" : "必填项为空", columnMissing);
			}
			return null;
		}
		if (!this.row.sheet().json() && text.startsWith(FORMULA_ERROR)) {
			add(key, text, "单元格是公式的错误值（" + text.substring(FORMULA_ERROR.length() - 1) + "），请检查公式或直接填写", false);
			return null;
		}
		if (column.type() == Table.Column.Type.TEXT && tooLong(key, column, text)) {
			return null;
		}
		boolean number = column.type() == Table.Column.Type.INTEGER || column.type() == Table.Column.Type.DECIMAL;
		if (number && text.length() > LONGEST_NUMBER) {
			add(key, text, "数值超出范围", false);
			return null;
		}
		return text;
	}

	private boolean tooLong(String key, Table.Column column, String text) {
		int length = text.codePointCount(0, text.length());
		if (length > column.maxLength()) {
			add(key, text, "文字过长（共 " + length + " 字），不能超过 " + column.maxLength() + " 字", false);
			return true;
		}
		return false;
	}

	/**
	 * The items of a list cell.
	 * @param key the column
	 * @return the items, empty when the cell is empty; an item longer than its column
	 * allows is left out (a problem)
	 */
	List<String> list(String key) {
		String text = text(key);
		if (text == null) {
			return List.of();
		}
		List<String> items = this.row.items(key);
		if (items == null) {
			items = Values.split(text);
		}
		Table.Column column = this.row.sheet().table().column(key).orElseThrow();
		if (items.stream().anyMatch((item) -> item.length() > column.maxLength())) {
			items = items.stream().filter((item) -> !tooLong(key, column, item)).toList();
		}
		return items;
	}

	/**
	 * A date, between the Party's founding and the end of the century.
	 * @param key the column
	 * @return the date, or null
	 */
	LocalDate date(String key) {
		LocalDate date = parse(key, (t) -> this.values.date(t, this.row.sheet().json()));
		if (date != null && date.isBefore(EARLIEST)) {
			problem(key, "日期早于1921年7月1日（中国共产党成立），请核对");
			return null;
		}
		if (date != null && date.isAfter(LATEST)) {
			problem(key, "日期晚于2099年12月31日，请核对");
			return null;
		}
		return date;
	}

	/**
	 * A date on which something happened: it cannot lie after today.
	 * @param key the column
	 * @return the date, or null
	 */
	LocalDate eventDate(String key) {
		LocalDate date = date(key);
		if (date != null && date.isAfter(this.today)) {
			problem(key, "日期晚于今天（" + this.today + "），不能是已发生的事项");
			return null;
		}
		return date;
	}

	List<YearMonth> months(String key) {
		List<YearMonth> months = new ArrayList<>();
		for (String item : list(key)) {
			try {
				YearMonth month = this.values.month(item, this.row.sheet().json());
				if (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST))) {
					add(key, item, "月份应在1921年7月至2099年12月之间，请核对", false);
				}
				else {
					months.add(month);
				}
			}
			catch (IllegalArgumentException ex) {
				add(key, item, ex.getMessage(), false);
			}
		}
		return this.values.list(months);
	}

	/**
	 * A whole number within a range.
	 * @param key the column
	 * @param min the least value allowed
	 * @param max the greatest value allowed
	 * @return the number, or null
	 */
	Integer count(String key, int min, int max) {
		Integer count = parse(key, Values::count);
		if (count != null && (count < min || count > max)) {
			problem(key, "应在 " + min + " 至 " + max + " 之间");
			return null;
		}
		return count;
	}

	/**
	 * A decimal number up to a limit.
	 * @param key the column
	 * @param max the greatest value allowed
	 * @return the number, or null
	 */
	BigDecimal decimal(String key, BigDecimal max) {
		BigDecimal value = parse(key, this.values::decimal);
		if (value != null && value.compareTo(max) > 0) {
			problem(key, "超出合理范围（不超过 " + max.toPlainString() + "）");
			return null;
		}
		return value;
	}

	/**
	 * Check that one date of the row is not earlier than another.
	 * @param earlierKey the column of the date that comes first
	 * @param earlier its date, or null
	 * @param laterKey the column of the date that comes after
	 * @param later its date, or null
	 * @param rule why, for the message
	 * @return false when both dates are given and out of order (a problem of the later
	 * one)
	 */
	boolean inOrder(String earlierKey, LocalDate earlier, String laterKey, LocalDate later, String rule) {
		if (earlier != null && later != null && later.isBefore(earlier)) {
			problem(laterKey, "早于“" + header(earlierKey) + "”（" + earlier + "），" + rule);
			return false;
		}
		return true;
	}

	Boolean bool(String key) {
		return parse(key, (t) -> this.vocabulary.bool(t).orElseThrow(() -> new IllegalArgumentException("应填写 是/否")));
	}

	boolean flag(String key) {
		return Boolean.TRUE.equals(bool(key));
	}

	<E extends Enum<E>> E value(String key, Class<E> type) {
		return parse(key, (t) -> enumValue(type, t));
	}

	<E extends Enum<E>> List<E> values(String key, Class<E> type) {
		List<E> result = new ArrayList<>();
		for (String item : list(key)) {
			try {
				E value = enumValue(type, item);
				if (!result.contains(value)) {
					result.add(value);
				}
			}
			catch (IllegalArgumentException ex) {
				add(key, item, ex.getMessage(), false);
			}
		}
		return this.values.list(result);
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String text) {
		Optional<E> value = this.vocabulary.value(type, text);
		return value.orElseThrow(() -> new IllegalArgumentException("不是可用的取值，可填写："
				+ String.join("、", Arrays.stream(type.getEnumConstants()).map(this.vocabulary::label).toList())));
	}

	private <T> T parse(String key, Function<String, T> parser) {
		String text = text(key);
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			add(key, text, ex.getMessage(), false);
			return null;
		}
	}

	/**
	 * Record a problem of a cell of this row.
	 * @param key the column
	 * @param message what is wrong
	 */
	void problem(String key, String message) {
		add(key, this.row.text(key), message, false);
	}

	/**
	 * Record a problem of one value of a cell (an item of a list).
	 * @param key the column
	 * @param value the offending value
	 * @param message what is wrong
	 * @param consequential whether it only follows from another problem already reported
	 */
	void problem(String key, String value, String message, boolean consequential) {
		add(key, value, message, consequential);
	}

	/**
	 * Record a problem that only follows from another problem already reported.
	 * @param key the column
	 * @param message what is wrong
	 */
	void consequence(String key, String message) {
		add(key, this.row.text(key), message, true);
	}

	private void add(String key, String value, String message, boolean consequential) {
		this.problems.add(this.row, recordName(key), header(key), value, message, consequential);
	}

	/**
	 * The record's id or name as a message names it: {@code 党员编号 M005}.
	 * @param key the column the problem is about (the record is not named by that column
	 * again)
	 * @return the name, or null when the row has no id or name, or the problem is about
	 * it
	 */
	private String recordName(String key) {
		Table table = this.row.sheet().table();
		for (String identity : table.identity()) {
			String text = this.row.text(identity);
			if (text != null) {
				return identity.equals(key) ? null
						: this.vocabulary.header(table, identity) + " " + Shown.value(text.strip());
			}
		}
		return null;
	}

	private String header(String key) {
		String written = this.row.sheet().headers().get(key);
		if (written != null) {
			return written;
		}
		return this.row.sheet().json() ? key : this.vocabulary.header(this.row.sheet().table(), key);
	}

}
