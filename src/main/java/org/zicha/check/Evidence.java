package org.zicha.check;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zicha.ledger.Activity;

/**
 * The evidence of an outcome: named values a reader can check without opening the ledger.
 */
public final class Evidence {

	private Evidence() {
	}

	/**
	 * Build evidence from names and values, in order.
	 * @param namesAndValues name, value, name, value, …
	 * @return an unmodifiable, ordered map
	 */
	public static Map<String, Object> of(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Evidence needs a value for every name");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

	/**
	 * The ids of events, by date.
	 * @param activities the events
	 * @return their ids
	 */
	public static List<String> activityIds(Collection<Activity> activities) {
		return activities.stream()
			.sorted(Comparator.comparing(Activity::date).thenComparing(Activity::id))
			.map(Activity::id)
			.toList();
	}

}
