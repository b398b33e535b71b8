package org.zicha.ledger;

/**
 * 活动类型: what kind of event an activity row records. One event may have several types.
 */
public enum ActivityType {

	/** 党员大会. */
	MEMBER_ASSEMBLY(true, true),
	/** 支委会. */
	BRANCH_COMMITTEE(false, true),
	/** 党小组会. */
	GROUP_MEETING(true, true),
	/** 党课. */
	PARTY_LECTURE(true, false),
	/** 主题党日. */
	THEME_DAY(true, false),
	/** 组织生活会. */
	ORG_LIFE_MEETING(true, true),
	/** 民主评议党员. */
	MEMBER_REVIEW(true, false),
	/** 民主生活会. */
	LEADERSHIP_LIFE_MEETING(false, true),
	/** 党委会议, 党组会议. */
	COMMITTEE_MEETING(false, true),
	/** 理论学习中心组学习. */
	CENTRAL_GROUP_STUDY(false, false),
	/** 职工恳谈会. */
	STAFF_FORUM(false, false),
	/** 换届选举. */
	ELECTION(false, false);

	private final boolean orgLife;

	private final boolean minuted;

	ActivityType(boolean orgLife, boolean minuted) {
		this.orgLife = orgLife;
		this.minuted = minuted;
	}

	/**
	 * Whether attending an event of this type counts as taking part in organisational
	 * life (组织生活) for a member.
	 * @return true for the org-life event types of duties.md
	 */
	public boolean isOrgLife() {
		return this.orgLife;
	}

	/**
	 * Whether a meeting of this type must keep a complete record (topic, attendance,
	 * recorder).
	 * @return true for the meeting types RECORD.INCOMPLETE checks
	 */
	public boolean isMinuted() {
		return this.minuted;
	}

}
