package org.zicha.report;

import java.util.List;

import org.zicha.ledger.Period;

/**
 * For each monthly or quarterly duty, a grid of organisations × the periods of that duty
 * (a quarterly duty has one cell per quarter): met, missed, not due, exempted, or not
 * evaluated. It says nothing of how it was computed, so that any source of outcomes can
 * fill it.
 *
 * @param duties the duties, each with its periods and rows
 */
public record HeatMap(List<Duty> duties) {

	public HeatMap {
		duties = List.copyOf(duties);
	}

	/**
	 * One duty's grid.
	 *
	 * @param code the duty code
	 * @param title the duty's title
	 * @param periods the periods of the columns, in order, all of one kind
	 * @param rows one row per organisation the duty applies to
	 */
	public record Duty(String code, String title, List<Period> periods, List<Row> rows) {

		public Duty {
			periods = List.copyOf(periods);
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One organisation's cells, one per period of its duty.
	 *
	 * @param orgId the organisation
	 * @param orgName its name
	 * @param cells the states, in the order of the periods
	 */
	public record Row(String orgId, String orgName, List<State> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * The state of a duty for an organisation in a period.
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
