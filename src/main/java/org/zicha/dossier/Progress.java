package org.zicha.dossier;

import java.util.Set;

/**
 * Where the rectification of a problem stands, as an inspection summary counts it.
 */
public enum Progress {

	/** 完成: marked done (已完成 or 已销号) and not found again. */
	DONE("完成"),
	/** 进行中: not yet marked done. */
	ONGOING("进行中"),
	/** 整改不到位: marked done, or past its deadline, and still found afterwards. */
	NOT_EFFECTIVE("整改不到位");

	/** The statuses of a rectification ledger that say a problem was rectified. */
	private static final Set<String> DONE_STATUSES = Set.of("已完成", "已销号");

	private final String label;

	Progress(String label) {
		this.label = label;
	}

	/**
	 * The Chinese label.
	 * @return 完成, 进行中 or 整改不到位
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether a status written in a rectification ledger or feedback workbook says the
	 * problem was rectified.
	 * @param status the status, or null
	 * @return true for 已完成 and 已销号
	 */
	public static boolean done(String status) {
		return status != null && DONE_STATUSES.contains(status.strip());
	}

}
