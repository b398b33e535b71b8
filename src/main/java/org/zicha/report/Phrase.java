package org.zicha.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.zicha.finding.Template;

/**
 * A template of the wording file: text with placeholders {@code {name}} and optional
 * parts in square brackets. An optional part is left out when a placeholder in it has no
 * value, or a value of zero, or when it holds optional parts and every one of them was
 * left out: {@code 现有党员{total}名[，其中[正式党员{full}名][、预备党员{probationary}名]]}.
 * <p>
 * Adjacent optional parts form a list. When the first of them begins with its own text
 * (not with a separator), the first part written drops a leading separator (、，；), so
 * {@code [党员大会{a}次][、支委会{b}次]} reads 支委会3次 when there was no member assembly.
 */
final class Phrase {

	/** What separates the items of a list. */
	static final String SEPARATORS = "、，；";

	private final String source;

	private final List<Node> nodes;

	private Phrase(String source, List<Node> nodes) {
		this.source = source;
		this.nodes = nodes;
	}

	/**
	 * Parse a template.
	 * @param source the template
	 * @return the phrase
	 * @throws IllegalArgumentException when a bracket or brace is not closed or not
	 * opened
	 */
	static Phrase parse(String source) {
		List<List<Node>> stack = new ArrayList<>();
		stack.add(new ArrayList<>());
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (c == '{') {
				int end = source.indexOf('}', i);
				String name = (end > i) ? source.substring(i + 1, end) : "";
				if (end < 0 || !name.matches("[\\w.]+")) {
					throw new IllegalArgumentException("“{”没有配对的“}”，或花括号中不是占位符名称");
				}
				flush(text, stack);
				stack.get(stack.size() - 1).add(new Slot(name));
				i = end + 1;
				continue;
			}
			if (c == '}') {
				throw new IllegalArgumentException("“}”前没有“{”");
			}
			if (c == '[') {
				flush(text, stack);
				stack.add(new ArrayList<>());
			}
			else if (c == ']') {
				if (stack.size() == 1) {
					throw new IllegalArgumentException("“]”前没有“[”");
				}
				flush(text, stack);
				List<Node> part = stack.remove(stack.size() - 1);
				stack.get(stack.size() - 1).add(new Part(part));
			}
			else {
				text.append(c);
			}
			i++;
		}
		if (stack.size() > 1) {
			throw new IllegalArgumentException("“[”没有配对的“]”");
		}
		flush(text, stack);
		return new Phrase(source, List.copyOf(stack.get(0)));
	}

	private static void flush(StringBuilder text, List<List<Node>> stack) {
		if (!text.isEmpty()) {
			stack.get(stack.size() - 1).add(new Text(text.toString()));
			text.setLength(0);
		}
	}

	/**
	 * The names of every placeholder.
	 * @return the names, in order
	 */
	Set<String> names() {
		Set<String> names = new LinkedHashSet<>();
		collect(this.nodes, names);
		return names;
	}

	private static void collect(List<Node> nodes, Set<String> names) {
		for (Node node : nodes) {
			if (node instanceof Slot slot) {
				names.add(slot.name());
			}
			else if (node instanceof Part part) {
				collect(part.nodes(), names);
			}
		}
	}

	/**
	 * The template as written.
	 * @return the source
	 */
	String source() {
		return this.source;
	}

	/**
	 * Fill the template.
	 * @param values the values by name
	 * @return the text
	 */
	String fill(Map<String, ?> values) {
		return fill(values::get);
	}

	/**
	 * Fill the template.
	 * @param values the value of a name, null when it has none
	 * @return the text
	 */
	String fill(Function<String, ?> values) {
		StringBuilder out = new StringBuilder();
		render(this.nodes, values, out, false);
		return out.toString();
	}

	/**
	 * Render nodes; return whether they are kept (false when they make an optional part
	 * that must be left out). Outside an optional part a placeholder without a value is
	 * written as it formats (a zero as 0, nothing as nothing).
	 */
	private static boolean render(List<Node> nodes, Function<String, ?> values, StringBuilder out, boolean optional) {
		boolean anyPart = false;
		boolean anyPartKept = false;
		int i = 0;
		while (i < nodes.size()) {
			Node node = nodes.get(i);
			if (node instanceof Text text) {
				out.append(text.text());
				i++;
			}
			else if (node instanceof Slot slot) {
				Object value = values.apply(slot.name());
				if (optional && absent(value)) {
					return false;
				}
				out.append(Template.format(value));
				i++;
			}
			else {
				int end = i;
				while (end < nodes.size() && nodes.get(end) instanceof Part) {
					end++;
				}
				anyPart = true;
				anyPartKept |= list(nodes.subList(i, end), values, out);
				i = end;
			}
		}
		return !anyPart || anyPartKept;
	}

	/**
	 * Render a run of adjacent optional parts; return whether any was kept.
	 */
	private static boolean list(List<Node> parts, Function<String, ?> values, StringBuilder out) {
		boolean listMode = !startsWithSeparator(((Part) parts.get(0)).nodes());
		boolean kept = false;
		for (Node node : parts) {
			StringBuilder part = new StringBuilder();
			if (render(((Part) node).nodes(), values, part, true)) {
				if (listMode && !kept && !part.isEmpty() && SEPARATORS.indexOf(part.charAt(0)) >= 0) {
					part.deleteCharAt(0);
				}
				out.append(part);
				kept = true;
			}
		}
		return kept;
	}

	private static boolean startsWithSeparator(List<Node> nodes) {
		return !nodes.isEmpty() && nodes.get(0) instanceof Text text && SEPARATORS.indexOf(text.text().charAt(0)) >= 0;
	}

	/**
	 * Whether a value counts as missing: null, empty, zero, or an empty collection.
	 * @param value the value
	 * @return true when an optional part holding it is left out
	 */
	static boolean absent(Object value) {
		if (value == null) {
			return true;
		}
		if (value instanceof CharSequence text) {
			return text.isEmpty();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0;
		}
		if (value instanceof Number number) {
			return number.doubleValue() == 0;
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty();
		}
		return false;
	}

	@Override
	public String toString() {
		return this.source;
	}

	private sealed interface Node permits Text, Slot, Part {

	}

	private record Text(String text) implements Node {

	}

	private record Slot(String name) implements Node {

	}

	private record Part(List<Node> nodes) implements Node {

	}

}
