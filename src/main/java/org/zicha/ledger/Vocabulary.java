package org.zicha.ledger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words a ledger may use: sheet names, column headers and enumeration labels, each
 * with its synonyms. Kept as data ({@code rules/vocabulary.yml}) so that a unit's own
 * workbook maps onto the format without being retyped. English keys and codes are always
 * accepted.
 */
public final class Vocabulary {

	private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of("OrgKind", OrgKind.class, "MemberStatus",
			MemberStatus.class, "ActivityType", ActivityType.class, "AgendaKind", AgendaKind.class, "TalkKind",
			TalkKind.class);

	private final Map<String, Table> tables = new HashMap<>();

	private final Map<Table, String> sheetNames = new EnumMap<>(Table.class);

	private final Map<Table, Map<String, String>> columns = new EnumMap<>(Table.class);

	private final Map<Table, Map<String, String>> headers = new EnumMap<>(Table.class);

	private final Map<Class<?>, Map<String, Enum<?>>> values = new HashMap<>();

	private final Map<Enum<?>, String> labels = new HashMap<>();

	private final Map<String, Boolean> booleans = new HashMap<>();

	private final List<String> errors = new ArrayList<>();

	private final String file;

	private Vocabulary(String file) {
		this.file = file;
	}

	/**
	 * Read a vocabulary file.
	 * @param in the YAML content
	 * @param file the file's name, for messages
	 * @return the vocabulary
	 * @throws VocabularyException when the file is not valid
	 */
	public static Vocabulary parse(InputStream in, String file) {
		Vocabulary vocabulary = new Vocabulary(file);
		try {
			vocabulary.load(YAMLMapper.builder().build().readTree(in));
		}
		catch (JacksonException ex) {
			throw new VocabularyException(file, List.of("不是有效的 YAML：" + ex.getOriginalMessage()));
		}
		if (!vocabulary.errors.isEmpty()) {
			throw new VocabularyException(file, vocabulary.errors);
		}
		return vocabulary;
	}

	/**
	 * Normalise a name for comparison: no spaces, no trailing {@code *}, lower case.
	 * @param name a sheet name, header or label as written
	 * @return the normalised name
	 */
	static String normalise(String name) {
		String n = name.replaceAll("[\\s\\u3000]+", "");
		while (n.endsWith("*") || n.endsWith("＊")) {
			n = n.substring(0, n.length() - 1);
		}
		return n.toLowerCase(Locale.ROOT);
	}

	private void load(JsonNode root) {
		JsonNode tableNodes = root.path("tables");
		for (Table table : Table.values()) {
			JsonNode node = tableNodes.path(table.key());
			List<String> sheets = strings(node.path("sheet"), "tables." + table.key() + ".sheet");
			this.sheetNames.put(table, sheets.isEmpty() ? table.key() : sheets.get(0));
			sheets.add(table.key());
			for (String sheet : sheets) {
				Table previous = this.tables.put(normalise(sheet), table);
				if (previous != null && previous != table) {
					this.errors.add("工作表名称“" + sheet + "”同时对应 " + previous.key() + " 和 " + table.key());
				}
			}
			loadColumns(table, node.path("columns"));
		}
		tableNodes.propertyNames()
			.stream()
			.filter((name) -> java.util.Arrays.stream(Table.values()).noneMatch((t) -> t.key().equals(name)))
			.forEach((name) -> this.errors.add("tables 下有未知的表“" + name + "”"));
		JsonNode valueNodes = root.path("values");
		ENUMS.forEach((name, type) -> loadValues(type, valueNodes.path(name), "values." + name));
		for (String flag : List.of("true", "false")) {
			for (String word : strings(valueNodes.path("Boolean").path(flag), "values.Boolean." + flag)) {
				this.booleans.put(normalise(word), Boolean.valueOf(flag));
			}
			this.booleans.put(flag, Boolean.valueOf(flag));
		}
	}

	private void loadColumns(Table table, JsonNode node) {
		Map<String, String> byHeader = new HashMap<>();
		Map<String, String> canonical = new LinkedHashMap<>();
		for (Table.Column column : table.columns()) {
			List<String> names = strings(node.path(column.key()), "tables." + table.key() + ".columns." + column.key());
			canonical.put(column.key(), names.isEmpty() ? column.key() : names.get(0));
			names.add(column.key());
			for (String name : names) {
				String previous = byHeader.put(normalise(name), column.key());
				if (previous != null && !previous.equals(column.key())) {
					this.errors.add(table.key() + " 表中列名“" + name + "”同时对应 " + previous + " 和 " + column.key());
				}
			}
		}
		node.propertyNames()
			.stream()
			.filter((key) -> table.column(key).isEmpty())
			.forEach((key) -> this.errors.add(table.key() + " 表没有列“" + key + "”"));
		this.columns.put(table, byHeader);
		this.headers.put(table, canonical);
	}

	private void loadValues(Class<? extends Enum<?>> type, JsonNode node, String path) {
		Map<String, Enum<?>> byLabel = new HashMap<>();
		for (Enum<?> constant : type.getEnumConstants()) {
			List<String> names = strings(node.path(constant.name()), path + "." + constant.name());
			this.labels.put(constant, names.isEmpty() ? constant.name() : names.get(0));
			names.add(constant.name());
			for (String name : names) {
				Enum<?> previous = byLabel.put(normalise(name), constant);
				if (previous != null && previous != constant) {
					this.errors.add(path + "：取值“" + name + "”同时对应 " + previous + " 和 " + constant);
				}
			}
		}
		node.propertyNames()
			.stream()
			.filter((name) -> byLabel.values().stream().noneMatch((c) -> c.name().equals(name)))
			.forEach((name) -> this.errors.add(path + "：没有代码“" + name + "”"));
		this.values.put(type, byLabel);
	}

	private List<String> strings(JsonNode node, String path) {
		List<String> result = new ArrayList<>();
		if (node.isMissingNode() || node.isNull()) {
			return result;
		}
		if (!node.isArray()) {
			this.errors.add(path + " 应为列表，如 [党员大会, 支部大会]");
			return result;
		}
		for (JsonNode item : node.values()) {
			String text = item.asString().strip();
			if (!text.isEmpty()) {
				result.add(text);
			}
		}
		return result;
	}

	/**
	 * The table a sheet name stands for.
	 * @param sheetName a sheet name as written
	 * @return the table, if the name is known
	 */
	public Optional<Table> table(String sheetName) {
		return Optional.ofNullable(this.tables.get(normalise(sheetName)));
	}

	/**
	 * The standard sheet name of a table.
	 * @param table the table
	 * @return for example 活动
	 */
	public String sheetName(Table table) {
		return this.sheetNames.get(table);
	}

	/**
	 * The column a header stands for.
	 * @param table the table
	 * @param header a header as written
	 * @return the column key, if the header is known
	 */
	public Optional<String> columnKey(Table table, String header) {
		return Optional.ofNullable(this.columns.get(table).get(normalise(header)));
	}

	/**
	 * The standard header of a column.
	 * @param table the table
	 * @param key the column key
	 * @return for example 活动编号
	 */
	public String header(Table table, String key) {
		return this.headers.get(table).getOrDefault(key, key);
	}

	/**
	 * The enumeration value a label stands for.
	 * @param <E> the enumeration
	 * @param type its class
	 * @param text a label, synonym or code as written
	 * @return the value, if the label is known
	 */
	public <E extends Enum<E>> Optional<E> value(Class<E> type, String text) {
		return Optional.ofNullable(this.values.get(type).get(normalise(text))).map(type::cast);
	}

	/**
	 * The standard Chinese label of an enumeration value.
	 * @param value the value
	 * @return for example 党员大会
	 */
	public String label(Enum<?> value) {
		return this.labels.getOrDefault(value, value.name());
	}

	/**
	 * A yes/no word.
	 * @param text 是/否, Y/N, true/false, 1/0 or a listed synonym
	 * @return the boolean, if the word is known
	 */
	public Optional<Boolean> bool(String text) {
		return Optional.ofNullable(this.booleans.get(normalise(text)));
	}

	@Override
	public String toString() {
		return "Vocabulary(" + this.file + ")";
	}

}
