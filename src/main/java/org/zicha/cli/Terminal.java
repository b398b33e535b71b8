package org.zicha.cli;

/**
 * Makes text from a user's files and arguments safe to print on a terminal: control
 * characters (C0, DEL, C1 — escape sequences among them) are shown escaped, never sent
 * raw.
 */
final class Terminal {

	/** How many characters of a value a message quotes. */
	static final int QUOTED_LENGTH = 50;

	private Terminal() {
	}

	/**
	 * A value as a message quotes it: control characters escaped, and cut to its first
	 * {@value #QUOTED_LENGTH} characters with its length when longer.
	 * @param value the value
	 * @return the text to print
	 */
	static String quote(String value) {
		int length = value.codePointCount(0, value.length());
		if (length <= QUOTED_LENGTH) {
			return escape(value);
		}
		String head = value.substring(0, value.offsetByCodePoints(0, QUOTED_LENGTH));
		return escape(head) + "…（共" + length + "个字符）";
	}

	/**
	 * A line with every control character but the tab escaped as {@code \\u001B}.
	 * @param line the line
	 * @return the text to print
	 */
	static String escape(String line) {
		StringBuilder sb = null;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
			if (control) {
				if (sb == null) {
					sb = new StringBuilder(line.length() + 8).append(line, 0, i);
				}
				sb.append(String.format("\\u%04X", (int) c));
			}
			else if (sb != null) {
				sb.append(c);
			}
		}
		return (sb != null) ? sb.toString() : line;
	}

}
