package org.zicha.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.zicha.ledger.Shown;

/**
 * Makes what the command line prints safe for a terminal: every control character (C0,
 * DEL, C1 — escape sequences among them) and every character that reorders text on screen
 * is printed escaped ({@code \x1B}, {@code \u202E}), never raw, whatever its source — a
 * ledger value, a file name, an argument; line breaks and tabs are kept. Quoted values
 * are cut to their beginning and their length; paths are shown whole.
 */
final class Terminal {

	private Terminal() {
	}

	/**
	 * A value as a message quotes it: control characters escaped, and cut to its first 50
	 * characters with its length when longer.
	 * @param value the value
	 * @return the text to print
	 */
	static String quote(String value) {
		return Shown.value(value);
	}

	/**
	 * A path as a message names it: whole, however long (the user typed it and must see
	 * which file is meant), with its control characters escaped.
	 * @param path the path
	 * @return the text to print
	 */
	static String path(java.nio.file.Path path) {
		return typed(String.valueOf(path));
	}

	/**
	 * What the user typed on the command line (an argument, which may be a path), as a
	 * message names it: whole, with its control characters escaped.
	 * @param text the text
	 * @return the text to print
	 */
	static String typed(String text) {
		return Shown.escaped(text);
	}

	/**
	 * A writer that escapes what it is given before the terminal sees it.
	 * @param out where the command line prints
	 * @return the writer to print to instead
	 */
	static PrintWriter safe(PrintWriter out) {
		return new PrintWriter(new Escaping(out));
	}

	/**
	 * Escapes each character that is neither printable nor a line break or tab.
	 */
	private static final class Escaping extends FilterWriter {

		private static final boolean CRLF = System.lineSeparator().equals("\r\n");

		Escaping(Writer out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			char ch = (char) c;
			String escape = (ch == '\n' || ch == '\t' || (ch == '\r' && CRLF)) ? null : Shown.escaped(ch);
			if (escape != null) {
				this.out.write(escape);
			}
			else {
				this.out.write(c);
			}
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				write(buffer[i]);
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				write(text.charAt(i));
			}
		}

	}

}
