package org.zicha.web.notice;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A message of the outbox.
 *
 * @param id its id (0 before it is stored)
 * @param key what makes it unique: a run's bulletin once per run and recipient, a
 * reminder once per item, threshold and recipient
 * @param cause why it is sent
 * @param runId the run it reports, or null
 * @param channel mail or robot
 * @param recipient the e-mail address, or the organisation whose robot it goes to
 * @param recipientName who that is, in words
 * @param subject the subject (a robot message's title)
 * @param text the text (a robot message's Markdown)
 * @param html the HTML of a mail, or null
 * @param attachmentName the attachment's file name, or null
 * @param attachmentSha the attachment in the file store, or null
 * @param status where its delivery stands
 * @param attempts how many deliveries were tried
 * @param nextAttemptAt when the next is due
 * @param lastError why the last one failed, or null
 * @param createdAt when it was written
 * @param sentAt when it was delivered, or null
 */
public record Message(long id, String key, Cause cause, Long runId, Channel channel, String recipient,
		String recipientName, String subject, String text, String html, String attachmentName, String attachmentSha,
		Status status, int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
		OffsetDateTime sentAt) {

	public Message {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
	}

	/**
	 * A new message, before it is stored.
	 * @param key what makes it unique
	 * @param cause why it is sent
	 * @param runId the run, or null
	 * @param channel mail or robot
	 * @param recipient the address or organisation
	 * @param recipientName who that is
	 * @param subject the subject
	 * @param text the text
	 * @param html the HTML, or null
	 * @param attachmentName the attachment's name, or null
	 * @param attachmentSha the attachment, or null
	 * @return the message
	 */
	public static Message draft(String key, Cause cause, Long runId, Channel channel, String recipient,
			String recipientName, String subject, String text, String html, String attachmentName,
			String attachmentSha) {
		return new Message(0, key, cause, runId, channel, recipient, recipientName, subject, text, html, attachmentName,
				attachmentSha, Status.PENDING, 0, null, null, null, null);
	}

	/**
	 * Why a message is sent.
	 */
	public enum Cause {

		/** 月度提示单: a run's bulletin or summary. */
		RUN("检查提示单"),

		/** 到期提醒. */
		REMINDER("到期提醒"),

		/** 测试消息. */
		TEST("测试消息");

		private final String label;

		Cause(String label) {
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

	/**
	 * How a message is delivered.
	 */
	public enum Channel {

		/** 邮件. */
		MAIL("邮件"),

		/** 群机器人. */
		ROBOT("群机器人");

		private final String label;

		Channel(String label) {
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

	/**
	 * Where a message's delivery stands.
	 */
	public enum Status {

		/** 待发送: not yet sent, or to be tried again. */
		PENDING("待发送"),

		/** 发送中: being delivered now. */
		SENDING("发送中"),

		/** 已发送. */
		SENT("已发送"),

		/** 发送失败: given up after the last attempt, until re-sent by hand. */
		FAILED("发送失败");

		private final String label;

		Status(String label) {
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

}
