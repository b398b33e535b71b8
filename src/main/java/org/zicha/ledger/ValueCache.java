package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
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

	LocalDate date(String text, boolean isoOnly) {
		return cached(isoOnly ? this.isoDates : this.dates, text, (t) -> Values.date(t, isoOnly));
	}

	YearMonth month(String text, boolean isoOnly) {
		return cached(isoOnly ? this.isoMonths : this.months, text, (t) -> Values.month(t, isoOnly));
	}

	BigDecimal decimal(String text) {
		return cached(this.decimals, text, Values::decimal);
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
