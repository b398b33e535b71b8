package org.zicha.ledger;

/**
 * The kind of a party organisation.
 */
public enum OrgKind {

	/** 党组. */
	LEADING_GROUP,
	/** 党委 (基层党委, 机关党委). */
	COMMITTEE,
	/** 党总支. */
	GENERAL_BRANCH,
	/** 党支部. */
	BRANCH,
	/** 党小组. */
	GROUP;

	/**
	 * Whether an organisation of this kind leads a committee that studies and decides (党组
	 * or 党委).
	 * @return true for LEADING_GROUP and COMMITTEE
	 */
	public boolean isLeading() {
		return this == LEADING_GROUP || this == COMMITTEE;
	}

}
