package org.zicha.web.rectification;

/**
 * How a problem row relates to the rows of earlier runs.
 */
public enum Change {

	/** 新增: no earlier row shares its findings. */
	NEW("新增"),
	/** 仍存在: carried over from the previous run's row of the same findings. */
	PERSISTING("仍存在"),
	/** 整改不到位: the duty was marked done earlier and is found again for a later period. */
	REDO("整改不到位");

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

}
