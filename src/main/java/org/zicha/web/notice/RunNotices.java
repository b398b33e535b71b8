package org.zicha.web.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.zicha.web.OrgTree;
import org.zicha.web.run.RunStored;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredRun;

/**
 * The notices of a run marked to notify (every scheduled run): each secretary's bulletin,
 * each organisation robot's, the administrators' summary, for the channels that are on;
 * written to the outbox in the run's transaction, so that a run is stored with its
 * notices or not at all.
 */
@Component
public class RunNotices {

	private static final Logger log = LoggerFactory.getLogger(RunNotices.class);

	private final BulletinMessages bulletins;

	private final SummaryMessages summaries;

	private final Channels channels;

	private final Outbox outbox;

	private final RunViews views;

	private final Clock clock;

	RunNotices(BulletinMessages bulletins, SummaryMessages summaries, Channels channels, Outbox outbox, RunViews views,
			Clock clock) {
		this.bulletins = bulletins;
		this.summaries = summaries;
		this.channels = channels;
		this.outbox = outbox;
		this.views = views;
		this.clock = clock;
	}

	@EventListener
	void stored(RunStored event) {
		if (!event.notifying()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int added = 0;
		for (Message m : messages(event.run())) {
			boolean on = (m.channel() == Message.Channel.MAIL) ? this.channels.mailOn() : this.channels.robotsOn();
			if (on && this.outbox.add(m, now)) {
				added++;
			}
		}
		log.info("第{}次检查：{}条通知待发送", event.run().id(), added);
	}

	/**
	 * Every message a run gives, whatever channel is on: what the preview shows.
	 * @param run the run
	 * @return the secretaries' and robots' bulletins, then the administrators' summary
	 */
	public List<Message> messages(StoredRun run) {
		OrgTree tree = this.views.tree(run.id());
		List<Message> messages = new ArrayList<>(this.bulletins.of(run, tree));
		messages.addAll(this.summaries.of(run));
		return messages;
	}

}
