package org.zicha.report;

import java.time.YearMonth;
import java.util.List;

/**
 * For each monthly or quarterly duty, a grid of organisations × months: met, missed, not
 * due, exempted, or not evaluated.
 *
 * @param months the months of the columns
 * @param duties the duties, each with its rows
 */
public record HeatMap(List<YearMonth> months, List<Duty> duties) {

	/**
	 * One duty's grid.
	 *
	 * @param code the duty code
	 * @param title the duty's title
	 * @param rows one row per organisation the duty applies to
	 */
	public record Duty(String code, String title, List<Row> rows) {

	}

	/**
	 * One organisation's cells, one per month.
	 *
	 * @param orgId the organisation
	 * @param orgName its name
	 * @param cells the states, in the order of the months
	 */
	public record Row(String orgId, String orgName, List<State> cells) {

	}

	/**
	 * The state of a duty for an organisation in a month.
	 */
	public enum State {

		/** The requirement of the period was met. */
		MET("已落实"),
		/** The period is closed and the requirement was not met. */
		MISSED("未落实"),
		/** The period is still open and not yet met. */
		NOT_DUE("未到期"),
		/** Not met, under an approved exemption. */
		EXEMPTED("例外"),
		/**
		 * Not evaluated in this run (outside the window, or the organisation did not
		 * exist).
		 */
		NONE("未检查");

		private final String label;

		State(String label) {
			this.label = label;
		}

		/**
		 * The Chinese name of the state.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

}
