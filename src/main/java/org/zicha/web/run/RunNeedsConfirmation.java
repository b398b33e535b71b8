package org.zicha.web.run;

import java.time.LocalDate;

/**
 * A run not started because its as-of day lies more than three months after the ledger's
 * latest event: most likely a mistaken day or a ledger not brought up to date, whose run
 * would report every duty since as missed. Started again once the user confirms.
 */
public class RunNeedsConfirmation extends RuntimeException {

	private final LocalDate asOf;

	private final LocalDate latestEvent;

	RunNeedsConfirmation(LocalDate asOf, LocalDate latestEvent) {
		super((latestEvent != null)
				? "检查截止日（" + asOf + "）比台账中最近一项活动、党费或谈话记录（" + latestEvent + "）晚三个月以上，检查结果将把此后各项工作均列为未开展。"
						+ "请核对截止日，或先导入最新台账；确需按此截止日检查的，请确认后再开始"
				: "台账中截至检查截止日（" + asOf + "）没有任何活动、党费或谈话记录，检查结果将把各项工作均列为未开展。请核对截止日，或先导入最新台账；确需按此截止日检查的，请确认后再开始");
		this.asOf = asOf;
		this.latestEvent = latestEvent;
	}

	/**
	 * The as-of day asked.
	 * @return the day
	 */
	public LocalDate asOf() {
		return this.asOf;
	}

	/**
	 * The ledger's latest event on or before it.
	 * @return the date, or null when there is none
	 */
	public LocalDate latestEvent() {
		return this.latestEvent;
	}

}
