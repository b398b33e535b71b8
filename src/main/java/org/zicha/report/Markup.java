package org.zicha.report;

import java.util.Set;

/**
 * A small HTML writer that escapes everything it is given: text, attribute values, and
 * the names of nothing else (tags and attribute names are the writer's own constants).
 */
final class Markup {

	/**
	 * The elements after which a line break is written, for a readable source; never an
	 * inline element, where the break would show as a space.
	 */
	private static final Set<String> BLOCKS = Set.of("header", "nav", "section", "div", "p", "h1", "h2", "h3", "ul",
			"li", "table", "caption", "colgroup", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "select",
			"option", "label");

	private final StringBuilder out = new StringBuilder();

	/**
	 * Open an element.
	 * @param tag the tag name
	 * @param attributes names and values, alternately; a null value leaves the attribute
	 * out
	 * @return this writer
	 */
	Markup open(String tag, String... attributes) {
		this.out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				this.out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}
		this.out.append('>');
		return this;
	}

	/**
	 * Close an element.
	 * @param tag the tag name
	 * @return this writer
	 */
	Markup close(String tag) {
		this.out.append("</").append(tag).append('>');
		if (BLOCKS.contains(tag)) {
			this.out.append('\n');
		}
		return this;
	}

	/**
	 * Write text, escaped.
	 * @param text the text, null for none
	 * @return this writer
	 */
	Markup text(String text) {
		if (text != null) {
			this.out.append(escape(text));
		}
		return this;
	}

	/**
	 * An element holding only text.
	 * @param tag the tag name
	 * @param text its text
	 * @param attributes names and values, alternately
	 * @return this writer
	 */
	Markup element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	/**
	 * Append what another writer wrote.
	 * @param other the other writer
	 * @return this writer
	 */
	Markup append(Markup other) {
		this.out.append(other.out);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/**
	 * Escape text for an HTML text node or a quoted attribute value; control characters,
	 * which HTML does not allow, are left out.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						sb.append(c);
					}
				}
			}
		}
		return sb.toString();
	}

}
