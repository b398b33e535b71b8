package org.zicha.ledger;

/**
 * Text from a ledger as it may appear in a message: control characters (C0, DEL, C1,
 * which include the terminal's escape sequences) and the characters that reorder text on
 * screen written as visible escapes, and a long value cut to its beginning and its
 * length.
 */
public final class Shown {

	/** How many characters of a long value a message shows. */
	public static final int SHOWN_LENGTH = 50;

	private Shown() {
	}

	/**
	 * A value as shown in a message: escaped, and cut to its first 50 characters and its
	 * length when longer.
	 * @param value a value written in a ledger
	 * @return the value to show, for example {@code 机关第一党支部…（共 1048576 字）}
	 */
	public static String value(String value) {
		if (value == null) {
			return null;
		}
		if (value.codePointCount(0, value.length()) <= SHOWN_LENGTH) {
			return escaped(value);
		}
		int end = value.offsetByCodePoints(0, SHOWN_LENGTH);
		return escaped(value.substring(0, end)) + "…（共 " + value.codePointCount(0, value.length()) + " 字）";
	}

	/**
	 * A text with every control character and every character that reorders text on
	 * screen written as {@code \x1B} or {@code \u202E}, so that printing it cannot move
	 * the cursor, clear the screen, set the window title or write to the clipboard.
	 * @param text a text
	 * @return the text, unchanged when it has no such character
	 */
	public static String escaped(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !isHidden(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = escaped(c);
			if (escape != null) {
				shown.append(escape);
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	/**
	 * One character as {@link #escaped(String)} writes it.
	 * @param c a character
	 * @return its escape, or null when it is shown as it is
	 */
	public static String escaped(char c) {
		if (!isHidden(c)) {
			return null;
		}
		return (c < 0x100) ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
	}

	private static boolean isHidden(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
				|| c == 0x200E || c == 0x200F || c == 0x061C;
	}

}
