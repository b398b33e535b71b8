package org.zicha.web.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.zicha.web.Viewer;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredRun;

/**
 * 消息预览 (administrators): exactly what each recipient would receive for the latest run and
 * today's reminders, whatever channel is on, before any is sent.
 */
@Controller
class NoticePreviewPage {

	private final RunViews runs;

	private final RunNotices notices;

	private final Reminders reminders;

	private final Clock clock;

	NoticePreviewPage(RunViews runs, RunNotices notices, Reminders reminders, Clock clock) {
		this.runs = runs;
		this.notices = notices;
		this.reminders = reminders;
		this.clock = clock;
	}

	@GetMapping("/notices/preview")
	String preview(Viewer viewer, Model model) {
		viewer.requireAdmin();
		model.addAttribute("run", this.runs.latest().orElse(null));
		model.addAttribute("messages", messages());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "notice/preview";
	}

	@GetMapping("/notices/preview/{index}/html")
	ResponseEntity<byte[]> html(Viewer viewer, @PathVariable int index) {
		viewer.requireAdmin();
		List<Message> messages = messages();
		if (index < 0 || index >= messages.size() || messages.get(index).html() == null) {
			throw Viewer.notFound();
		}
		return NoticeLogPage.mailHtml(messages.get(index).html());
	}

	private List<Message> messages() {
		List<Message> messages = new ArrayList<>();
		StoredRun run = this.runs.latest().orElse(null);
		if (run != null) {
			messages.addAll(this.notices.messages(run));
		}
		messages.addAll(this.reminders.messages(LocalDate.now(this.clock)));
		return messages;
	}

}
