package org.zicha.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;

/**
 * A number JSON does not have ({@code NaN}, {@code Infinity}, {@code -Infinity}), as
 * programs that write JavaScript numbers put into a document: the message names the token
 * found, its line and its column (counted in characters, as an editor shows it) and says
 * that JSON has no such number.
 */
final class NonNumber {

	/** The token of Jackson's message: {@code Non-standard token 'NaN'}. */
	private static final Pattern TOKEN = Pattern.compile("token '(-?\\+?(?:NaN|Infinity|INF))'");

	/** The token where a value stands: after a colon, a comma or a bracket. */
	private static final Pattern VALUE = Pattern.compile("[:,\\[]\\s*([-+]?(?:NaN|Infinity|INF))");

	private NonNumber() {
	}

	/**
	 * The number JSON does not have that a parser met, if that is what it met.
	 * @param ex what the parser reported
	 * @return the token as written, or null when the error is another
	 */
	static String of(JacksonException ex) {
		Matcher m = TOKEN.matcher(String.valueOf(ex.getOriginalMessage()));
		return m.find() ? m.group(1) : null;
	}

	/**
	 * The message: where the token is and that JSON has no such number.
	 * @param file the document
	 * @param token the token
	 * @param line its line, from 1
	 * @return the message
	 */
	static String describe(LedgerFile file, String token, int line) {
		int column = column(file, token, line);
		String where = "第" + line + "行" + ((column > 0) ? "第" + column + "列" : "");
		return "不是有效的 JSON：" + where + "的“" + token + "”不是 JSON 中的数（JSON 没有 NaN、Infinity 这样的数），请改为具体的数字，或删去这一项";
	}

	/**
	 * The column of the token in its line, in characters from 1; 0 when it cannot be
	 * found.
	 */
	private static int column(LedgerFile file, String token, int line) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
			String text = null;
			for (int i = 0; i < line; i++) {
				text = in.readLine();
				if (text == null) {
					return 0;
				}
			}
			Matcher m = VALUE.matcher(text);
			while (m.find()) {
				if (m.group(1).equals(token)) {
					return text.codePointCount(0, m.start(1)) + 1;
				}
			}
			int at = text.indexOf(token);
			return (at >= 0) ? text.codePointCount(0, at) + 1 : 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
