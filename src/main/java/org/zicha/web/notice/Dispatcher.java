package org.zicha.web.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sender: delivers the outbox's due messages one by one, each claimed first so that
 * no other sender takes it, and records the outcome at once; a failed delivery is tried
 * again after a growing pause (1, 5, 30 minutes, 2 and 6 hours) and given up after the
 * last, to be re-sent from the message log. A message is marked sent as soon as the
 * server or robot accepted it, so a restart sends what was pending and nothing twice.
 */
@Component
public class Dispatcher {

	/** The pauses after the first, second, … failed attempt. */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6));

	/** The attempts before a message is given up. */
	static final int ATTEMPTS = BACKOFF.size() + 1;

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Outbox outbox;

	private final Channels channels;

	private final Mailer mailer;

	private final RobotClient robots;

	private final Clock clock;

	public Dispatcher(Outbox outbox, Channels channels, Mailer mailer, RobotClient robots, Clock clock) {
		this.outbox = outbox;
		this.channels = channels;
		this.mailer = mailer;
		this.robots = robots;
		this.clock = clock;
	}

	/**
	 * Deliver the messages due now.
	 * @return how many were delivered
	 */
	public synchronized int deliverDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int delivered = 0;
		for (long id : this.outbox.due(now)) {
			if (this.outbox.claim(id) && deliver(this.outbox.get(id).orElseThrow())) {
				delivered++;
			}
		}
		return delivered;
	}

	/**
	 * Deliver one message now, if it is waiting (a test message, a re-sent one).
	 * @param id the message
	 * @return the message as it stands after the attempt
	 */
	public synchronized Message deliverNow(long id) {
		if (this.outbox.claim(id)) {
			deliver(this.outbox.get(id).orElseThrow());
		}
		return this.outbox.get(id).orElseThrow();
	}

	/**
	 * Put back in line what a sender was delivering when the application stopped: it is
	 * sent again (the one message that may have gone out just before the stop).
	 * @return how many
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int releaseInterrupted() {
		int released = this.outbox.release();
		if (released > 0) {
			log.warn("{}条消息在上次停止时正在发送，已重新排队", released);
		}
		return released;
	}

	private boolean deliver(Message message) {
		try {
			send(message);
			this.outbox.sent(message.id(), OffsetDateTime.now(this.clock));
			log.info("消息{}已发送：{}，{}", message.id(), message.channel().label(), message.recipientName());
			return true;
		}
		catch (RuntimeException ex) {
			int attempt = message.attempts() + 1;
			boolean giveUp = attempt >= ATTEMPTS;
			Duration pause = BACKOFF.get(Math.min(attempt, BACKOFF.size()) - 1);
			String reason = (ex instanceof DeliveryException) ? ex.getMessage() : "发送出错：" + ex.getMessage();
			this.outbox.failed(message.id(), reason, OffsetDateTime.now(this.clock).plus(pause), giveUp);
			log.warn("消息{}第{}次发送失败{}：{}", message.id(), attempt, giveUp ? "，不再重试" : "，" + pause.toMinutes() + "分钟后重试",
					reason);
			return false;
		}
	}

	/**
	 * Send one message now, whatever the switches say (a test message).
	 */
	void send(Message message) {
		if (message.channel() == Message.Channel.MAIL) {
			if (!this.channels.mailOn() && message.cause() != Message.Cause.TEST) {
				throw new DeliveryException("邮件通知未开启");
			}
			this.mailer.send(this.channels.mailServer(), message);
		}
		else {
			if (!this.channels.robotsOn() && message.cause() != Message.Cause.TEST) {
				throw new DeliveryException("群机器人通知未开启");
			}
			Robot robot = this.channels.robot(message.recipient())
				.orElseThrow(() -> new DeliveryException("该组织未设置群机器人"));
			this.robots.send(robot, message.subject(), message.text());
		}
	}

}
