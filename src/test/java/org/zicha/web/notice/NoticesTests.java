package org.zicha.web.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.WebTestSupport;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.MonthlyRun;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notices of a scheduled monthly run, received by a real SMTP server (GreenMail) and
 * a local robot endpoint as their recipients would receive them.
 */
class NoticesTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(true);

	static final Clock FIRST_OF_JANUARY = Clock.fixed(Instant.parse("2026-01-01T06:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	@Autowired
	Channels channels;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	RunViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Mailer mailer;

	@Autowired
	RobotClient robotClient;

	@Autowired
	MockMvc mvc;

	RobotEndpoint robots;

	@BeforeEach
	void channels() {
		this.jdbc.sql("DELETE FROM notice_outbox").update();
		this.robots = new RobotEndpoint();
		this.channels.setMailServer(admin(), new MailServer("127.0.0.1", mail.getSmtp().getPort(),
				MailServer.Security.NONE, "", "", "djzc@zicha.test"));
		this.channels.setEnabled(admin(), true, true);
		user("notice-b1", Role.SECRETARY, "B1");
		user("notice-b4", Role.SECRETARY, "B4");
		this.channels.setAddress(admin(), "notice-b1", "b1@zicha.test");
		this.channels.setAddress(admin(), "notice-b4", "b4@zicha.test");
		this.channels.setAddress(admin(), "admin", "admin@zicha.test");
		this.channels.setRobot(admin(), "B2", RobotKind.WECOM, this.robots.url("/cgi-bin/webhook/send?key=wecom-key"),
				"");
		this.channels.setRobot(admin(), "B3", RobotKind.DINGTALK, this.robots.url("/robot/send?access_token=dt-token"),
				"SEC-dingtalk-secret");
	}

	@AfterEach
	void off() {
		this.channels.setEnabled(admin(), false, false);
		this.channels.removeRobot(admin(), "B2");
		this.channels.removeRobot(admin(), "B3");
		this.jdbc.sql("DELETE FROM notice_address").update();
		this.robots.close();
	}

	private StoredRun scheduledRun() {
		storeSample();
		return new MonthlyRun(this.runs, FIRST_OF_JANUARY).run();
	}

	@Test
	void aScheduledRunWritesOneMessagePerRecipientInTheOutbox() {
		StoredRun run = scheduledRun();
		assertThat(this.outbox.ofRun(run.id())).extracting(Message::key)
			.containsExactlyInAnyOrder("run:" + run.id() + ":mail:notice-b1", "run:" + run.id() + ":mail:notice-b4",
					"run:" + run.id() + ":robot:B2", "run:" + run.id() + ":robot:B3",
					"run:" + run.id() + ":mail:admin");
		assertThat(this.outbox.ofRun(run.id())).allMatch((m) -> m.status() == Message.Status.PENDING);
	}

	@Test
	void aRunByHandNotMarkedToNotifyWritesNothing() {
		StoredRun run = sampleRun(java.time.LocalDate.of(2025, 12, 31));
		assertThat(this.outbox.ofRun(run.id())).isEmpty();
	}

	@Test
	void eachSecretaryReceivesTheirBulletinWithItsDocxAttached() throws Exception {
		StoredRun run = scheduledRun();
		assertThat(this.dispatcher.deliverDue()).isEqualTo(5);
		MimeMessage b1 = received("b1@zicha.test");
		assertThat(b1.getSubject()).isEqualTo("机关第一党支部党建工作提示单");
		assertThat(((InternetAddress) b1.getFrom()[0]).getAddress()).isEqualTo("djzc@zicha.test");
		assertThat(((InternetAddress) b1.getFrom()[0]).getPersonal()).isEqualTo("党建合规自查");
		assertThat(b1.getAllRecipients()).extracting(Object::toString).containsExactly("b1@zicha.test");
		Mails parts = Mails.of(b1);
		assertThat(parts.text()).startsWith("notice-b1同志：")
			.contains("第" + run.id() + "次检查（截至2025年12月31日）已完成")
			.contains("# 机关第一党支部党建工作提示单")
			.contains("## 一、本期存在的问题")
			.contains("## 三、整改事项")
			.contains("整改时限");
		assertThat(parts.html()).contains("<h1>机关第一党支部党建工作提示单</h1>").contains("一、本期存在的问题");
		assertThat(parts.attachments()).singleElement().satisfies((a) -> {
			assertThat(a.name()).isEqualTo("机关第一党支部党建工作提示单.docx");
			assertThat(docx(a.content())).contains("机关第一党支部党建工作提示单").contains("三、整改事项");
		});
		MimeMessage b4 = received("b4@zicha.test");
		assertThat(Mails.of(b4).text()).contains("# 公路建设养护党支部党建工作提示单").contains("段晓宇延长预备期超过1年。");
	}

	@Test
	void aSecretarysMailHoldsOnlyTheirSubtree() throws Exception {
		StoredRun run = scheduledRun();
		this.dispatcher.deliverDue();
		Mails b1 = Mails.of(received("b1@zicha.test"));
		OrgTree tree = this.views.tree(run.id());
		Set<String> inside = tree.all()
			.stream()
			.filter((o) -> tree.within(o.id(), "B1"))
			.map(OrgTree.Org::id)
			.collect(Collectors.toSet());
		assertThat(inside).containsExactlyInAnyOrder("B1", "B1G1", "B1G2");
		List<StoredFinding> found = this.views.findings(admin(), run.id(), FindingFilter.NONE);
		Set<String> ownPeople = found.stream()
			.filter((f) -> inside.contains(f.orgId()) && f.subjectName() != null)
			.map(StoredFinding::subjectName)
			.collect(Collectors.toSet());
		List<String> othersOrgs = tree.all()
			.stream()
			.filter((o) -> !inside.contains(o.id()))
			.map(OrgTree.Org::name)
			.toList();
		List<String> othersPeople = found.stream()
			.filter((f) -> f.orgId() != null && !inside.contains(f.orgId()) && "MEMBER".equals(f.subjectKind()))
			.map(StoredFinding::subjectName)
			.filter((n) -> !ownPeople.contains(n))
			.distinct()
			.toList();
		assertThat(othersOrgs).contains("机关第二党支部", "公路建设养护党支部");
		assertThat(othersPeople).contains("邱少华");
		for (String text : List.of(b1.text(), b1.html(), docx(b1.attachments().get(0).content()))) {
			assertThat(text).contains("机关第一党支部");
			othersOrgs.forEach((name) -> assertThat(text).doesNotContain(name));
			othersPeople.forEach((name) -> assertThat(text).doesNotContain(name));
		}
	}

	@Test
	void theAdministratorReceivesTheUnitsSummaryWithTheChangeSinceThePreviousRun() throws Exception {
		StoredRun november = sampleRun(java.time.LocalDate.of(2025, 11, 30));
		StoredRun run = scheduledRun();
		assertThat(run.previousRunId()).isEqualTo(november.id());
		this.dispatcher.deliverDue();
		MimeMessage summary = received("admin@zicha.test");
		assertThat(summary.getSubject()).isEqualTo("第" + run.id() + "次检查情况汇总（截至2025年12月31日）");
		Mails parts = Mails.of(summary);
		long problems = this.views.findings(admin(), run.id(), FindingFilter.NONE)
			.stream()
			.filter((f) -> f.severity() != org.zicha.finding.Severity.NOTICE)
			.count();
		long before = this.views.findings(admin(), november.id(), FindingFilter.NONE)
			.stream()
			.filter((f) -> f.severity() != org.zicha.finding.Severity.NOTICE)
			.count();
		Map<String, Long> changes = this.views.dashboard(admin(), run.id()).changes();
		assertThat(parts.text()).contains("发现问题" + problems + "个")
			.contains("与上次（第" + november.id() + "次，截至2025年11月30日）相比：问题由" + before + "个")
			.contains("新增" + changes.get("新增") + "个，仍存在" + changes.get("仍存在") + "个，已解决" + changes.get("已解决") + "个")
			.contains("- 公路建设养护党支部：")
			.contains("整改台账：未整改");
		assertThat(parts.html()).contains("有问题的组织").contains("公路建设养护党支部");
		assertThat(parts.attachments()).isEmpty();
	}

	@Test
	void eachRobotReceivesItsOrganisationsBulletinInItsOwnFormat() throws Exception {
		StoredRun run = scheduledRun();
		long before = System.currentTimeMillis();
		this.dispatcher.deliverDue();
		RobotEndpoint.Request wecom = this.robots.delivered("/cgi-bin/webhook/send").get(0);
		assertThat(wecom.query()).isEqualTo("key=wecom-key");
		assertThat(wecom.contentType()).startsWith("application/json");
		JsonNode w = this.json.readTree(wecom.body());
		assertThat(w.path("msgtype").asString()).isEqualTo("markdown");
		String content = w.path("markdown").path("content").asString();
		assertThat(content).startsWith("### 机关第二党支部党建工作提示单\n第" + run.id() + "次检查（截至2025年12月31日）已完成")
			.contains("#### 一、本期存在的问题")
			.contains("#### 三、整改事项")
			.doesNotContain("机关第一党支部");
		assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(RobotClient.WECOM_LIMIT);

		RobotEndpoint.Request ding = this.robots.delivered("/robot/send").get(0);
		Map<String, String> query = Arrays.stream(ding.query().split("&"))
			.map((p) -> p.split("=", 2))
			.collect(Collectors.toMap((p) -> p[0], (p) -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
		assertThat(query).containsEntry("access_token", "dt-token").containsKeys("timestamp", "sign");
		long timestamp = Long.parseLong(query.get("timestamp"));
		assertThat(timestamp).isBetween(before - 1000, System.currentTimeMillis());
		assertThat(query.get("sign")).isEqualTo(hmac(timestamp + "\n" + "SEC-dingtalk-secret", "SEC-dingtalk-secret"));
		JsonNode d = this.json.readTree(ding.body());
		assertThat(d.path("msgtype").asString()).isEqualTo("markdown");
		assertThat(d.path("markdown").path("title").asString()).isEqualTo("运输管理党支部党建工作提示单");
		assertThat(d.path("markdown").path("text").asString()).startsWith("### 运输管理党支部党建工作提示单");
	}

	@Test
	void aMessageIsSentOnceWhateverHowOftenTheSenderRuns() {
		scheduledRun();
		assertThat(this.dispatcher.deliverDue()).isEqualTo(5);
		assertThat(this.dispatcher.deliverDue()).isZero();
		assertThat(mail.getReceivedMessages()).hasSize(3);
		assertThat(this.robots.requests()).hasSize(2);
	}

	@Test
	void aTestMessageGoesOutAtOnceAndIsLogged() {
		Message sent = this.dispatcher.deliverNow(addTest(Message.Channel.MAIL, "test@zicha.test"));
		assertThat(sent.status()).isEqualTo(Message.Status.SENT);
		assertThat(mail.getReceivedMessages()).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).isEqualTo("党建合规自查测试消息"));
		this.channels.setEnabled(admin(), false, false);
		Message robot = this.dispatcher.deliverNow(addTest(Message.Channel.ROBOT, "B2"));
		assertThat(robot.status()).as("a test is sent even with the channel off").isEqualTo(Message.Status.SENT);
		assertThat(this.robots.delivered("/cgi-bin/webhook/send")).hasSize(1);
	}

	@Test
	void aFailedMessageShowsInTheLogWithItsReasonAndCanBeReSent() throws Exception {
		this.robots.answer(500);
		Message draft = Message.draft("test:" + java.util.UUID.randomUUID(), Message.Cause.REMINDER, null,
				Message.Channel.ROBOT, "B2", "机关第二党支部群机器人", "【到期提醒】测试", "### 【到期提醒】测试", null, null, null);
		this.outbox.add(draft, java.time.OffsetDateTime.now());
		long id = this.outbox.byKey(draft.key()).orElseThrow().id();
		for (int day = 0; day < Dispatcher.ATTEMPTS; day++) {
			new Dispatcher(this.outbox, this.channels, this.mailer, this.robotClient,
					Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofDays(day)))
				.deliverDue();
		}
		Message failed = this.outbox.get(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(Message.Status.FAILED);
		assertThat(failed.attempts()).isEqualTo(6);
		assertThat(failed.lastError()).isEqualTo("群机器人接口返回 HTTP 500");
		assertThat(this.robots.requests()).hasSize(6);
		String log = this.mvc.perform(get("/notices").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(log).contains("【到期提醒】测试").contains("发送失败").contains("群机器人接口返回 HTTP 500");
		this.robots.answer(200);
		this.mvc.perform(post("/notices/" + id + "/resend").with(page("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "已重新发送：【到期提醒】测试（机关第二党支部群机器人）"));
		assertThat(this.outbox.get(id).orElseThrow().status()).isEqualTo(Message.Status.SENT);
		assertThat(this.robots.delivered("/cgi-bin/webhook/send")).hasSize(1);
	}

	@Test
	void theSettingsPageNeverShowsASecretBack() throws Exception {
		this.channels.setMailServer(admin(), new MailServer("127.0.0.1", mail.getSmtp().getPort(),
				MailServer.Security.NONE, "djzc", "smtp-pass-123", "djzc@zicha.test"));
		String page = this.mvc.perform(get("/notices/settings").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("已设置，留空不变")
			.contains("http://127.0.0.1:")
			.contains("/cgi-bin/webhook/send?****")
			.contains("b1@zicha.test")
			.doesNotContain("smtp-pass-123")
			.doesNotContain("wecom-key")
			.doesNotContain("dt-token")
			.doesNotContain("SEC-dingtalk-secret");
		this.mvc
			.perform(post("/notices/settings/mail").param("host", "127.0.0.1")
				.param("port", "" + mail.getSmtp().getPort())
				.param("security", "NONE")
				.param("username", "djzc")
				.param("password", "")
				.param("from", "djzc@zicha.test")
				.with(page("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.channels.mailServer().password()).as("an empty field keeps the password")
			.isEqualTo("smtp-pass-123");
	}

	@Test
	void onlyAdministratorsSeeTheNoticePages() throws Exception {
		for (String url : List.of("/notices", "/notices/settings", "/notices/preview")) {
			this.mvc.perform(get(url).with(page("notice-b1"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/notices/settings/switches").param("mail", "false").with(page("notice-b1")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.channels.mailOn()).isTrue();
	}

	@Test
	void thePreviewShowsWhatEachRecipientWouldReceiveWithoutSendingIt() throws Exception {
		this.channels.setEnabled(admin(), false, false);
		if (this.views.latest().isEmpty()) {
			sampleRun(java.time.LocalDate.of(2025, 12, 31));
		}
		String page = this.mvc.perform(get("/notices/preview").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("机关第一党支部党建工作提示单")
			.contains("notice-b1（b1@zicha.test）")
			.contains("机关第二党支部群机器人")
			.contains("附件：机关第一党支部党建工作提示单.docx");
		this.mvc.perform(get("/notices/preview/0/html").with(page("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", NoticeLogPage.MAIL_POLICY))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>")));
		assertThat(this.outbox.latest(10)).isEmpty();
		assertThat(mail.getReceivedMessages()).isEmpty();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor page(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(username));
	}

	private long addTest(Message.Channel channel, String to) {
		Message m = Message.draft("test:" + java.util.UUID.randomUUID(), Message.Cause.TEST, null, channel, to, to,
				"党建合规自查测试消息", "这是一条测试消息。", null, null, null);
		this.outbox.add(m, java.time.OffsetDateTime.now());
		return this.outbox.byKey(m.key()).orElseThrow().id();
	}

	private static MimeMessage received(String to) throws Exception {
		List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().equals(to));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(found).as("mails to " + to).hasSize(1);
		return found.get(0);
	}

	static String docx(byte[] content) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			return text.getText();
		}
	}

	static String hmac(String text, String key) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

}
