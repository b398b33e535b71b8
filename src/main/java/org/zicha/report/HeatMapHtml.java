package org.zicha.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heat map as HTML tables: for each monthly or quarterly duty a grid of organisations
 * × months, each cell coloured by its state, with a legend. Each cell carries its state
 * in {@code data-state} and says organisation, month and state in its tooltip.
 */
final class HeatMapHtml {

	private HeatMapHtml() {
	}

	/**
	 * Write the legend and the grids.
	 * @param heatMap the heat map
	 * @param out where to write it
	 */
	static void write(HeatMap heatMap, Markup out) {
		if (heatMap.duties().isEmpty() || heatMap.months().isEmpty()) {
			out.element("p", "本期没有按月或按季度检查的事项。", "class", "empty");
			return;
		}
		legend(out);
		for (HeatMap.Duty duty : heatMap.duties()) {
			grid(duty, heatMap.months(), out);
		}
	}

	private static void legend(Markup out) {
		out.open("ul", "class", "legend", "aria-label", "图例");
		for (HeatMap.State state : HeatMap.State.values()) {
			out.open("li", "data-state", state.name());
			out.element("span", mark(state), "class", "swatch " + css(state));
			out.element("span", state.label(), "class", "state");
			out.close("li");
		}
		out.close("ul");
	}

	private static void grid(HeatMap.Duty duty, List<YearMonth> months, Markup out) {
		Map<Integer, Integer> years = new LinkedHashMap<>();
		months.forEach((m) -> years.merge(m.getYear(), 1, Integer::sum));
		boolean manyYears = years.size() > 1;
		long missed = duty.rows().stream().filter((r) -> r.cells().contains(HeatMap.State.MISSED)).count();
		out.open("figure", "class", "heat", "data-duty", duty.code());
		out.open("figcaption");
		out.element("span", heading(duty.title()), "class", "heat-title");
		out.element("span", (missed > 0) ? missed + "个组织有未落实的月份" : "未发现未落实的月份", "class",
				(missed > 0) ? "heat-note missed" : "heat-note");
		out.close("figcaption");
		out.open("table", "class", "heat-grid" + ((months.size() > 12) ? " wide" : ""));
		out.open("colgroup").open("col", "class", "org-col");
		months.forEach((m) -> out.open("col"));
		out.close("colgroup");
		out.open("thead");
		if (manyYears) {
			out.open("tr", "class", "years").element("th", "", "scope", "col");
			years.forEach((year, span) -> out.element("th", year + "年", "scope", "colgroup", "colspan",
					String.valueOf(span)));
			out.close("tr");
		}
		out.open("tr", "class", "months");
		out.element("th", manyYears ? "党组织" : months.get(0).getYear() + "年", "scope", "col", "class", "corner");
		months.forEach((m) -> out.element("th", m.getMonthValue() + "月", "scope", "col", "data-month", m.toString()));
		out.close("tr").close("thead").open("tbody");
		for (HeatMap.Row row : duty.rows()) {
			out.open("tr", "data-org", row.orgId());
			out.element("th", row.orgName(), "scope", "row", "title", row.orgName());
			for (int i = 0; i < months.size() && i < row.cells().size(); i++) {
				HeatMap.State state = row.cells().get(i);
				YearMonth month = months.get(i);
				String tip = row.orgName() + " · " + month.getYear() + "年" + month.getMonthValue() + "月 · "
						+ heading(duty.title()) + "：" + state.label();
				out.element("td", mark(state), "class", css(state), "data-state", state.name(), "data-month",
						month.toString(), "title", tip);
			}
			out.close("tr");
		}
		out.close("tbody").close("table").close("figure");
	}

	/**
	 * The heading of a grid, which shows where a duty was met: the duty's title says what
	 * a gap is (未按期召开党员大会, 党员未按月交纳党费), so its negation is dropped (按期召开党员大会情况).
	 * @param title the duty's title
	 * @return the heading
	 */
	static String heading(String title) {
		int not = title.indexOf('未');
		return (not >= 0) ? title.substring(0, not) + title.substring(not + 1) + "情况" : title;
	}

	/**
	 * The CSS class of a state.
	 * @param state the state
	 * @return its class
	 */
	static String css(HeatMap.State state) {
		return "s-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A mark inside a cell, so that the states read in black and white too.
	 */
	private static String mark(HeatMap.State state) {
		return switch (state) {
			case MET -> "✓";
			case MISSED -> "✗";
			case EXEMPTED -> "免";
			case NOT_DUE -> "·";
			case NONE -> "";
		};
	}

}
