package org.zicha.web.notice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the notices go: the sender looks at the outbox every
 * {@code zicha.notice.send-interval} (default 30 seconds), the reminders are checked
 * daily on {@code zicha.notice.reminder-cron} (default 07:00). Off with the schedule
 * ({@code zicha.schedule.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "zicha.schedule.enabled", havingValue = "true", matchIfMissing = true)
class NoticeSchedule {

	private final Dispatcher dispatcher;

	private final Reminders reminders;

	NoticeSchedule(Dispatcher dispatcher, Reminders reminders) {
		this.dispatcher = dispatcher;
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${zicha.notice.send-interval:30s}",
			initialDelayString = "${zicha.notice.send-interval:30s}")
	void send() {
		this.dispatcher.deliverDue();
	}

	@Scheduled(cron = "${zicha.notice.reminder-cron:0 0 7 * * *}")
	void remind() {
		this.reminders.check();
	}

}
