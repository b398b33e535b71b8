package org.zicha.rules;

import java.util.List;

/**
 * A rule that failed while it evaluated the records of some organisations: a fault of the
 * rules or a value the ledger's checks let through. The run stops, and the user is told
 * which rule, which organisations and which records, so that the record can be found and
 * corrected (or the rule reported).
 */
public final class RuleFailure extends RuntimeException {

	private final String rule;

	private final List<String> orgIds;

	private final List<String> records;

	/**
	 * A failure.
	 * @param rule the rule, or null when the engine did not say
	 * @param orgIds the organisations whose records were being evaluated
	 * @param records the records the rule had matched
	 * @param cause what the engine threw
	 */
	public RuleFailure(String rule, List<String> orgIds, List<String> records, Throwable cause) {
		super(cause.getMessage(), cause);
		this.rule = rule;
		this.orgIds = List.copyOf(orgIds);
		this.records = List.copyOf(records);
	}

	/**
	 * The rule that failed.
	 * @return its name, or null when the engine did not say
	 */
	public String rule() {
		return this.rule;
	}

	/**
	 * The organisations whose records were being evaluated.
	 * @return their ids
	 */
	public List<String> orgIds() {
		return this.orgIds;
	}

	/**
	 * The records the rule had matched when it failed.
	 * @return each as its kind and id, e.g. {@code Activity B1-a3}
	 */
	public List<String> records() {
		return this.records;
	}

	/**
	 * The reason the engine gave.
	 * @return the cause's message, or its class when it has none
	 */
	public String reason() {
		Throwable cause = getCause();
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/**
	 * What happened, in a sentence: the rule, the organisations, the reason and the
	 * records.
	 * @return the sentence
	 */
	public String describe() {
		return "规则" + ((this.rule != null) ? "“" + this.rule + "”" : "") + "在检查" + String.join("、", this.orgIds)
				+ "的记录时出错（" + reason() + "）"
				+ (this.records.isEmpty() ? "" : "，涉及的记录：" + String.join("；", this.records));
	}

}
