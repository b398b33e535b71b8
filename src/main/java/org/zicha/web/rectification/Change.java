package org.zicha.web.rectification;

import org.zicha.report.Report;

/**
 * How a rectification row relates to the rows of the run before, as the drafted report's
 * rectification ledger says it.
 */
public enum Change {

	/** 新增: no earlier row shares its findings. */
	NEW("新增"),
	/** 仍存在: carried over from the earlier row of the same findings. */
	PERSISTING("仍存在"),
	/**
	 * 整改不到位: an earlier row of its findings, or of its duty at its organisation, was
	 * marked done, and the duty is missed again for a period that begins after that.
	 */
	REDO("整改不到位"),
	/**
	 * 已整改（历史问题）: an earlier row of its findings was marked done, and they are found again
	 * only for the periods that began before: it stays done.
	 */
	RECTIFIED("已整改（历史问题）"),
	/** 已解决: an earlier row whose findings this run no longer finds. */
	RESOLVED("已解决");

	private final String label;

	Change(String label) {
		this.label = label;
	}

	/**
	 * The Chinese name.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The change of a report's row.
	 * @param change the report's change, or null
	 * @return the change, or null
	 */
	static Change of(Report.Change change) {
		if (change == null) {
			return null;
		}
		return switch (change) {
			case NEW -> NEW;
			case PERSISTING -> PERSISTING;
			case RELAPSED -> REDO;
			case RECTIFIED -> RECTIFIED;
			case RESOLVED -> RESOLVED;
		};
	}

	/**
	 * The report's change of this one.
	 * @return the report's change
	 */
	Report.Change report() {
		return switch (this) {
			case NEW -> Report.Change.NEW;
			case PERSISTING -> Report.Change.PERSISTING;
			case REDO -> Report.Change.RELAPSED;
			case RECTIFIED -> Report.Change.RECTIFIED;
			case RESOLVED -> Report.Change.RESOLVED;
		};
	}

}
