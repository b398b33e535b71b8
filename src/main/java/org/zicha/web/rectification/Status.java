package org.zicha.web.rectification;

import java.util.Arrays;
import java.util.List;

/**
 * The status of a rectification row, as the ledger's drop-down names it.
 */
public enum Status {

	/** 未整改. */
	OPEN("未整改"),
	/** 整改中. */
	IN_PROGRESS("整改中"),
	/** 已完成. */
	DONE("已完成"),
	/** 已销号: done and signed off. */
	CLOSED("已销号");

	private final String label;

	Status(String label) {
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
	 * Whether the row counts as rectified.
	 * @return true for 已完成 and 已销号
	 */
	public boolean done() {
		return this == DONE || this == CLOSED;
	}

	/**
	 * A status as the rectification ledger writes it, in the wording of the rules: the
	 * wording's statuses stand for these four in order.
	 * @param statuses the wording's statuses
	 * @return the text
	 */
	public String text(List<String> statuses) {
		return (ordinal() < statuses.size()) ? statuses.get(ordinal()) : this.label;
	}

	/**
	 * A status from the text of a rectification ledger: one of the wording's statuses (in
	 * order), or a code or Chinese name.
	 * @param text the text
	 * @param statuses the wording's statuses
	 * @return the status
	 * @throws IllegalArgumentException when it names none
	 */
	public static Status parse(String text, List<String> statuses) {
		int i = statuses.indexOf((text != null) ? text.strip() : "");
		if (i >= 0 && i < values().length) {
			return values()[i];
		}
		return parse(text);
	}

	/**
	 * A status from its code or its Chinese name.
	 * @param text OPEN, 未整改, …
	 * @return the status
	 * @throws IllegalArgumentException when it names none
	 */
	public static Status parse(String text) {
		String t = (text != null) ? text.strip() : "";
		return Arrays.stream(values())
			.filter((s) -> s.name().equalsIgnoreCase(t) || s.label.equals(t))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("整改状态“" + text + "”无效，应为：未整改、整改中、已完成、已销号"));
	}

}
