package org.zicha.ledger;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON ledger: one object with one array per table, English keys. The agenda of
 * an activity is nested in it as an {@code agenda} array.
 *
 * <p>
 * The document is read as a stream of tokens straight into the rows, never as a whole
 * tree, so that memory follows the ledger's records and not the size of the file. Each
 * key is looked up in the vocabulary once per document. A key written twice in one object
 * is an error (a careless merge would otherwise keep only the last), and so is a number
 * that no column can hold.
 */
final class JsonLedgerReader {

	/** Limits that keep a hostile document from exhausting memory or the stack. */
	private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
		.maxStringLength(10_000_000)
		.maxNumberLength(1_000)
		.maxNestingDepth(64)
		.maxNameLength(10_000)
		.build();

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
		.build();

	/** The column index of a key that is not a column of its table. */
	private static final int UNKNOWN = -1;

	/** The column index of an activity's nested agenda. */
	private static final int AGENDA = -2;

	private final Vocabulary vocabulary;

	private final TextPool pool;

	private final Map<Table, Map<String, Integer>> keys = new EnumMap<>(Table.class);

	JsonLedgerReader(Vocabulary vocabulary, TextPool pool) {
		this.vocabulary = vocabulary;
		this.pool = pool;
	}

	void read(LedgerFile ledgerFile, SourceFile file) {
		try (InputStream in = ledgerFile.open(); JsonParser parser = MAPPER.createParser(in)) {
			try {
				new Document(parser, file).read();
			}
			catch (JacksonException ex) {
				file.sheets.clear();
				TokenStreamLocation location = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
						? ex.getLocation() : parser.currentLocation();
				String number = NonNumber.of(ex);
				file.fileProblem((number != null) ? NonNumber.describe(ledgerFile, number, location.getLineNr())
						: describe(ex, location));
			}
		}
		catch (IOException ex) {
			file.fileProblem(LedgerFile.describe(ex));
		}
		catch (JacksonException ex) {
			file.sheets.clear();
			file.fileProblem(describe(ex, ex.getLocation()));
		}
	}

	/**
	 * What is wrong with a document, in Chinese, with its line (the column Jackson counts
	 * in bytes, which is not where a reader of Chinese text would look).
	 */
	private static String describe(JacksonException ex, TokenStreamLocation location) {
		String where = (location != null && location.getLineNr() > 0) ? "第" + location.getLineNr() + "行" : "";
		String at = where.isEmpty() ? "" : where + "处";
		if (ex instanceof StreamConstraintsException) {
			return "不是可以读取的 JSON 台账：" + at + "数字、文字或嵌套层数超出限度";
		}
		if (ex.getCause() instanceof CharConversionException
				|| String.valueOf(ex.getOriginalMessage()).startsWith("Invalid UTF-8")) {
			return "不是 UTF-8 编码的 JSON 文件" + (where.isEmpty() ? "" : "（" + where + "）") + "，请以 UTF-8 编码另存后再读取";
		}
		if (String.valueOf(ex.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
			return "JSON 文件不完整，" + (where.isEmpty() ? "" : "在" + where) + "意外结束（文件可能被截断）";
		}
		return "不是有效的 JSON：" + at + "格式有误（如缺少逗号、引号或括号）";
	}

	private int column(Table table, String name) {
		return this.keys.computeIfAbsent(table, (t) -> new HashMap<>()).computeIfAbsent(name, (n) -> {
			Optional<String> key = this.vocabulary.columnKey(table, n);
			if (key.isPresent()) {
				return table.index(key.get());
			}
			return (table == Table.ACTIVITIES && this.vocabulary.table(n).orElse(null) == Table.AGENDA) ? AGENDA
					: UNKNOWN;
		});
	}

	/**
	 * The reading of one document.
	 */
	private final class Document {

		private final JsonParser parser;

		private final SourceFile file;

		private final RawSheet agenda;

		Document(JsonParser parser, SourceFile file) {
			this.parser = parser;
			this.file = file;
			this.agenda = new RawSheet(Table.AGENDA, file.label, "activities[].agenda", true, new ArrayList<>(),
					Set.of());
		}

		void read() {
			JsonToken token = this.parser.nextToken();
			if (token == null) {
				this.file.fileProblem("文件为空");
				return;
			}
			if (token != JsonToken.START_OBJECT) {
				this.file.fileProblem("JSON 台账应为一个对象，其中每张表是一个数组，如 {\"organizations\": [...]}");
				return;
			}
			Map<Table, String> seen = new EnumMap<>(Table.class);
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				int line = line();
				this.parser.nextToken();
				Optional<Table> table = JsonLedgerReader.this.vocabulary.table(name);
				if (table.isEmpty()) {
					this.file.warnings.add(this.file.label + " 中的“" + Shown.value(name) + "”不是台账表，已忽略");
					this.parser.skipChildren();
					continue;
				}
				String first = seen.putIfAbsent(table.get(), "“" + name + "”（第" + line + "行）");
				if (first != null) {
					this.file.fileProblem("表“" + Shown.value(name) + "”在第" + line + "行再次出现（" + Shown.value(first)
							+ "已有这张表）；同一张表只能写一次，否则前一个数组会被覆盖，请把两个数组合并为一个");
					this.parser.skipChildren();
					continue;
				}
				table(table.get(), name);
			}
			if (this.parser.nextToken() != null) {
				this.file.fileProblem("第" + line() + "行：台账对象结束后还有多余的内容");
			}
			if (!this.agenda.rows().isEmpty()) {
				this.file.sheets.add(this.agenda);
			}
		}

		private void table(Table table, String name) {
			RawSheet sheet = new RawSheet(table, this.file.label, name, true, new ArrayList<>(), Set.of());
			if (this.parser.currentToken() != JsonToken.START_ARRAY) {
				this.file.sheetProblem(sheet, -1, null, "应为数组");
				this.parser.skipChildren();
				return;
			}
			Set<String> unknown = new LinkedHashSet<>();
			int index = 0;
			while (this.parser.nextToken() != JsonToken.END_ARRAY) {
				if (this.parser.currentToken() != JsonToken.START_OBJECT) {
					this.file.sheetProblem(sheet, index, null, "应为对象");
					this.parser.skipChildren();
				}
				else {
					sheet.rows().add(record(sheet, index, unknown));
				}
				index++;
			}
			if (!unknown.isEmpty()) {
				this.file.warnings.add(this.file.label + " 表“" + name + "”中的字段“"
						+ String.join("”“", unknown.stream().map(Shown::value).toList()) + "”未识别，已忽略");
			}
			this.file.sheets.add(sheet);
		}

		private RawSheet.RawRow record(RawSheet sheet, int index, Set<String> unknown) {
			RawSheet.RawRow row = new RawSheet.RawRow(sheet, index);
			int[] lines = new int[sheet.table().columns().size() + 1];
			List<RawSheet.RawRow> items = null;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				int line = line();
				JsonToken token = this.parser.nextToken();
				int column = column(sheet.table(), name);
				if (column == UNKNOWN) {
					unknown.add(name);
					this.parser.skipChildren();
					continue;
				}
				int slot = (column == AGENDA) ? lines.length - 1 : column;
				int first = lines[slot];
				lines[slot] = (first == 0) ? line : first;
				if (first != 0) {
					this.file.sheetProblem(sheet, index, name,
							"字段“" + Shown.value(name) + "”在第" + line + "行再次出现（第" + first + "行已有同一字段）；同一字段只能写一次");
					this.parser.skipChildren();
					continue;
				}
				if (column == AGENDA) {
					items = agenda(index, token);
					continue;
				}
				sheet.headers().putIfAbsent(sheet.table().columns().get(column).key(), name);
				Object value = value(token, sheet, index, name);
				if (value != null) {
					row.put(column, value);
				}
			}
			if (items != null) {
				String id = row.text("id");
				for (RawSheet.RawRow item : items) {
					if (id != null) {
						item.put(Table.AGENDA.index("activityId"), id);
					}
					this.agenda.rows().add(item);
				}
			}
			return row;
		}

		private List<RawSheet.RawRow> agenda(int activity, JsonToken token) {
			RawSheet nested = new RawSheet(Table.AGENDA, this.file.label, "activities[" + activity + "].agenda", true,
					this.agenda.rows(), Set.of(), this.agenda.headers());
			List<RawSheet.RawRow> items = new ArrayList<>();
			if (token != JsonToken.START_ARRAY) {
				this.file.sheetProblem(nested, -1, null, "应为数组");
				this.parser.skipChildren();
				return items;
			}
			Set<String> unknown = new LinkedHashSet<>();
			int i = 0;
			while (this.parser.nextToken() != JsonToken.END_ARRAY) {
				if (this.parser.currentToken() != JsonToken.START_OBJECT) {
					this.file.sheetProblem(nested, i, null, "应为对象");
					this.parser.skipChildren();
				}
				else {
					items.add(record(nested, i, unknown));
				}
				i++;
			}
			if (!unknown.isEmpty()) {
				this.file.warnings.add(this.file.label + " 表“activities[].agenda”中的字段“"
						+ String.join("”“", unknown.stream().map(Shown::value).toList()) + "”未识别，已忽略");
			}
			return items;
		}

		/**
		 * The value of a field: a text, a list of texts, or null when empty or not a
		 * value.
		 */
		private Object value(JsonToken token, RawSheet sheet, int index, String name) {
			switch (token) {
				case START_ARRAY -> {
					List<String> items = new ArrayList<>();
					while (this.parser.nextToken() != JsonToken.END_ARRAY) {
						if (this.parser.currentToken().isStructStart()) {
							this.file.sheetProblem(sheet, index, name, "数组中应为文本或数字");
							this.parser.skipChildren();
						}
						else {
							String item = scalar(this.parser.currentToken());
							if (item != null) {
								items.add(item);
							}
						}
					}
					return items.isEmpty() ? null : JsonLedgerReader.this.pool.of(items);
				}
				case START_OBJECT -> {
					this.file.sheetProblem(sheet, index, name, "应为文本、数字或数组，不能是对象");
					this.parser.skipChildren();
					return null;
				}
				default -> {
					return scalar(token);
				}
			}
		}

		private String scalar(JsonToken token) {
			String text = switch (token) {
				case VALUE_STRING -> this.parser.getString().strip();
				case VALUE_NUMBER_INT -> this.parser.getString();
				case VALUE_NUMBER_FLOAT -> number(this.parser.getString());
				case VALUE_TRUE -> "true";
				case VALUE_FALSE -> "false";
				default -> null;
			};
			return (text == null || text.isEmpty()) ? null : JsonLedgerReader.this.pool.of(text);
		}

		private int line() {
			return this.parser.currentTokenLocation().getLineNr();
		}

	}

	/**
	 * A number written with a fraction or an exponent, in plain notation ({@code 1.5e3}
	 * is {@code 1500}), or as written when it is too large or too small to write plainly:
	 * the column it is read for then reports it as out of range.
	 * @param literal the number as written
	 * @return the number's text
	 */
	static String number(String literal) {
		BigDecimal value;
		try {
			value = new BigDecimal(literal).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			return literal;
		}
		if (value.scale() < -100 || value.scale() > 100 || value.precision() > 100) {
			return literal;
		}
		return value.toPlainString();
	}

}
