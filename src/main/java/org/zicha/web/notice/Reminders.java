package org.zicha.web.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.inspection.Deadline;
import org.zicha.inspection.Deadlines;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerException;
import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.Rules;
import org.zicha.web.Viewer;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredRun;

/**
 * The daily reminders: of the stored ledger, a term ending (90 and 30 days before), a
 * directive's study deadline (10 days before), a probation ending (30 days before); of
 * the latest run's open rectification rows, the 时限 (7 days before and on the day). Each
 * goes to the secretaries whose organisation's subtree holds the item and to the robot of
 * the nearest group, once per item, threshold and recipient: the outbox refuses a key
 * already written, so a day checked twice, or a restart, sends nothing again.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final LedgerUploads uploads;

	private final Rules rules;

	private final RunViews runs;

	private final Rectifications rectifications;

	private final Recipients recipients;

	private final Channels channels;

	private final Outbox outbox;

	private final ITemplateEngine templates;

	private final Clock clock;

	Reminders(LedgerUploads uploads, Rules rules, RunViews runs, Rectifications rectifications, Recipients recipients,
			Channels channels, Outbox outbox, ITemplateEngine templates, Clock clock) {
		this.uploads = uploads;
		this.rules = rules;
		this.runs = runs;
		this.rectifications = rectifications;
		this.recipients = recipients;
		this.channels = channels;
		this.outbox = outbox;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Write today's reminders to the outbox, for the channels that are on.
	 * @return how many messages were added
	 */
	@Transactional
	public int check() {
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int added = 0;
		for (Message m : messages(today)) {
			boolean on = (m.channel() == Message.Channel.MAIL) ? this.channels.mailOn() : this.channels.robotsOn();
			if (on && this.outbox.add(m, now)) {
				added++;
			}
		}
		if (added > 0) {
			log.info("到期提醒：{}条待发送", added);
		}
		return added;
	}

	/**
	 * The reminders due on a day, as messages to each recipient.
	 * @param today the day
	 * @return the messages
	 */
	List<Message> messages(LocalDate today) {
		List<Message> messages = new ArrayList<>();
		for (Scoped s : due(today)) {
			for (Recipients.Addressee a : this.recipients.secretariesOf(s.reminder().orgId(), s.tree())) {
				messages.add(mail(s.reminder(), today, a));
			}
			Robot robot = this.recipients.robotOf(s.reminder().orgId(), s.tree());
			if (robot != null) {
				messages.add(
						Message.draft(s.reminder().key("robot:" + robot.orgId()), Message.Cause.REMINDER, null,
								Message.Channel.ROBOT, robot.orgId(), s.tree().name(robot.orgId()) + "群机器人",
								s.reminder().subject(), "### " + s.reminder().subject() + "\n"
										+ s.reminder().text(today) + "\n\n" + BulletinMessages.FOOTER,
								null, null, null));
			}
		}
		return messages;
	}

	private Message mail(Reminder r, LocalDate today, Recipients.Addressee a) {
		String name = a.account().displayName();
		Context context = new Context();
		context.setVariable("name", name);
		context.setVariable("subject", r.subject());
		context.setVariable("text", r.text(today));
		context.setVariable("footer", BulletinMessages.FOOTER);
		return Message.draft(r.key("mail:" + a.account().username()), Message.Cause.REMINDER, null,
				Message.Channel.MAIL, a.email(), name + "（" + a.email() + "）", r.subject(),
				name + "同志：\n\n" + r.text(today) + "\n\n" + BulletinMessages.FOOTER + "\n",
				this.templates.process("notice/mail-reminder", context), null, null);
	}

	/**
	 * The reminders due on a day, each with the organisations it is placed in.
	 */
	List<Scoped> due(LocalDate today) {
		List<Scoped> due = new ArrayList<>();
		ledger().ifPresent((ledger) -> {
			OrgTree tree = new OrgTree(ledger.organizations()
				.stream()
				.map((o) -> new OrgTree.Org(o.id(), o.name(), o.kind().name(), o.parentId()))
				.toList());
			for (Deadline d : Deadlines.of(ledger, this.rules.current())) {
				Reminder.Kind kind = Reminder.Kind.valueOf(d.kind().name());
				int days = kind.threshold(d.due(), today);
				if (days >= 0) {
					due.add(new Scoped(new Reminder(kind, d.orgId(), tree.name(d.orgId()), d.item(), d.what(), d.due(),
							days, null), tree));
				}
			}
		});
		Optional<StoredRun> latest = this.runs.latest();
		if (latest.isPresent()) {
			OrgTree tree = this.runs.tree(latest.get().id());
			for (Rectification r : this.rectifications.rows(new Viewer("到期提醒", Role.ADMIN, null), latest.get().id())) {
				LocalDate deadline = r.state().deadline();
				if (r.closed() || r.state().status().done() || deadline == null || r.orgId().isEmpty()) {
					continue;
				}
				int days = Reminder.Kind.RECTIFICATION.threshold(deadline, today);
				if (days >= 0) {
					due.add(new Scoped(new Reminder(Reminder.Kind.RECTIFICATION, r.orgId(), r.orgName(),
							"row-" + r.runId() + "-" + r.number(), "第" + r.number() + "项：" + r.title(), deadline, days,
							r.state().status().label()), tree));
				}
			}
		}
		return due;
	}

	private Optional<Ledger> ledger() {
		Optional<LedgerUploads.StoredLedger> stored = this.uploads.stored();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.rules.inspection().read(stored.get().input(), true).ledger());
		}
		catch (LedgerException | IllegalArgumentException ex) {
			log.warn("到期提醒：台账无法读取，本次只检查整改时限（{}）", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * A reminder and the organisations it is placed in.
	 *
	 * @param reminder the reminder
	 * @param tree the organisations
	 */
	record Scoped(Reminder reminder, OrgTree tree) {

	}

}
