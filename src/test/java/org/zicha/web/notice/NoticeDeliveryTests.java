package org.zicha.web.notice;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.ZichaApplication;
import org.zicha.web.account.Accounts;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.ledger.UploadedFile;
import org.zicha.web.run.MonthlyRun;
import org.zicha.web.run.Runs;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing channel: the SMTP server refusing connections, the robot answering 500. The
 * messages are retried after their pause, the failures recorded, nothing lost; each is
 * delivered once the channel recovers, and a restart of the application in between sends
 * each message exactly once.
 */
class NoticeDeliveryTests {

	private static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

	@Test
	void aFailingChannelIsRetriedAndEachMessageDeliveredExactlyOnceAcrossARestart() throws Exception {
		Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "notice-restart-")
			.toAbsolutePath();
		String[] args = { "--server.port=0", "--zicha.data-dir=" + dir, "--zicha.admin-password=first-password",
				"--zicha.schedule.enabled=false" };
		int smtpPort = freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		try (RobotEndpoint robot = new RobotEndpoint()) {
			robot.answer(500);
			long mailId;
			long robotId;
			try (ConfigurableApplicationContext first = ZichaApplication.start(args)) {
				configure(first, smtpPort, robot);
				StoredRun run = new MonthlyRun(first.getBean(Runs.class), NoticesTests.FIRST_OF_JANUARY).run();
				Outbox outbox = first.getBean(Outbox.class);
				List<Message> written = outbox.ofRun(run.id());
				assertThat(written).extracting(Message::key)
					.containsExactly("run:" + run.id() + ":mail:sec-b1", "run:" + run.id() + ":robot:B2");
				mailId = written.get(0).id();
				robotId = written.get(1).id();

				assertThat(dispatcher(first, Duration.ZERO).deliverDue()).isZero();
				Message mail = outbox.get(mailId).orElseThrow();
				assertThat(mail.status()).isEqualTo(Message.Status.PENDING);
				assertThat(mail.attempts()).isEqualTo(1);
				assertThat(mail.lastError()).startsWith("邮件发送失败：");
				assertThat(outbox.get(robotId).orElseThrow().lastError()).isEqualTo("群机器人接口返回 HTTP 500");
				assertThat(robot.requests()).hasSize(1);

				assertThat(dispatcher(first, Duration.ofSeconds(30)).deliverDue()).as("not before its pause").isZero();
				assertThat(outbox.get(mailId).orElseThrow().attempts()).isEqualTo(1);
				assertThat(dispatcher(first, Duration.ofMinutes(2)).deliverDue()).isZero();
				assertThat(outbox.get(mailId).orElseThrow().attempts()).isEqualTo(2);
				assertThat(robot.requests()).hasSize(2);

				smtp.start();
				assertThat(dispatcher(first, Duration.ofMinutes(10)).deliverDue()).isEqualTo(1);
				assertThat(outbox.get(mailId).orElseThrow().status()).isEqualTo(Message.Status.SENT);
				assertThat(outbox.get(robotId).orElseThrow().attempts()).isEqualTo(3);
				assertThat(smtp.getReceivedMessages()).hasSize(1);
			}
			robot.answer(200);
			try (ConfigurableApplicationContext second = ZichaApplication.start(args)) {
				Outbox outbox = second.getBean(Outbox.class);
				assertThat(outbox.get(mailId).orElseThrow().status()).isEqualTo(Message.Status.SENT);
				assertThat(outbox.get(robotId).orElseThrow().status()).isEqualTo(Message.Status.PENDING);
				assertThat(dispatcher(second, Duration.ofHours(3)).deliverDue()).isEqualTo(1);
				assertThat(dispatcher(second, Duration.ofHours(9)).deliverDue()).isZero();
				assertThat(outbox.get(robotId).orElseThrow().status()).isEqualTo(Message.Status.SENT);
				assertThat(outbox.get(robotId).orElseThrow().attempts()).isEqualTo(4);
			}
			assertThat(smtp.getReceivedMessages()).as("the mail, once").hasSize(1);
			assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("机关第一党支部党建工作提示单");
			assertThat(robot.delivered("/cgi-bin/webhook/send")).as("the robot message, once").hasSize(1);
			assertThat(robot.requests()).hasSize(4);
		}
		finally {
			smtp.stop();
		}
	}

	private static void configure(ConfigurableApplicationContext context, int smtpPort, RobotEndpoint robot)
			throws IOException {
		LedgerUploads uploads = context.getBean(LedgerUploads.class);
		Path sample = Path.of("sample-data/xlsx/市交通运输局党建工作台账2025.xlsx");
		uploads.confirm(ADMIN,
				uploads
					.preview(ADMIN,
							List.of(new UploadedFile(sample.getFileName().toString(), Files.readAllBytes(sample))))
					.token());
		context.getBean(Accounts.class).create(ADMIN, "sec-b1", "李明", Role.SECRETARY, "B1", "sec-b1-password");
		Channels channels = context.getBean(Channels.class);
		channels.setMailServer(ADMIN,
				new MailServer("127.0.0.1", smtpPort, MailServer.Security.NONE, "", "", "djzc@zicha.test"));
		channels.setEnabled(ADMIN, true, true);
		channels.setAddress(ADMIN, "sec-b1", "b1@zicha.test");
		channels.setRobot(ADMIN, "B2", RobotKind.WECOM, robot.url("/cgi-bin/webhook/send?key=k"), "");
	}

	/**
	 * The sender of a context, with its clock moved on.
	 */
	private static Dispatcher dispatcher(ConfigurableApplicationContext context, Duration later) {
		return new Dispatcher(context.getBean(Outbox.class), context.getBean(Channels.class),
				context.getBean(Mailer.class), context.getBean(RobotClient.class),
				Clock.offset(Clock.systemDefaultZone(), later));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
