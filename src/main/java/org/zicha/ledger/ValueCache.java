package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of one read, parsed once per distinct text: a date written in ten thousand
 * rows is parsed once and held once. A text that cannot be parsed is parsed again each
 * time (so that each row gets its problem).
 */
final class ValueCache {

	private final Map<String, LocalDate> isoDates = new HashMap<>();

	private final Map<String, LocalDate> dates = new HashMap<>();

	private final Map<String, YearMonth> isoMonths = new HashMap<>();

	private final Map<String, YearMonth> months = new HashMap<>();

	private final Map<String, BigDecimal> decimals = new HashMap<>();

	private final Map<List<?>, List<?>> lists = new HashMap<>();

	LocalDate date(String text, boolean isoOnly) {
		return cached(isoOnly ? this.isoDates : this.dates, text, (t) -> Values.date(t, isoOnly));
	}

	YearMonth month(String text, boolean isoOnly) {
		return cached(isoOnly ? this.isoMonths : this.months, text, (t) -> Values.month(t, isoOnly));
	}

	BigDecimal decimal(String text) {
		return cached(this.decimals, text, Values::decimal);
	}

	/**
	 * One instance of each short list of values (the months of a dues payment, the types
	 * of an activity), shared by every record that has it.
	 * @param <T> the values' type
	 * @param values the values
	 * @return an equal immutable list
	 */
	@SuppressWarnings("unchecked")
	<T> List<T> list(List<T> values) {
		List<T> list = List.copyOf(values);
		if (list.size() > 8) {
			return list;
		}
		List<?> pooled = this.lists.putIfAbsent(list, list);
		return (pooled != null) ? (List<T>) pooled : list;
	}

	private static <T> T cached(Map<String, T> cache, String text, Function<String, T> parser) {
		T value = cache.get(text);
		if (value == null) {
			value = parser.apply(text);
			cache.put(text, value);
		}
		return value;
	}

}
