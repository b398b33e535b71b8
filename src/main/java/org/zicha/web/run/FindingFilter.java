package org.zicha.web.run;

import org.zicha.finding.Severity;

/**
 * The filters of the findings list.
 *
 * @param org an organisation: its subtree, or null
 * @param area an area, or null
 * @param duty a duty code, or null
 * @param severity a severity, or null
 * @param change NEW, PERSISTING or RESOLVED, or null
 */
public record FindingFilter(String org, String area, String duty, Severity severity, String change) {

	/** No filter. */
	public static final FindingFilter NONE = new FindingFilter(null, null, null, null, null);

	public FindingFilter {
		org = blank(org);
		area = blank(area);
		duty = blank(duty);
		change = blank(change);
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
