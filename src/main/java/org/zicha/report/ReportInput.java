package org.zicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.OrgKind;

/**
 * Everything a report is drafted from: the run's dates and coverage, its findings and
 * statistics, the count totals behind the findings, the heat map, and who leads each
 * organisation.
 *
 * @param rootName the name of the root organisation(s)
 * @param asOf the as-of day
 * @param from the first day of the window
 * @param to the last day of the window
 * @param organizations the number of organisations covered
 * @param members the number of members covered
 * @param records the number of ledger records read
 * @param findings the findings (all severities), sorted
 * @param exempted the exempted findings
 * @param stats the statistics block of findings.json
 * @param tallies per duty and organisation, the required and actual counts of the
 * evaluated periods
 * @param heatMap the organisations × months grid of the calendar duties
 * @param organisationKinds the kind of each organisation, by id
 * @param secretaries the name of each organisation's secretary, by id
 */
public record ReportInput(String rootName, LocalDate asOf, LocalDate from, LocalDate to, int organizations, int members,
		int records, List<Finding> findings, List<Exempted> exempted, Map<String, Object> stats, List<Tally> tallies,
		HeatMap heatMap, Map<String, OrgKind> organisationKinds, Map<String, String> secretaries) {

	/**
	 * The required and actual counts of one count duty at one organisation over the
	 * window's evaluated periods.
	 *
	 * @param duty the duty
	 * @param orgId the organisation
	 * @param required the sum of the required counts
	 * @param actual the sum of the counts found
	 */
	public record Tally(String duty, String orgId, int required, int actual) {

	}

}
