package org.zicha.web.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import org.zicha.finding.Severity;
import org.zicha.ledger.Period;
import org.zicha.web.OrgTree;
import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.run.Dashboard;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

/**
 * The unit's summary of a run for the administrators: the counts, the change since the
 * previous run (problems then and now, new, persisting, resolved), the rectification rows
 * by status, and each organisation's problems now and then.
 */
@Component
class SummaryMessages {

	private static final Viewer UNIT = new Viewer("消息通知", Role.ADMIN, null);

	private final RunViews views;

	private final Recipients recipients;

	private final ITemplateEngine templates;

	SummaryMessages(RunViews views, Recipients recipients, ITemplateEngine templates) {
		this.views = views;
		this.recipients = recipients;
		this.templates = templates;
	}

	/**
	 * The summary of a run, one mail per administrator with an address.
	 * @param run the run
	 * @return the messages
	 */
	List<Message> of(StoredRun run) {
		List<Recipients.Addressee> admins = this.recipients.users(Role.ADMIN);
		if (admins.isEmpty()) {
			return List.of();
		}
		Summary summary = summary(run);
		List<Message> messages = new ArrayList<>();
		for (Recipients.Addressee a : admins) {
			messages.add(mail(run, summary, a.account().displayName(), a.email(),
					"run:" + run.id() + ":mail:" + a.account().username()));
		}
		return messages;
	}

	Message mail(StoredRun run, Summary summary, String name, String email, String key) {
		String subject = "第" + run.id() + "次检查情况汇总（截至" + Period.dayLabel(run.asOf()) + "）";
		StringBuilder text = new StringBuilder(name).append("同志：\n\n");
		text.append(summary.overview()).append("\n\n");
		text.append(summary.change()).append("\n\n");
		text.append(summary.rectification()).append("\n\n有问题的组织（本次问题数/上次问题数）：\n");
		summary.orgs()
			.forEach((o) -> text.append("- ")
				.append(o.name())
				.append("：")
				.append(o.now())
				.append("/")
				.append((o.before() != null) ? o.before() : "—")
				.append((o.rate() != null) ? "，履职率" + o.rate() : "")
				.append("\n"));
		text.append("\n").append(BulletinMessages.FOOTER).append("\n");
		Context context = new Context();
		context.setVariable("name", name);
		context.setVariable("subject", subject);
		context.setVariable("summary", summary);
		context.setVariable("footer", BulletinMessages.FOOTER);
		String html = this.templates.process("notice/mail-summary", context);
		return Message.draft(key, Message.Cause.RUN, run.id(), Message.Channel.MAIL, email, name + "（" + email + "）",
				subject, text.toString(), html, null, null);
	}

	Summary summary(StoredRun run) {
		Dashboard now = this.views.dashboard(UNIT, run.id());
		Dashboard before = (run.previousRunId() != null) ? this.views.dashboard(UNIT, run.previousRunId()) : null;
		Map<String, Long> perOrg = perOrg(run.id());
		Map<String, Long> perOrgBefore = (before != null) ? perOrg(run.previousRunId()) : Map.of();
		Map<String, String> rates = new LinkedHashMap<>();
		now.ranking().forEach((r) -> rates.put(r.orgId(), String.format("%.1f%%", r.percent())));
		OrgTree tree = this.views.tree(run.id());
		List<OrgLine> orgs = new ArrayList<>();
		for (OrgTree.Org o : tree.all()) {
			long count = perOrg.getOrDefault(o.id(), 0L);
			Long then = (before != null) ? perOrgBefore.getOrDefault(o.id(), 0L) : null;
			if (count > 0 || (then != null && then > 0)) {
				orgs.add(new OrgLine(o.name(), count, then, rates.get(o.id())));
			}
		}
		long problems = now.count("MAJOR") + now.count("MINOR");
		String overview = "第" + run.id() + "次检查（" + Period.dayLabel(run.from()) + "至" + Period.dayLabel(run.to())
				+ "）已完成：发现问题" + problems + "个（重要问题" + now.count("MAJOR") + "个、一般问题" + now.count("MINOR") + "个），提醒"
				+ now.count("NOTICE") + "项，经批准的例外" + now.exempted() + "项。";
		String change;
		if (before == null) {
			change = "这是第一次检查，没有可比较的上次检查。";
		}
		else {
			long then = before.count("MAJOR") + before.count("MINOR");
			long diff = problems - then;
			change = "与上次（第" + run.previousRunId() + "次，截至" + Period.dayLabel(before.run().asOf()) + "）相比：问题由" + then
					+ "个" + ((diff > 0) ? "增至" : (diff < 0) ? "减至" : "保持") + problems + "个；新增" + now.changes().get("新增")
					+ "个，仍存在" + now.changes().get("仍存在") + "个，已解决" + now.changes().get("已解决") + "个。";
		}
		StringBuilder rect = new StringBuilder("整改台账：");
		List<String> parts = new ArrayList<>();
		now.rectification().forEach((status, count) -> parts.add(status + count + "项"));
		rect.append(String.join("，", parts)).append("。");
		return new Summary(overview, change, rect.toString(), orgs);
	}

	private Map<String, Long> perOrg(long run) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StoredFinding f : this.views.findings(UNIT, run, FindingFilter.NONE)) {
			if (f.severity() != Severity.NOTICE && f.orgId() != null) {
				counts.merge(f.orgId(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/**
	 * The summary in sentences and lines.
	 *
	 * @param overview what the run found
	 * @param change how it compares with the previous run
	 * @param rectification the rows by status
	 * @param orgs each organisation's problems
	 */
	record Summary(String overview, String change, String rectification, List<OrgLine> orgs) {

	}

	/**
	 * One organisation's line.
	 *
	 * @param name its name
	 * @param now its problems now
	 * @param before its problems at the previous run, or null when there was none
	 * @param rate its 履职率, or null
	 */
	record OrgLine(String name, long now, Long before, String rate) {

	}

}
