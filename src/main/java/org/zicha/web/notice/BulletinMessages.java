package org.zicha.web.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import org.zicha.inspection.OutputFormat;
import org.zicha.inspection.ReportDraft;
import org.zicha.ledger.Period;
import org.zicha.report.ReportPage;
import org.zicha.web.FileStore;
import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.StoredRun;

/**
 * The bulletins of a run as messages: to each secretary, by mail, their organisation's
 * bulletin (提示单: the counts, its problems named in full, what falls due before the next
 * run, its rectification rows with 时限) with the bulletin's docx attached; to each
 * organisation's robot the same in short Markdown. Each is cut to the organisation's
 * subtree as the secretary's own pages are.
 */
@Component
class BulletinMessages {

	static final String FOOTER = "本消息由党建合规自查系统自动发送，请勿直接回复。详情请登录系统查看。";

	private final Rectifications rectifications;

	private final Recipients recipients;

	private final Channels channels;

	private final ITemplateEngine templates;

	private final FileStore files;

	BulletinMessages(Rectifications rectifications, Recipients recipients, Channels channels, ITemplateEngine templates,
			FileStore files) {
		this.rectifications = rectifications;
		this.recipients = recipients;
		this.channels = channels;
		this.templates = templates;
		this.files = files;
	}

	/**
	 * The bulletins of a run, one per secretary with an address and one per robot of an
	 * organisation of the run.
	 * @param run the run
	 * @param tree its organisations
	 * @return the messages
	 */
	List<Message> of(StoredRun run, OrgTree tree) {
		List<Message> messages = new ArrayList<>();
		for (Recipients.Addressee a : this.recipients.users(Role.SECRETARY)) {
			if (tree.contains(a.account().orgId())) {
				messages.add(mail(run, a.account().viewer(), a.account().displayName(), a.email(),
						"run:" + run.id() + ":mail:" + a.account().username()));
			}
		}
		for (Robot robot : this.channels.robots()) {
			if (tree.contains(robot.orgId())) {
				messages.add(robot(run, robot.orgId(), tree.name(robot.orgId())));
			}
		}
		return messages;
	}

	Message mail(StoredRun run, Viewer secretary, String name, String email, String key) {
		ReportDraft draft = this.rectifications.draft(secretary, run.id());
		ReportPage page = draft.page();
		String title = page.title();
		String markdown = new String(write(draft, OutputFormat.MD), StandardCharsets.UTF_8);
		String text = name + "同志：\n\n" + intro(run) + "\n\n" + counts(page) + "\n\n" + markdown + "\n\n" + FOOTER
				+ "\n";
		Context context = new Context();
		context.setVariable("page", page);
		context.setVariable("name", name);
		context.setVariable("intro", intro(run));
		context.setVariable("counts", counts(page));
		context.setVariable("footer", FOOTER);
		String html = this.templates.process("notice/mail-bulletin", context);
		String attachment = this.files.put(write(draft, OutputFormat.DOCX));
		return Message.draft(key, Message.Cause.RUN, run.id(), Message.Channel.MAIL, email, name + "（" + email + "）",
				title, text, html, title + ".docx", attachment);
	}

	Message robot(StoredRun run, String orgId, String orgName) {
		ReportDraft draft = this.rectifications.draft(new Viewer("群机器人", Role.SECRETARY, orgId), run.id());
		ReportPage page = draft.page();
		ReportPage.BulletinText b = page.bulletin();
		StringBuilder md = new StringBuilder();
		md.append("### ").append(page.title()).append("\n").append(intro(run)).append("\n\n");
		md.append("**").append(counts(page)).append("**\n\n");
		md.append("#### ").append(b.problemsHeading()).append("\n");
		if (b.problems().isEmpty()) {
			md.append(b.none()).append("\n");
		}
		b.problems().forEach((p) -> md.append(p.number()).append(". ").append(p.text()).append("\n"));
		md.append("\n#### ").append(b.noticesHeading()).append("\n");
		if (page.notices().isEmpty()) {
			md.append(b.noNotices()).append("\n");
		}
		page.notices()
			.forEach((n) -> md.append("- ").append(n.message()).append("（期限：").append(n.deadline()).append("）\n"));
		md.append("\n#### ").append(b.rowsHeading()).append("\n");
		if (b.rows().isEmpty()) {
			md.append(b.noRows()).append("\n");
		}
		b.rows()
			.forEach((r) -> md.append("- 第")
				.append(r.number())
				.append("项：整改时限")
				.append(r.deadline().isEmpty() ? "未定" : r.deadline())
				.append("，")
				.append(r.status())
				.append(r.change().isEmpty() ? "" : "，" + r.change())
				.append("\n"));
		return Message.draft("run:" + run.id() + ":robot:" + orgId, Message.Cause.RUN, run.id(), Message.Channel.ROBOT,
				orgId, orgName + "群机器人", page.title(), md.toString(), null, null, null);
	}

	static String intro(StoredRun run) {
		return "第" + run.id() + "次检查（截至" + Period.dayLabel(run.asOf()) + "）已完成，现将本组织提示单发送如下，请对照整改。";
	}

	static String counts(ReportPage page) {
		return "本期发现问题" + page.counts().problems() + "个（重要问题" + page.counts().major() + "个、一般问题" + page.counts().minor()
				+ "个），归为整改事项" + page.bulletin().problems().size() + "项；近期到期事项" + page.notices().size() + "项。";
	}

	private static byte[] write(ReportDraft draft, OutputFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			draft.write(format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
