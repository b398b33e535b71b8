package org.zicha.finding;

import java.util.List;
import java.util.Objects;

/**
 * A duty the rules check, with the metadata written beside its rule.
 *
 * @param code the stable code, e.g. {@code SHYK.ASSEMBLY}
 * @param area the theme the report groups it under, e.g. 组织生活
 * @param title a short Chinese title of the gap, e.g. 未按期召开党员大会
 * @param severity the default severity of its findings
 * @param source the regulation (or practice) it rests on, in Chinese
 * @param confidence how sure the source is: V (wording seen), S (secondary sources), L
 * (local practice)
 * @param remedy what to do about a gap, in Chinese
 * @param parameters the names of the thresholds it reads
 */
public record Duty(String code, String area, String title, Severity severity, String source, String confidence,
		String remedy, List<String> parameters) {

	/** The areas in the order of the duty catalog, which is also the order of reports. */
	public static final List<String> AREAS = List.of("组织生活", "理论学习", "主体责任", "联系群众", "组织建设", "党员教育管理", "发展党员", "基础工作");

	public Duty {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(remedy, "remedy");
		parameters = List.copyOf(parameters);
	}

	/**
	 * The place of an area in reports: the catalog order, then any other area.
	 * @param area an area
	 * @return its rank
	 */
	public static int areaRank(String area) {
		int i = AREAS.indexOf(area);
		return (i >= 0) ? i : AREAS.size();
	}

}
