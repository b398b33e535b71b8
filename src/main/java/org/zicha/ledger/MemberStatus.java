package org.zicha.ledger;

/**
 * 党员类别.
 */
public enum MemberStatus {

	/** 正式党员. */
	FULL,
	/** 预备党员. */
	PROBATIONARY

}
