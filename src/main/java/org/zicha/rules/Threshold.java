package org.zicha.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.zicha.ledger.Organization;
import org.zicha.ledger.PeriodKind;

/**
 * The thresholds of one duty, as one row of the thresholds table sets them. Inserted as a
 * fact into every session, so that rules read their numbers from it instead of writing
 * them in. A duty may have one row for every organisation and rows for organisations of
 * one category (组织类别); the most specific row applies to an organisation
 * ({@link #appliesTo(Organization)}).
 *
 * @param duty the duty code
 * @param category 组织类别: the category of organisation the row is for, or null for every
 * organisation
 * @param period 统计周期: the calendar period the duty is counted over, or null
 * @param count 次数: a minimum count (or number of months, members), or null
 * @param share 比例: a minimum share such as a quorum, or null
 * @param limit 时限: a time limit, or null
 * @param deadline 截止日期: the day of the next year by which an annual review of a year must
 * be held, or null
 * @param notice 提醒窗口（天）: a notice is given for an open period when no more than this many
 * days are left to its end; null when the duty gives no notices
 * @param max 上限: a maximum number (of members), or null
 * @param outstation 外驻人数: a number of members working at remote stations, or null
 * @param otherCategories for the row for every organisation, the categories that have a
 * row of their own for this duty; empty for a category's row
 */
public record Threshold(String duty, String category, PeriodKind period, Integer count, Double share, Limit limit,
		Deadline deadline, Integer notice, Integer max, Integer outstation, Set<String> otherCategories) {

	public Threshold {
		Objects.requireNonNull(duty, "duty");
		otherCategories = Set.copyOf(otherCategories);
	}

	/**
	 * Whether this row is the one that applies to an organisation: a category's row to
	 * the organisations of that category, the row for every organisation to those whose
	 * category has no row of its own.
	 * @param org the organisation
	 * @return true when this row applies
	 */
	public boolean appliesTo(Organization org) {
		return appliesTo((org != null) ? org.category() : null);
	}

	boolean appliesTo(String orgCategory) {
		String own = (orgCategory != null && !orgCategory.isBlank()) ? orgCategory.strip() : null;
		return (this.category != null) ? this.category.equals(own) : own == null || !this.otherCategories.contains(own);
	}

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
			parts.add("比例 " + BigDecimal.valueOf(this.share)
				.setScale(4, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString());
		}
		if (this.limit != null) {
			parts.add("时限 " + this.limit);
		}
		if (this.deadline != null) {
			parts.add("截止日期 " + this.deadline);
		}
		if (this.max != null) {
			parts.add("上限 " + this.max);
		}
		if (this.outstation != null) {
			parts.add("外驻人数 " + this.outstation);
		}
		if (noticeDays() >= 0) {
			parts.add("提醒窗口 " + noticeDays() + "天");
		}
		return parts;
	}

}
