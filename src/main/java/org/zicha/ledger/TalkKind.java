package org.zicha.ledger;

/**
 * The kind of a recorded talk.
 */
public enum TalkKind {

	/** 谈心谈话. */
	HEART_TO_HEART,
	/** 廉政提醒谈话. */
	INTEGRITY_REMINDER

}
