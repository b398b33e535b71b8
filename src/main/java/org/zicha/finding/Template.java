package org.zicha.finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zicha.ledger.Period;

/**
 * Fills the placeholders of a Chinese text template, such as
 * {@code {org}{period}未召开党员大会（要求{every}至少{required}次，实际{actual}次）}. A date is written
 * 2025年3月5日, a list joined with 、, and an unknown placeholder is left as it is.
 */
public final class Template {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");

	private Template() {
	}

	/**
	 * Fill a template.
	 * @param template the template
	 * @param values the values by name
	 * @return the text
	 */
	public static String fill(String template, Map<String, ?> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String text = values.containsKey(name) ? format(values.get(name)) : m.group();
			m.appendReplacement(sb, Matcher.quoteReplacement(text));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/**
	 * Write a value for reading.
	 * @param value a value
	 * @return its text
	 */
	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return Period.dayLabel(date);
		}
		if (value instanceof Period period) {
			return period.label();
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(Template::format).collect(Collectors.joining("、"));
		}
		return value.toString();
	}

}
