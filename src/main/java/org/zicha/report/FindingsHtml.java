package org.zicha.report;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.zicha.finding.Finding;
import org.zicha.report.FindingRow.Category;

/**
 * The table of every finding, with three drop-downs (area, organisation, category) that
 * the page's script uses to filter its rows. Each row carries what it is filtered by in
 * {@code data-area}, {@code data-org} and {@code data-category}.
 */
final class FindingsHtml {

	private static final String NO_ORG = "—";

	private FindingsHtml() {
	}

	/**
	 * Write the filters and the table.
	 * @param rows the findings
	 * @param out where to write it
	 */
	static void write(List<FindingRow> rows, Markup out) {
		if (rows.isEmpty()) {
			out.element("p", "本期没有发现问题，也没有提醒事项。", "class", "empty");
			return;
		}
		filters(rows, out);
		out.open("table", "id", "findings-table", "class", "findings");
		out.open("thead").open("tr");
		for (String column : List.of("严重程度", "领域", "组织", "期间", "问题描述", "依据", "问题编号")) {
			out.element("th", column, "scope", "col");
		}
		out.close("tr").close("thead").open("tbody");
		rows.forEach((row) -> row(row, out));
		out.close("tbody").close("table");
	}

	private static void filters(List<FindingRow> rows, Markup out) {
		Map<String, String> areas = new TreeMap<>(FindingRow.AREA_ORDER);
		Map<String, String> orgs = new LinkedHashMap<>();
		Map<String, String> categories = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			if (rows.stream().anyMatch((r) -> r.category() == category)) {
				categories.put(category.name(), category.label());
			}
		}
		for (FindingRow row : rows) {
			Finding f = row.finding();
			areas.put(f.area(), f.area());
			if (f.orgId() != null) {
				orgs.putIfAbsent(f.orgId(), orgName(f));
			}
		}
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, String> orgOptions = new LinkedHashMap<>();
		orgs.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(collator::compare))
			.forEach((e) -> orgOptions.put(e.getKey(), e.getValue()));
		out.open("div", "id", "findings-filters", "class", "filters");
		select("area", "领域", areas, out);
		select("org", "组织", orgOptions, out);
		select("category", "严重程度", categories, out);
		out.element("button", "显示全部", "type", "button", "id", "findings-reset", "class", "no-print");
		out.element("output", "共 " + rows.size() + " 条", "id", "findings-count", "data-total",
				String.valueOf(rows.size()), "aria-live", "polite");
		out.close("div");
	}

	private static void select(String key, String label, Map<String, String> options, Markup out) {
		out.open("label", "class", "no-print").text(label + " ");
		out.open("select", "id", "filter-" + key, "data-filter", key, "data-label", label);
		out.element("option", "全部", "value", "");
		options.forEach((value, text) -> out.element("option", text, "value", value));
		out.close("select").close("label");
	}

	private static void row(FindingRow row, Markup out) {
		Finding f = row.finding();
		out.open("tr", "class", row.category().css(), "data-area", f.area(), "data-org",
				Objects.requireNonNullElse(f.orgId(), ""), "data-category", row.category().name(), "data-key", f.key());
		out.open("td", "class", "sev")
			.element("span", row.category().shortLabel(), "class", "tag " + row.category().css(), "title",
					row.category().label());
		if (row.exemption() != null) {
			out.element("small", "原为" + f.severity().shortLabel(), "class", "was");
		}
		out.close("td");
		out.element("td", f.area());
		out.element("td", orgName(f));
		out.element("td", (f.period() != null) ? f.period().label() : "—", "class", "period");
		out.open("td").text(f.message());
		if (row.exemption() != null) {
			String approval = row.exemption().approval();
			out.element("small", "例外理由：" + row.exemption().reason() + ((approval != null) ? "（" + approval + "）" : ""),
					"class", "reason");
		}
		out.close("td");
		out.element("td", f.source(), "class", "source");
		out.element("td", f.key(), "class", "key");
		out.close("tr");
	}

	private static String orgName(Finding f) {
		if (f.orgId() == null) {
			return NO_ORG;
		}
		return (f.orgName() != null) ? f.orgName() : f.orgId();
	}

}
