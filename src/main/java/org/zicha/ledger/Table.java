package org.zicha.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the ledger format and their columns, keyed by the English JSON names.
 * Which sheet names and column headers stand for them is data: see {@link Vocabulary}.
 */
public enum Table {

	/** 组织. */
	ORGANIZATIONS("organizations", List.of("id", "name"),
			List.of(Column.required("id"), Column.required("name"), Column.required("kind", OrgKind.class),
					Column.of("parentId"), Column.of("hasCommittee", Column.Type.BOOLEAN),
					Column.of("centralGroup", Column.Type.BOOLEAN), Column.of("category"),
					Column.of("established", Column.Type.DATE), Column.of("dissolved", Column.Type.DATE),
					Column.of("secretary"), Column.of("deputySecretaries", Column.Type.LIST),
					Column.of("committee", Column.Type.LIST), Column.of("termStart", Column.Type.DATE),
					Column.of("termYears", Column.Type.INTEGER), Column.of("extendedUntil", Column.Type.DATE),
					Column.of("extensionApproval"), Column.of("shortName"), Column.of("addressee"))),

	/** 党员. */
	MEMBERS("members", List.of("id", "name"),
			List.of(Column.required("id"), Column.required("name"), Column.required("orgId"), Column.of("groupId"),
					Column.required("status", MemberStatus.class), Column.of("admitted", Column.Type.DATE),
					Column.of("probationEnds", Column.Type.DATE), Column.of("converted", Column.Type.DATE),
					Column.of("mobile", Column.Type.BOOLEAN), Column.of("outstation", Column.Type.BOOLEAN),
					Column.of("leaderCadre", Column.Type.BOOLEAN), Column.of("joinedOrg", Column.Type.DATE),
					Column.of("left", Column.Type.DATE))),

	/** 活动. */
	ACTIVITIES("activities", List.of("id"), List.of(Column.required("id"), Column.required("orgId"),
			new Column("types", true, Column.Type.LIST, ActivityType.class), Column.required("date", Column.Type.DATE),
			Column.of("topic"), Column.of("host"), Column.of("lecturer"), Column.of("expected", Column.Type.INTEGER),
			Column.of("present", Column.Type.INTEGER), Column.of("attendees", Column.Type.LIST), Column.of("recorder"),
			Column.of("urgent", Column.Type.BOOLEAN), Column.of("jointOrgs", Column.Type.LIST),
			Column.of("reviewYear", Column.Type.INTEGER), Column.of("note"))),

	/** 议题: in JSON nested as the {@code agenda} array of an activity. */
	AGENDA("agenda", List.of("activityId"),
			List.of(Column.required("activityId"), Column.required("order", Column.Type.INTEGER),
					Column.required("title"), Column.of("kind", AgendaKind.class),
					Column.of("studies", Column.Type.LIST))),

	/** 学习篇目. */
	DIRECTIVES("directives", List.of("id", "title"),
			List.of(Column.required("id"), Column.required("title"), Column.required("date", Column.Type.DATE),
					Column.of("forOrgs", Column.Type.LIST))),

	/** 党费. */
	DUES("dues", List.of("memberId"),
			List.of(Column.required("memberId"), Column.required("months", Column.Type.MONTHS),
					Column.required("paidOn", Column.Type.DATE), Column.of("amount", Column.Type.DECIMAL))),

	/** 谈心谈话. */
	TALKS("talks", List.of(),
			List.of(Column.required("date", Column.Type.DATE), Column.required("by"), Column.required("with"),
					Column.of("kind", TalkKind.class))),

	/** 发展党员. */
	APPLICANTS("applicants", List.of("id", "name"),
			List.of(Column.required("id"), Column.required("name"), Column.required("orgId"),
					Column.required("applied", Column.Type.DATE), Column.of("talked", Column.Type.DATE),
					Column.of("activist", Column.Type.DATE), Column.of("candidate", Column.Type.DATE),
					Column.of("admitted", Column.Type.DATE), Column.of("extendedUntil", Column.Type.DATE),
					Column.of("converted", Column.Type.DATE))),

	/** 例外. */
	EXEMPTIONS("exemptions", List.of(),
			List.of(Column.required("duty"), Column.of("orgId"), Column.of("memberId"),
					Column.required("from", Column.Type.DATE), Column.required("to", Column.Type.DATE),
					Column.required("reason"), Column.of("approval")));

	/** The longest text most cells may hold: ids, names, titles. */
	static final int SHORT_TEXT = 200;

	/** The longest text a topic, note or reason may hold. */
	static final int LONG_TEXT = 2000;

	private final String key;

	private final List<String> identity;

	private final List<Column> columns;

	private final Map<String, Integer> indexes = new HashMap<>();

	Table(String key, List<String> identity, List<Column> columns) {
		this.key = key;
		this.identity = identity;
		this.columns = columns;
		for (int i = 0; i < columns.size(); i++) {
			this.indexes.put(columns.get(i).key(), i);
		}
	}

	/**
	 * The English name of the table: its key in a JSON ledger.
	 * @return for example {@code activities}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The columns of the table, in the order of ledger.md.
	 * @return the columns
	 */
	public List<Column> columns() {
		return this.columns;
	}

	/**
	 * The position of a column in {@link #columns()}.
	 * @param key the column's key
	 * @return its position, or -1 when the table has no such column
	 */
	int index(String key) {
		return this.indexes.getOrDefault(key, -1);
	}

	/**
	 * The columns that name a record in messages, in order of preference: its id, else
	 * its name. A message names the record by the first of them that has a value.
	 * @return the column keys, empty when the table's records have no id or name
	 */
	List<String> identity() {
		return this.identity;
	}

	/**
	 * Find a column by its English key.
	 * @param key the key
	 * @return the column, if the table has one of that key
	 */
	public Optional<Column> column(String key) {
		return this.columns.stream().filter((c) -> c.key().equals(key)).findFirst();
	}

	/**
	 * A column of a table.
	 *
	 * @param key the English key (the JSON name)
	 * @param required whether every row must give a value
	 * @param type how its cells are written
	 * @param values the enumeration its values come from, or null
	 */
	public record Column(String key, boolean required, Type type, Class<? extends Enum<?>> values) {

		/**
		 * The longest text a cell (or one item of a list) may hold.
		 * @return the number of characters
		 */
		int maxLength() {
			return switch (this.key) {
				case "topic", "note", "reason" -> LONG_TEXT;
				default -> SHORT_TEXT;
			};
		}

		static Column of(String key) {
			return new Column(key, false, Type.TEXT, null);
		}

		static Column of(String key, Type type) {
			return new Column(key, false, type, null);
		}

		static Column of(String key, Class<? extends Enum<?>> values) {
			return new Column(key, false, Type.TEXT, values);
		}

		static Column required(String key) {
			return new Column(key, true, Type.TEXT, null);
		}

		static Column required(String key, Type type) {
			return new Column(key, true, type, null);
		}

		static Column required(String key, Class<? extends Enum<?>> values) {
			return new Column(key, true, Type.TEXT, values);
		}

		/**
		 * How the cells of a column are written.
		 */
		public enum Type {

			/** Free text, an id, a reference or an enumeration label. */
			TEXT,
			/** A list of items in one cell. */
			LIST,
			/** A date. */
			DATE,
			/** A list of months. */
			MONTHS,
			/** A whole number. */
			INTEGER,
			/** A decimal number. */
			DECIMAL,
			/** 是/否. */
			BOOLEAN

		}

	}

}
