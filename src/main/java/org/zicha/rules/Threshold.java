package org.zicha.rules;

import java.util.ArrayList;
import java.util.List;

import org.zicha.ledger.PeriodKind;

/**
 * The thresholds of one duty, as the thresholds table sets them. Inserted as a fact into
 * every session, so that rules read their numbers from it instead of writing them in.
 *
 * @param duty the duty code
 * @param period 统计周期: the calendar period the duty is counted over, or null
 * @param count 次数: a minimum count (or number of months, members), or null
 * @param share 比例: a minimum share such as a quorum, or null
 * @param limit 时限: a time limit, or null
 * @param notice 提醒窗口（天）: a notice is given for an open period when no more than this many
 * days are left to its end; null when the duty gives no notices
 */
public record Threshold(String duty, PeriodKind period, Integer count, Double share, Limit limit, Integer notice) {

	/**
	 * The notice window in days.
	 * @return the window, or -1 when the duty gives no notices
	 */
	public int noticeDays() {
		return (this.notice != null) ? this.notice : -1;
	}

	/**
	 * The parameters that are set, by name, as the thresholds table shows them.
	 * @return for example {@code [统计周期 季度, 次数 1]}
	 */
	public List<String> describe() {
		List<String> parts = new ArrayList<>();
		if (this.period != null) {
			parts.add("统计周期 " + this.period.label());
		}
		if (this.count != null) {
			parts.add("次数 " + this.count);
		}
		if (this.share != null) {
			parts.add("比例 " + this.share);
		}
		if (this.limit != null) {
			parts.add("时限 " + this.limit);
		}
		if (noticeDays() >= 0) {
			parts.add("提醒窗口 " + noticeDays() + "天");
		}
		return parts;
	}

	boolean has(String parameter) {
		return switch (parameter) {
			case "period" -> this.period != null;
			case "count" -> this.count != null;
			case "share" -> this.share != null;
			case "limit" -> this.limit != null;
			case "notice" -> this.notice != null;
			default -> false;
		};
	}

}
