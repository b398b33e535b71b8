package org.zicha.web.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.web.Viewer;

/**
 * 消息记录 (administrators): every message of the outbox with its delivery, the reason of a
 * failure, and re-sending; one message's text and its mail's HTML as received.
 */
@Controller
class NoticeLogPage {

	/** The most messages the log shows. */
	static final int SHOWN = 300;

	/**
	 * The policy of a mail's HTML shown on its own: its own style element, nothing else.
	 */
	static final String MAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

	private final Outbox outbox;

	private final Dispatcher dispatcher;

	private final Clock clock;

	NoticeLogPage(Outbox outbox, Dispatcher dispatcher, Clock clock) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@GetMapping("/notices")
	String log(Viewer viewer, Model model) {
		viewer.requireAdmin();
		model.addAttribute("messages", this.outbox.latest(SHOWN));
		return "notice/log";
	}

	@GetMapping("/notices/{id}")
	String message(Viewer viewer, @PathVariable long id, Model model) {
		viewer.requireAdmin();
		model.addAttribute("m", this.outbox.get(id).orElseThrow(Viewer::notFound));
		return "notice/message";
	}

	@GetMapping("/notices/{id}/html")
	ResponseEntity<byte[]> html(Viewer viewer, @PathVariable long id) {
		viewer.requireAdmin();
		Message m = this.outbox.get(id).filter((x) -> x.html() != null).orElseThrow(Viewer::notFound);
		return mailHtml(m.html());
	}

	@PostMapping("/notices/{id}/resend")
	String resend(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		viewer.requireAdmin();
		if (!this.outbox.resend(id, OffsetDateTime.now(this.clock))) {
			redirect.addFlashAttribute("error", "该消息正在发送，请稍后查看");
			return "redirect:/notices";
		}
		Message m = this.dispatcher.deliverNow(id);
		if (m.status() == Message.Status.SENT) {
			redirect.addFlashAttribute("message", "已重新发送：" + m.subject() + "（" + m.recipientName() + "）");
		}
		else {
			redirect.addFlashAttribute("error", "重新发送未成功：" + m.lastError() + "；系统将按间隔自动重试");
		}
		return "redirect:/notices";
	}

	/**
	 * A mail's HTML as a response of its own, with a policy that lets its style element
	 * apply and nothing run.
	 * @param html the HTML
	 * @return the response
	 */
	static ResponseEntity<byte[]> mailHtml(String html) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", MAIL_POLICY)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

}
