package org.zicha.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps out of a page the characters HTML does not allow in a document (as report.docx
 * and rectification.xlsx keep them out of theirs): control characters other than tab and
 * line breaks (C0, DEL, C1), a surrogate without its pair, and the non-characters U+FFFE
 * and U+FFFF. A ledger cell that holds them shows the rest of its text.
 */
final class PageCharacters extends FilterWriter {

	/** A high surrogate written last, waiting for its low surrogate. */
	private char high;

	PageCharacters(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		char ch = (char) c;
		if (this.high != 0) {
			char pending = this.high;
			this.high = 0;
			if (Character.isLowSurrogate(ch)) {
				this.out.write(pending);
				this.out.write(ch);
				return;
			}
		}
		if (Character.isHighSurrogate(ch)) {
			this.high = ch;
		}
		else if (allowed(ch)) {
			this.out.write(ch);
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

	@Override
	public void flush() throws IOException {
		this.out.flush();
	}

	/**
	 * Whether a character (not a surrogate) may stand in a page.
	 * @param c the character
	 * @return false for a control character other than tab and line breaks, a lone low
	 * surrogate, U+FFFE and U+FFFF
	 */
	static boolean allowed(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
	}

}
