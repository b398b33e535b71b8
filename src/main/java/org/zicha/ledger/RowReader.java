package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to the cells of one row. A value that cannot be read is recorded as a
 * problem of the row (with its header and value) and read as null, so that every problem
 * of a row is found in one pass.
 */
final class RowReader {

	private final RawSheet.RawRow row;

	private final Vocabulary vocabulary;

	private final RowProblems problems;

	private final LocalDate today;

	RowReader(RawSheet.RawRow row, Vocabulary vocabulary, RowProblems problems, LocalDate today) {
		this.row = row;
		this.vocabulary = vocabulary;
		this.problems = problems;
		this.today = today;
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
		return this.row.cells().containsKey(key);
	}

	/**
	 * The text of a cell.
	 * @param key the column
	 * @return the text, or null when the cell is empty (a problem when it is required)
	 */
	String text(String key) {
		RawSheet.Cell cell = this.row.cells().get(key);
		if (cell == null) {
			if (this.row.sheet().table().column(key).map(Table.Column::required).orElse(false)) {
				boolean columnMissing = this.row.sheet().missing().contains(key);
				this.problems.add(this.row, header(key), null, columnMissing ? "缺少必填列" : "必填项为空", columnMissing);
			}
			return null;
		}
		return cell.text();
	}

	/**
	 * The items of a list cell.
	 * @param key the column
	 * @return the items, empty when the cell is empty
	 */
	List<String> list(String key) {
		String text = text(key);
		if (text == null) {
			return List.of();
		}
		List<String> items = this.row.cells().get(key).items();
		return (items != null) ? items : Values.split(text);
	}

	LocalDate date(String key) {
		return parse(key, (t) -> Values.date(t, this.row.sheet().json()));
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
				months.add(Values.month(item, this.row.sheet().json()));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(this.row, header(key), item, ex.getMessage(), false);
			}
		}
		return months;
	}

	Integer count(String key) {
		return parse(key, Values::count);
	}

	BigDecimal decimal(String key) {
		return parse(key, Values::decimal);
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
				this.problems.add(this.row, header(key), item, ex.getMessage(), false);
			}
		}
		return result;
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String text) {
		Optional<E> value = this.vocabulary.value(type, text);
		return value.orElseThrow(() -> new IllegalArgumentException("不是可用的取值，可填写：" + String.join("、",
				java.util.Arrays.stream(type.getEnumConstants()).map(this.vocabulary::label).toList())));
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
			this.problems.add(this.row, header(key), text, ex.getMessage(), false);
			return null;
		}
	}

	/**
	 * Record a problem of a cell of this row.
	 * @param key the column
	 * @param message what is wrong
	 */
	void problem(String key, String message) {
		RawSheet.Cell cell = this.row.cells().get(key);
		this.problems.add(this.row, header(key), (cell != null) ? cell.text() : null, message, false);
	}

	/**
	 * Record a problem of one value of a cell (an item of a list).
	 * @param key the column
	 * @param value the offending value
	 * @param message what is wrong
	 * @param consequential whether it only follows from another problem already reported
	 */
	void problem(String key, String value, String message, boolean consequential) {
		this.problems.add(this.row, header(key), value, message, consequential);
	}

	/**
	 * Record a problem that only follows from another problem already reported.
	 * @param key the column
	 * @param message what is wrong
	 */
	void consequence(String key, String message) {
		RawSheet.Cell cell = this.row.cells().get(key);
		this.problems.add(this.row, header(key), (cell != null) ? cell.text() : null, message, true);
	}

	private String header(String key) {
		RawSheet.Cell cell = this.row.cells().get(key);
		if (cell != null) {
			return cell.header();
		}
		String written = this.row.sheet().headers().get(key);
		if (written != null) {
			return written;
		}
		return this.row.sheet().json() ? key : this.vocabulary.header(this.row.sheet().table(), key);
	}

}
