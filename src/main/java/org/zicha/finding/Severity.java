package org.zicha.finding;

/**
 * How serious a finding is. Declared from most to least serious.
 */
public enum Severity {

	/** 重要问题. */
	MAJOR("重要问题", "重要"),
	/** 一般问题. */
	MINOR("一般问题", "一般"),
	/** 提醒: due soon, not yet a gap. */
	NOTICE("提醒", "提醒");

	private final String label;

	private final String shortLabel;

	Severity(String label, String shortLabel) {
		this.label = label;
		this.shortLabel = shortLabel;
	}

	/**
	 * The Chinese name: 重要问题, 一般问题, 提醒.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The short Chinese name used in tables: 重要, 一般, 提醒.
	 * @return the short label
	 */
	public String shortLabel() {
		return this.shortLabel;
	}

	/**
	 * Whether this severity is at least as serious as another.
	 * @param other the other severity
	 * @return true when this one is the same or more serious
	 */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

	/**
	 * Parse a severity from its code or Chinese name.
	 * @param text MAJOR, MINOR, NOTICE, 重要问题, 一般问题, 提醒, 重要 or 一般
	 * @return the severity
	 * @throws IllegalArgumentException when the text names none
	 */
	public static Severity parse(String text) {
		String t = text.strip();
		for (Severity s : values()) {
			if (s.name().equalsIgnoreCase(t) || s.label.equals(t) || s.shortLabel.equals(t)) {
				return s;
			}
		}
		throw new IllegalArgumentException("“" + text + "”不是问题类别，应为 MAJOR、MINOR 或 NOTICE");
	}

}
