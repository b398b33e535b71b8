package org.zicha.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.zicha.report.FindingRow.Category;

/**
 * The overview of the page: the number of findings by category, and by area as a table
 * with stacked bars.
 */
final class SummaryHtml {

	private SummaryHtml() {
	}

	/**
	 * Write the overview.
	 * @param rows the findings
	 * @param out where to write it
	 */
	static void write(List<FindingRow> rows, Markup out) {
		Map<Category, Integer> totals = new EnumMap<>(Category.class);
		Map<String, Map<Category, Integer>> byArea = new TreeMap<>(FindingRow.AREA_ORDER);
		for (FindingRow row : rows) {
			totals.merge(row.category(), 1, Integer::sum);
			byArea.computeIfAbsent(row.finding().area(), (a) -> new EnumMap<>(Category.class))
				.merge(row.category(), 1, Integer::sum);
		}
		out.open("div", "class", "cards");
		for (Category category : Category.values()) {
			String count = String.valueOf(totals.getOrDefault(category, 0));
			out.open("div", "class", "card " + category.css(), "data-category", category.name());
			out.element("span", count, "class", "card-count");
			out.element("span", category.label(), "class", "card-label");
			out.close("div");
		}
		out.close("div");
		if (byArea.isEmpty()) {
			return;
		}
		int widest = byArea.values().stream().mapToInt(SummaryHtml::sum).max().orElse(1);
		out.open("table", "class", "areas");
		out.element("caption", "按领域统计（条）");
		out.open("thead").open("tr");
		out.element("th", "领域", "scope", "col");
		out.element("th", "分布", "scope", "col", "class", "bar-col");
		for (Category category : Category.values()) {
			out.open("th", "scope", "col", "class", "num").element("span", "", "class", "dot " + category.css());
			out.text(category.label()).close("th");
		}
		out.element("th", "合计", "scope", "col", "class", "num");
		out.close("tr").close("thead").open("tbody");
		byArea.forEach((area, counts) -> areaRow(area, counts, widest, out));
		out.close("tbody").close("table");
	}

	private static void areaRow(String area, Map<Category, Integer> counts, int widest, Markup out) {
		out.open("tr", "data-area", area);
		out.element("th", area, "scope", "row");
		out.open("td", "class", "bar-col").open("div", "class", "bar");
		for (Category category : Category.values()) {
			int n = counts.getOrDefault(category, 0);
			if (n > 0) {
				String width = String.format(Locale.ROOT, "%.2f%%", 100.0 * n / widest);
				out.element("span", "", "class", "seg " + category.css(), "style", "width:" + width, "title",
						area + " · " + category.label() + " " + n + " 条");
			}
		}
		out.close("div").close("td");
		for (Category category : Category.values()) {
			int n = counts.getOrDefault(category, 0);
			out.element("td", (n > 0) ? String.valueOf(n) : "", "class", "num");
		}
		out.element("td", String.valueOf(sum(counts)), "class", "num total");
		out.close("tr");
	}

	private static int sum(Map<Category, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
