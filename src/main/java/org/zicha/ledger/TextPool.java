package org.zicha.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of each short text met while reading a ledger: the same member id, date or
 * label repeated in a hundred thousand rows is held once, by the rows and by the records
 * made from them alike. Memory then follows the model rather than the file.
 */
final class TextPool {

	/** Longer texts (topics, notes) rarely repeat and are not pooled. */
	private static final int LONGEST = 64;

	/** Longer lists (attendees) rarely repeat and are not pooled. */
	private static final int LONGEST_LIST = 8;

	private final Map<String, String> texts = new HashMap<>();

	private final Map<List<String>, List<String>> lists = new HashMap<>();

	/**
	 * The pooled instance of a text.
	 * @param text a text
	 * @return an equal text, the same instance for every equal text of up to 64
	 * characters
	 */
	String of(String text) {
		if (text.length() > LONGEST) {
			return text;
		}
		String pooled = this.texts.putIfAbsent(text, text);
		return (pooled != null) ? pooled : text;
	}

	/**
	 * The pooled instance of a short list of pooled texts (the months of a dues payment,
	 * the types of an activity).
	 * @param items pooled texts
	 * @return an equal immutable list, the same instance for every equal list of up to 8
	 * items
	 */
	List<String> of(List<String> items) {
		List<String> list = List.copyOf(items);
		if (list.size() > LONGEST_LIST) {
			return list;
		}
		List<String> pooled = this.lists.putIfAbsent(list, list);
		return (pooled != null) ? pooled : list;
	}

}
