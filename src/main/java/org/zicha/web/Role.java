package org.zicha.web;

/**
 * What a user may do.
 */
public enum Role {

	/** 管理员: everything, users and rules included. */
	ADMIN("管理员"),
	/**
	 * 检查人员: reads everything, changes nothing (an upper committee, an inspection team).
	 */
	INSPECTOR("检查人员"),
	/** 支部书记: one organisation's subtree, its uploads and rectification. */
	SECRETARY("支部书记");

	private final String label;

	Role(String label) {
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
