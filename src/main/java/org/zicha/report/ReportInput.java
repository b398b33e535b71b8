package org.zicha.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.OrgKind;

/**
 * Everything a report is drafted from: the run's dates and coverage, its findings and
 * statistics, the count totals behind the findings, which organisations each duty was
 * evaluated for, the heat map, the organisations with their heads, and the comparison
 * with an earlier run and its rectification ledger.
 *
 * @param asOf the as-of day
 * @param from the first day of the window
 * @param to the last day of the window
 * @param organisations the organisations of the ledger, in ledger order
 * @param members the number of members covered
 * @param records the number of ledger records read
 * @param latestRecord the date of the latest event the ledger records on or before the
 * as-of day, or null when it records none
 * @param activitiesInWindow the number of activities held in the window
 * @param findings the findings (all severities), sorted
 * @param exempted the exempted findings
 * @param resolved the findings of the earlier run no longer found
 * @param compared whether the run was compared with an earlier one
 * @param stats the statistics block of findings.json
 * @param tallies per duty and organisation, the required and actual counts of the
 * evaluated periods
 * @param evaluated per duty, the organisations it was evaluated for
 * @param heatMap the grid of the calendar duties
 * @param previous the rectification ledger of the earlier run, read back, or null
 * @param addressee the report's 主送机关, or null when none is known
 * @param dated the report's 成文日期: the day it is drafted
 */
public record ReportInput(LocalDate asOf, LocalDate from, LocalDate to, List<Organisation> organisations, int members,
		int records, LocalDate latestRecord, int activitiesInWindow, List<Finding> findings, List<Exempted> exempted,
		List<Finding> resolved, boolean compared, Map<String, Object> stats, List<Tally> tallies,
		Map<String, Set<String>> evaluated, HeatMap heatMap, RectificationLedger previous, String addressee,
		LocalDate dated) {

	public ReportInput {
		organisations = List.copyOf(organisations);
		findings = List.copyOf(findings);
		exempted = List.copyOf(exempted);
		resolved = List.copyOf(resolved);
	}

	/**
	 * An organisation as the report names it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param kind its kind
	 * @param parentId its higher organisation, or null for a root
	 * @param head the name of its secretary (for a group: 组长), or null
	 * @param shortName how it names itself in its own report (简称), or null
	 */
	public record Organisation(String id, String name, OrgKind kind, String parentId, String head, String shortName) {

		/**
		 * Whether it is a root of the tree.
		 * @return true when it has no higher organisation
		 */
		public boolean isRoot() {
			return this.parentId == null;
		}

	}

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
