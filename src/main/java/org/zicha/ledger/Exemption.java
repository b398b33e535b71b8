package org.zicha.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved reason why a duty does not apply (例外).
 *
 * @param duty a duty code, or a prefix ending in {@code *}
 * @param orgId the organisation, or null for every organisation
 * @param memberId the member, or null for every member
 * @param from 起始日期
 * @param to 截止日期
 * @param reason 理由
 * @param approval 批准文号, or null
 */
public record Exemption(String duty, String orgId, String memberId, LocalDate from, LocalDate to, String reason,
		String approval) {

	public Exemption {
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * Whether this exemption names a duty, exactly or by a prefix ending in {@code *}.
	 * @param code a duty code
	 * @return true when it applies to that duty
	 */
	public boolean namesDuty(String code) {
		return this.duty.endsWith("*") ? code.startsWith(this.duty.substring(0, this.duty.length() - 1))
				: this.duty.equals(code);
	}

	/**
	 * Whether a finding about this duty, organisation, member and period is exempted.
	 * @param code the finding's duty
	 * @param org the finding's organisation
	 * @param member the member the finding is about, or null
	 * @param period the finding's period, or null
	 * @return true when every stated condition holds and the period lies inside [from,
	 * to]
	 */
	public boolean covers(String code, String org, String member, Period period) {
		return period != null && namesDuty(code) && (this.orgId == null || this.orgId.equals(org))
				&& (this.memberId == null || this.memberId.equals(member)) && period.within(this.from, this.to);
	}

}
