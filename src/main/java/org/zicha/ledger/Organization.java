package org.zicha.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A party organisation: 党组, 党委, 党总支, 党支部 or 党小组.
 *
 * @param id unique id (组织编号)
 * @param name 组织名称
 * @param kind 组织类型
 * @param parentId the higher organisation, null for a root of the tree
 * @param hasCommittee 是否设支委会 as the ledger states it, null when not stated (the default
 * then depends on the number of full members on the as-of date)
 * @param centralGroup 设理论学习中心组 as stated, null when not stated
 * @param category 组织类别: free text such as 机关, 离退休, 企业, 流动党员, by which thresholds may
 * differ; null when not stated
 * @param established 成立日期, null when it existed before any date of the ledger
 * @param dissolved 撤销日期, null while it exists
 * @param secretary member id of the secretary (for a group: 党小组组长), or null
 * @param deputySecretaries member ids of the deputy secretaries
 * @param committee member ids of every member of the committee
 * @param termStart date the current committee (or secretary) was elected, or null
 * @param termYears years of the current term, or null
 * @param extendedUntil date to which an extension of the term was approved, or null
 * @param extensionApproval document number of that approval (延期批准文号), or null
 * @param shortName 简称: how the organisation names itself in its own report (e.g. 局党组), or
 * null
 * @param addressee 主送机关: the addressee of a root's self-inspection report, or null
 */
public record Organization(String id, String name, OrgKind kind, String parentId, Boolean hasCommittee,
		Boolean centralGroup, String category, LocalDate established, LocalDate dissolved, String secretary,
		List<String> deputySecretaries, List<String> committee, LocalDate termStart, Integer termYears,
		LocalDate extendedUntil, String extensionApproval, String shortName, String addressee) {

	public Organization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		deputySecretaries = List.copyOf(deputySecretaries);
		committee = List.copyOf(committee);
	}

	/**
	 * Whether this organisation is a root of the tree (it has no higher organisation).
	 * @return true when parentId is empty
	 */
	public boolean isRoot() {
		return this.parentId == null;
	}

	/**
	 * Every member of the committee: the committee list with the secretary and deputy
	 * secretaries, who belong to it in any case.
	 * @return member ids, without repeats
	 */
	public List<String> committeeMembers() {
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
		if (this.secretary != null) {
			all.add(this.secretary);
		}
		all.addAll(this.deputySecretaries);
		all.addAll(this.committee);
		return List.copyOf(all);
	}

	/**
	 * Whether this organisation has a theory study central group (理论学习中心组): as stated, or
	 * by default when it is a root 党组 or 党委.
	 * @return true when it has one
	 */
	public boolean hasCentralGroup() {
		return (this.centralGroup != null) ? this.centralGroup : isRoot() && this.kind.isLeading();
	}

	/**
	 * Whether this organisation existed for the whole of a period: established on or
	 * before its first day and not dissolved before its last day.
	 * @param period the period
	 * @return true when it existed throughout
	 */
	public boolean existsThroughout(Period period) {
		return (this.established == null || !this.established.isAfter(period.from()))
				&& (this.dissolved == null || !this.dissolved.isBefore(period.to()));
	}

	Organization asOf(LocalDate day) {
		boolean termLater = this.termStart != null && this.termStart.isAfter(day);
		return new Organization(this.id, this.name, this.kind, this.parentId, this.hasCommittee, this.centralGroup,
				this.category, this.established, laterThan(this.dissolved, day) ? null : this.dissolved, this.secretary,
				this.deputySecretaries, this.committee, termLater ? null : this.termStart,
				termLater ? null : this.termYears, termLater ? null : this.extendedUntil,
				termLater ? null : this.extensionApproval, this.shortName, this.addressee);
	}

	static boolean laterThan(LocalDate date, LocalDate day) {
		return date != null && date.isAfter(day);
	}

}
