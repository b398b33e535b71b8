package org.zicha.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A party member (党员) of a branch.
 *
 * @param id unique id (党员编号)
 * @param name 姓名
 * @param orgId the branch the member belongs to
 * @param groupId the party group of that branch the member belongs to, or null
 * @param status 正式党员 or 预备党员
 * @param admitted date admitted as probationary member (入党日期), or null
 * @param probationEnds 预备期满日期 as stated, or null (then admitted + 1 year)
 * @param converted 转正日期, or null while probationary
 * @param mobile 流动党员
 * @param outstation works at a remote station (外驻站点)
 * @param leaderCadre 领导干部
 * @param joinedOrg date the member joined the branch, or null (before any date of the
 * ledger)
 * @param left date the member left the branch, or null while a member
 */
public record Member(String id, String name, String orgId, String groupId, MemberStatus status, LocalDate admitted,
		LocalDate probationEnds, LocalDate converted, boolean mobile, boolean outstation, boolean leaderCadre,
		LocalDate joinedOrg, LocalDate left) {

	public Member {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(orgId, "orgId");
		Objects.requireNonNull(status, "status");
	}

	/**
	 * Whether the member counts for a period: a member of the branch for the whole period
	 * (admitted and joined on or before its first day, not left before or on its last
	 * day).
	 * @param period the period
	 * @return true when the member counts
	 */
	public boolean countedIn(Period period) {
		return (this.admitted == null || !this.admitted.isAfter(period.from()))
				&& (this.joinedOrg == null || !this.joinedOrg.isAfter(period.from()))
				&& (this.left == null || this.left.isAfter(period.to()));
	}

	/**
	 * Whether the member counts on one day.
	 * @param day the day
	 * @return true when the member counts for that day
	 */
	public boolean countedOn(LocalDate day) {
		return countedIn(Period.day(day));
	}

	/**
	 * Whether the member is a full member (正式党员).
	 * @return true when status is FULL
	 */
	public boolean isFull() {
		return this.status == MemberStatus.FULL;
	}

	/**
	 * The end of probation as originally set: admitted + 1 year.
	 * @return that date, or null when admitted is not recorded
	 */
	public LocalDate originalProbationEnd() {
		return (this.admitted != null) ? this.admitted.plusYears(1) : null;
	}

	/**
	 * The end of probation: 预备期满日期 when stated, else admitted + 1 year.
	 * @return that date, or null when admitted is not recorded
	 */
	public LocalDate probationEnd() {
		return (this.probationEnds != null) ? this.probationEnds : originalProbationEnd();
	}

	/**
	 * The date to which probation was extended: 预备期满日期 when it is later than admitted + 1
	 * year.
	 * @return that date, or null when probation was not extended
	 */
	public LocalDate probationExtendedUntil() {
		LocalDate original = originalProbationEnd();
		return (this.probationEnds != null && original != null && this.probationEnds.isAfter(original))
				? this.probationEnds : null;
	}

	Member asOf(LocalDate day) {
		boolean convertedLater = Organization.laterThan(this.converted, day);
		return new Member(this.id, this.name, this.orgId, this.groupId,
				convertedLater ? MemberStatus.PROBATIONARY : this.status, this.admitted, this.probationEnds,
				convertedLater ? null : this.converted, this.mobile, this.outstation, this.leaderCadre, this.joinedOrg,
				Organization.laterThan(this.left, day) ? null : this.left);
	}

}
