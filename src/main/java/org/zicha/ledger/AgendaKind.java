package org.zicha.ledger;

/**
 * 议题类别: what an agenda item of a meeting was about.
 */
public enum AgendaKind {

	/** 学习 (第一议题学习). */
	STUDY,
	/** 意识形态工作. */
	IDEOLOGY,
	/** 全面从严治党. */
	STRICT_GOVERNANCE,
	/** 党建工作. */
	PARTY_BUILDING,
	/** 三重一大. */
	MAJOR_DECISION,
	/** 其他. */
	OTHER

}
