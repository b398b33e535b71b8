package org.zicha.web.notice;

/**
 * The group robots whose webhooks are supported.
 */
public enum RobotKind {

	/** 企业微信群机器人. */
	WECOM("企业微信"),

	/** 钉钉群机器人 (with 加签: a signed URL). */
	DINGTALK("钉钉");

	private final String label;

	RobotKind(String label) {
		this.label = label;
	}

	/**
	 * The Chinese name.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
