package org.zicha.web.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: messages are added in the transaction of what causes them, at most
 * once per key; the sender claims the due ones, one at a time, and records how each
 * delivery went.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Add a message unless one with its key exists.
	 * @param message the message
	 * @param now when it is written (and first due)
	 * @return whether it was added
	 */
	public boolean add(Message message, OffsetDateTime now) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM notice_outbox WHERE dedup_key = ?")
			.param(message.key())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO notice_outbox (dedup_key, cause, run_id, channel, recipient, recipient_name, subject,
				body_text, body_html, attachment_name, attachment_sha, status, attempts, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(message.key(), message.cause().name(), message.runId(), message.channel().name(),
					message.recipient(), message.recipientName(), message.subject(), message.text(), message.html(),
					message.attachmentName(), message.attachmentSha(), now, now)
			.update();
		return true;
	}

	/**
	 * The message with a key.
	 * @param key the key
	 * @return the message, if there is one
	 */
	public Optional<Message> byKey(String key) {
		return this.jdbc.sql("SELECT * FROM notice_outbox WHERE dedup_key = ?")
			.param(key)
			.query(Outbox::message)
			.optional();
	}

	/**
	 * Whether a message with a key exists.
	 * @param key the key
	 * @return true when it does
	 */
	public boolean has(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notice_outbox WHERE dedup_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The messages due for delivery.
	 * @param now the time
	 * @return their ids, oldest first
	 */
	List<Long> due(OffsetDateTime now) {
		return this.jdbc
			.sql("SELECT id FROM notice_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id")
			.param(now)
			.query(Long.class)
			.list();
	}

	/**
	 * Claim a message for delivery: only one sender gets it.
	 * @param id the message
	 * @return whether this sender got it
	 */
	boolean claim(long id) {
		return this.jdbc.sql("UPDATE notice_outbox SET status = 'SENDING' WHERE id = ? AND status = 'PENDING'")
			.param(id)
			.update() == 1;
	}

	void sent(long id, OffsetDateTime at) {
		this.jdbc
			.sql("UPDATE notice_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, "
					+ "last_error = NULL WHERE id = ?")
			.params(at, id)
			.update();
	}

	void failed(long id, String error, OffsetDateTime next, boolean giveUp) {
		this.jdbc
			.sql("UPDATE notice_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?, "
					+ "last_error = ? WHERE id = ?")
			.params(giveUp ? "FAILED" : "PENDING", next, error, id)
			.update();
	}

	/**
	 * Put messages a sender was delivering when the application stopped back in line.
	 * @return how many
	 */
	int release() {
		return this.jdbc.sql("UPDATE notice_outbox SET status = 'PENDING' WHERE status = 'SENDING'").update();
	}

	/**
	 * Send a message again: a failed one, or a sent one on request.
	 * @param id the message
	 * @param now the time
	 * @return whether there was such a message
	 */
	boolean resend(long id, OffsetDateTime now) {
		return this.jdbc
			.sql("UPDATE notice_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? "
					+ "WHERE id = ? AND status <> 'SENDING'")
			.params(now, id)
			.update() == 1;
	}

	/**
	 * A message.
	 * @param id its id
	 * @return the message, if there is one
	 */
	public Optional<Message> get(long id) {
		return this.jdbc.sql("SELECT * FROM notice_outbox WHERE id = ?").param(id).query(Outbox::message).optional();
	}

	/**
	 * The latest messages.
	 * @param limit how many at most
	 * @return the messages, latest first
	 */
	public List<Message> latest(int limit) {
		return this.jdbc.sql("SELECT * FROM notice_outbox ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.query(Outbox::message)
			.list();
	}

	/**
	 * The messages of a run.
	 * @param run the run
	 * @return the messages, in order written
	 */
	public List<Message> ofRun(long run) {
		return this.jdbc.sql("SELECT * FROM notice_outbox WHERE run_id = ? ORDER BY id")
			.param(run)
			.query(Outbox::message)
			.list();
	}

	private static Message message(ResultSet rs, int i) throws SQLException {
		long run = rs.getLong("run_id");
		Long runId = rs.wasNull() ? null : run;
		return new Message(rs.getLong("id"), rs.getString("dedup_key"), Message.Cause.valueOf(rs.getString("cause")),
				runId, Message.Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body_text"),
				rs.getString("body_html"), rs.getString("attachment_name"), rs.getString("attachment_sha"),
				Message.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
	}

}
