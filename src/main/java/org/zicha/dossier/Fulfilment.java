package org.zicha.dossier;

/**
 * How a duty stood for one organisation and period.
 */
public enum Fulfilment {

	/** 已落实: the requirement was met. */
	MET("已落实"),
	/** 未落实: a finding. */
	MISSED("未落实"),
	/** 经批准例外: missed, with an approved exemption. */
	EXEMPTED("经批准例外"),
	/** 提醒: not yet due, but due soon and still open. */
	DUE("提醒（未到期）");

	private final String label;

	Fulfilment(String label) {
		this.label = label;
	}

	/**
	 * The Chinese label.
	 * @return e.g. 已落实
	 */
	public String label() {
		return this.label;
	}

}
