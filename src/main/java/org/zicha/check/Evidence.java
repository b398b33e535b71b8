package org.zicha.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

}
