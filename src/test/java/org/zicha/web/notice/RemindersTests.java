package org.zicha.web.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.zicha.inspection.Deadline;
import org.zicha.inspection.Deadlines;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Period;
import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.Rules;
import org.zicha.web.WebTestSupport;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminders of the sample ledger, with the clock moved to each threshold: the
 * day before sends nothing new for the item, the day itself exactly one message per
 * recipient (the secretary's mail, the robot's message), and a second check that day
 * nothing more.
 */
class RemindersTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(true);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	Channels channels;

	@Autowired
	Outbox outbox;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Rules rules;

	@Autowired
	RunViews views;

	@Autowired
	Rectifications rectifications;

	@Autowired
	Recipients recipients;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	RobotEndpoint robot;

	StoredRun run;

	@BeforeEach
	void setUp() {
		this.jdbc.sql("DELETE FROM notice_outbox").update();
		this.robot = new RobotEndpoint();
		this.run = this.views.latest()
			.filter((r) -> r.asOf().equals(LocalDate.of(2025, 12, 31)))
			.orElseGet(() -> sampleRun(LocalDate.of(2025, 12, 31)));
		user("remind-c", Role.SECRETARY, "C");
		user("remind-b1", Role.SECRETARY, "B1");
		this.channels.setMailServer(admin(), new MailServer("127.0.0.1", mail.getSmtp().getPort(),
				MailServer.Security.NONE, "", "", "djzc@zicha.test"));
		this.channels.setEnabled(admin(), true, true);
		this.channels.setAddress(admin(), "remind-c", "c@zicha.test");
		this.channels.setAddress(admin(), "remind-b1", "b1@zicha.test");
		this.channels.setRobot(admin(), "C", RobotKind.WECOM, this.robot.url("/send?key=c"), "");
	}

	@AfterEach
	void off() {
		this.channels.setEnabled(admin(), false, false);
		this.channels.removeRobot(admin(), "C");
		this.jdbc.sql("DELETE FROM notice_address").update();
		this.robot.close();
	}

	private Reminders on(LocalDate day) {
		Clock clock = Clock.fixed(day.atTime(7, 0).atZone(ZONE).toInstant(), ZONE);
		return new Reminders(this.uploads, this.rules, this.views, this.rectifications, this.recipients, this.channels,
				this.outbox, this.templates, clock);
	}

	private Deadline first(Deadline.Kind kind) {
		Ledger ledger = this.rules.inspection().read(this.uploads.stored().orElseThrow().input(), true).ledger();
		OrgTree tree = this.views.tree(this.run.id());
		List<Deadline> all = Deadlines.of(ledger, this.rules.current());
		return all.stream()
			.filter((d) -> d.kind() == kind && tree.within(d.orgId(), "C"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " in " + all));
	}

	/**
	 * Walk the days around each threshold of an item; return the keys written for it. The
	 * recipients: the secretary of C and C's robot, and B1's secretary for B1's items.
	 */
	private List<String> walk(Reminder.Kind kind, String orgId, String prefix, LocalDate due) {
		int recipients = this.views.tree(this.run.id()).within(orgId, "B1") ? 3 : 2;
		int[] thresholds = switch (kind) {
			case TERM -> new int[] { 90, 30 };
			case STUDY -> new int[] { 10 };
			case PROBATION -> new int[] { 30 };
			case RECTIFICATION -> new int[] { 7, 0 };
		};
		int expected = 0;
		for (int days : thresholds) {
			on(due.minusDays(days + 1)).check();
			assertThat(keys(prefix)).as("the day before %d days before %s", days, due).hasSize(expected);
			on(due.minusDays(days)).check();
			expected += recipients;
			assertThat(keys(prefix)).as("%d days before %s", days, due)
				.hasSize(expected)
				.contains(prefix + days + ":mail:remind-c", prefix + days + ":robot:C");
			on(due.minusDays(days)).check();
			assertThat(keys(prefix)).as("checked twice the same day").hasSize(expected);
		}
		on(due.plusDays(1)).check();
		assertThat(keys(prefix)).as("after the due day").hasSize(expected);
		return keys(prefix);
	}

	private List<String> keys(String prefix) {
		return this.outbox.latest(10_000).stream().map(Message::key).filter((k) -> k.startsWith(prefix)).toList();
	}

	@Test
	void aTermEndingIsRemindedNinetyAndThirtyDaysBefore() throws Exception {
		Deadline term = first(Deadline.Kind.TERM);
		String prefix = "reminder:TERM:" + term.orgId() + ":" + term.item() + ":" + term.due() + ":";
		walk(Reminder.Kind.TERM, term.orgId(), prefix, term.due());
		this.dispatcher.deliverDue();
		List<MimeMessage> mails = mailsAbout(term.what() + "本届任期将于" + Period.dayLabel(term.due()) + "届满");
		assertThat(mails).extracting((m) -> m.getAllRecipients()[0].toString()).containsOnly("c@zicha.test").hasSize(2);
		assertThat(Mails.of(mails.get(0)).text()).startsWith("remind-c同志：").contains("（还有90天）届满");
		assertThat(Mails.of(mails.get(1)).text()).contains("（还有30天）届满");
		assertThat(this.robot.delivered("/send")).filteredOn((r) -> r.body().contains(term.what() + "本届任期")).hasSize(2);
	}

	@Test
	void aDirectiveIsRemindedTenDaysBeforeItsStudyDeadline() {
		Deadline study = first(Deadline.Kind.STUDY);
		String prefix = "reminder:STUDY:" + study.orgId() + ":" + study.item() + ":" + study.due() + ":";
		walk(Reminder.Kind.STUDY, study.orgId(), prefix, study.due());
	}

	@Test
	void aProbationIsRemindedThirtyDaysBeforeItEnds() {
		Deadline probation = first(Deadline.Kind.PROBATION);
		String prefix = "reminder:PROBATION:" + probation.orgId() + ":" + probation.item() + ":" + probation.due()
				+ ":";
		walk(Reminder.Kind.PROBATION, probation.orgId(), prefix, probation.due());
	}

	@Test
	void aRectificationDeadlineIsRemindedSevenDaysBeforeAndOnTheDay() throws Exception {
		OrgTree tree = this.views.tree(this.run.id());
		Rectification row = this.rectifications.rows(admin(), this.run.id())
			.stream()
			.filter((r) -> !r.closed() && tree.within(r.orgId(), "B1") && r.state().deadline() != null)
			.findFirst()
			.orElseThrow();
		LocalDate due = row.state().deadline();
		assertThat(row.number()).isEqualTo(22);
		String prefix = "reminder:RECTIFICATION:" + row.orgId() + ":row-" + this.run.id() + "-" + row.number() + ":"
				+ due + ":";
		walk(Reminder.Kind.RECTIFICATION, row.orgId(), prefix, due);
		assertThat(keys(prefix)).contains(prefix + "7:mail:remind-b1", prefix + "0:mail:remind-b1");
		this.dispatcher.deliverDue();
		List<MimeMessage> mails = mailsAbout("第" + row.number() + "项");
		assertThat(mails).extracting((m) -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("c@zicha.test", "c@zicha.test", "b1@zicha.test", "b1@zicha.test");
		assertThat(mails).extracting((m) -> Mails.of(m).text())
			.anyMatch((t) -> t.contains("整改时限为今天（" + Period.dayLabel(due) + "）"))
			.anyMatch((t) -> t.contains("整改时限为" + Period.dayLabel(due) + "（还有7天）"));
	}

	@Test
	void aSecretaryIsRemindedOnlyOfTheirSubtree() {
		LocalDate day = first(Deadline.Kind.TERM).due().minusDays(30);
		List<Message> messages = on(day).messages(day);
		assertThat(messages).filteredOn((m) -> m.recipient().equals("b1@zicha.test"))
			.allMatch((m) -> m.key().contains(":B1") && !m.key().contains(":B2"));
		assertThat(messages).filteredOn((m) -> m.recipient().equals("c@zicha.test")).isNotEmpty();
	}

	private static List<MimeMessage> mailsAbout(String subject) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getSubject().contains(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
