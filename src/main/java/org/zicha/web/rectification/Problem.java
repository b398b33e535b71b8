package org.zicha.web.rectification;

import java.time.LocalDate;
import java.util.List;

import org.zicha.finding.Severity;

/**
 * The findings of one duty at one organisation in a run: what a rectification row is
 * opened for.
 *
 * @param duty the duty code
 * @param orgId the organisation ("" for findings of none)
 * @param orgName its name
 * @param area the area
 * @param title the duty's title
 * @param severity the most serious severity of the findings
 * @param description the findings' sentences
 * @param source the regulation
 * @param measure what to do (the duty's remedy)
 * @param keys the findings' keys
 * @param deadline the day by which it is to be rectified
 * @param responsible who leads it (the organisation's secretary), or null
 */
public record Problem(String duty, String orgId, String orgName, String area, String title, Severity severity,
		String description, String source, String measure, List<String> keys, LocalDate deadline, String responsible) {

	public Problem {
		keys = List.copyOf(keys);
	}

}
