package org.zicha.web.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.web.OrgTree;
import org.zicha.web.Viewer;
import org.zicha.web.account.Accounts;
import org.zicha.web.run.RunViews;

/**
 * 通知设置 (administrators): the mail server, the switches of the channels, each user's
 * address, each organisation's robot, and a test message. The password, the robots' URLs
 * (their key) and secrets are never shown back: a field left empty keeps what is stored.
 */
@Controller
class NoticeSettingsPage {

	private final Channels channels;

	private final Accounts accounts;

	private final RunViews runs;

	private final Outbox outbox;

	private final Dispatcher dispatcher;

	private final Clock clock;

	NoticeSettingsPage(Channels channels, Accounts accounts, RunViews runs, Outbox outbox, Dispatcher dispatcher,
			Clock clock) {
		this.channels = channels;
		this.accounts = accounts;
		this.runs = runs;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@GetMapping("/notices/settings")
	String settings(Viewer viewer, Model model) {
		viewer.requireAdmin();
		MailServer server = this.channels.mailServer();
		model.addAttribute("server", server);
		model.addAttribute("passwordSet", !server.password().isEmpty());
		model.addAttribute("securities", MailServer.Security.values());
		model.addAttribute("mailOn", this.channels.mailOn());
		model.addAttribute("robotsOn", this.channels.robotsOn());
		model.addAttribute("accounts", this.accounts.list(viewer));
		model.addAttribute("addresses", this.channels.addresses());
		model.addAttribute("robots", this.channels.robots());
		model.addAttribute("kinds", RobotKind.values());
		model.addAttribute("organisations", organisations());
		return "notice/settings";
	}

	private List<OrgTree.Org> organisations() {
		return this.runs.latest().map((r) -> this.runs.tree(r.id()).all()).orElse(List.of());
	}

	@PostMapping("/notices/settings/mail")
	String mail(Viewer viewer, @RequestParam(defaultValue = "") String host,
			@RequestParam(defaultValue = "25") int port,
			@RequestParam(defaultValue = "STARTTLS") MailServer.Security security,
			@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
		return act(redirect, "邮件服务器设置已保存", () -> this.channels.setMailServer(viewer,
				new MailServer(host, port, security, username, password, from)));
	}

	@PostMapping("/notices/settings/switches")
	String switches(Viewer viewer, @RequestParam(defaultValue = "false") boolean mail,
			@RequestParam(defaultValue = "false") boolean robots, RedirectAttributes redirect) {
		return act(redirect, "已保存：邮件通知" + (mail ? "开启" : "关闭") + "，群机器人通知" + (robots ? "开启" : "关闭"),
				() -> this.channels.setEnabled(viewer, mail, robots));
	}

	@PostMapping("/notices/settings/address")
	String address(Viewer viewer, @RequestParam String username, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		if (this.accounts.find(username).isEmpty()) {
			throw Viewer.notFound();
		}
		return act(redirect, "已保存" + username + "的邮箱", () -> this.channels.setAddress(viewer, username, email));
	}

	@PostMapping("/notices/settings/robots")
	String robot(Viewer viewer, @RequestParam(defaultValue = "") String orgId, @RequestParam RobotKind kind,
			@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String secret,
			RedirectAttributes redirect) {
		return act(redirect, "已保存" + orgId + "的群机器人", () -> this.channels.setRobot(viewer, orgId, kind, url, secret));
	}

	@PostMapping("/notices/settings/robots/{orgId}/delete")
	String removeRobot(Viewer viewer, @PathVariable String orgId, RedirectAttributes redirect) {
		return act(redirect, "已删除" + orgId + "的群机器人", () -> this.channels.removeRobot(viewer, orgId));
	}

	@PostMapping("/notices/test")
	String test(Viewer viewer, @RequestParam Message.Channel channel, @RequestParam(defaultValue = "") String to,
			RedirectAttributes redirect) {
		viewer.requireAdmin();
		String recipient = to.strip();
		if (recipient.isEmpty()) {
			redirect.addFlashAttribute("error", (channel == Message.Channel.MAIL) ? "请填写收件邮箱" : "请选择组织");
			return "redirect:/notices/settings";
		}
		String subject = "党建合规自查测试消息";
		String text = "这是一条测试消息，收到即表示" + channel.label() + "通知设置正确。\n\n" + BulletinMessages.FOOTER;
		Message draft = Message.draft("test:" + UUID.randomUUID(), Message.Cause.TEST, null, channel, recipient,
				(channel == Message.Channel.MAIL) ? recipient : recipient + "群机器人", subject,
				(channel == Message.Channel.ROBOT) ? "### " + subject + "\n" + text : text, null, null, null);
		this.outbox.add(draft, OffsetDateTime.now(this.clock));
		Message sent = this.dispatcher.deliverNow(this.outbox.byKey(draft.key()).orElseThrow().id());
		if (sent.status() == Message.Status.SENT) {
			redirect.addFlashAttribute("message", "测试消息已发送至" + sent.recipientName());
		}
		else {
			redirect.addFlashAttribute("error", "测试消息发送失败：" + sent.lastError());
		}
		return "redirect:/notices/settings";
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/notices/settings";
	}

}
