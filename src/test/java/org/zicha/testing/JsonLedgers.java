package org.zicha.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes small JSON ledgers for tests: one array per table, each record given as keys and
 * values. A value may be a string, a number, a boolean, a {@link List} (a JSON array) or
 * a {@link Map} built with {@link #object} (for the nested {@code agenda} of an
 * activity).
 *
 * <pre>
 * JsonLedgers.json()
 *     .add("organizations", "id", "B1", "name", "机关第一党支部", "kind", "BRANCH")
 *     .add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20")
 *     .write(dir.resolve("ledger.json"));
 * </pre>
 */
public final class JsonLedgers {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

	private JsonLedgers() {
	}

	/**
	 * An empty JSON ledger.
	 * @return the builder
	 */
	public static JsonLedgers json() {
		return new JsonLedgers();
	}

	/**
	 * Add a record to a table (the table is created on first use).
	 * @param table the table key, for example {@code activities}
	 * @param keysAndValues the record's keys and values, alternately
	 * @return this builder
	 */
	public JsonLedgers add(String table, Object... keysAndValues) {
		this.tables.computeIfAbsent(table, (t) -> new ArrayList<>()).add(object(keysAndValues));
		return this;
	}

	/**
	 * A JSON object.
	 * @param keysAndValues keys and values, alternately
	 * @return the object
	 */
	public static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	/**
	 * Write the ledger.
	 * @param file the file (its folder is created)
	 * @return the file
	 */
	public Path write(Path file) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this.tables));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
