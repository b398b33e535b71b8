package org.zicha.web.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.zicha.finding.Duty;
import org.zicha.finding.Severity;
import org.zicha.web.OrgTree;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectifications;

/**
 * The findings of a run with filters, one finding with its evidence, and a branch's own
 * page.
 */
@Controller
class FindingsPage {

	/** The Chinese names of the evidence's usual fields. */
	private static final Map<String, String> EVIDENCE = Map.ofEntries(Map.entry("required", "要求次数"),
			Map.entry("actual", "实际次数"), Map.entry("activityIds", "相关活动"), Map.entry("months", "月份"),
			Map.entry("monthCount", "连续月数"), Map.entry("outstation", "外驻站点党员"), Map.entry("mobile", "流动党员"),
			Map.entry("share", "比例"), Map.entry("deadline", "期限"), Map.entry("activist", "确定为积极分子"),
			Map.entry("admitted", "接收日期"), Map.entry("applied", "申请日期"), Map.entry("attended", "参加人数"),
			Map.entry("attendedIds", "参加人员"), Map.entry("candidate", "确定为发展对象"), Map.entry("converted", "转正日期"),
			Map.entry("daysLate", "逾期天数"), Map.entry("daysLeft", "剩余天数"), Map.entry("daysPastEnd", "超过期限天数"),
			Map.entry("daysToDue", "距到期天数"), Map.entry("directiveDate", "篇目日期"), Map.entry("due", "应完成日期"),
			Map.entry("earliest", "最早日期"), Map.entry("effectiveStart", "起算日期"), Map.entry("electionId", "选举活动"),
			Map.entry("extendedUntil", "延期至"), Map.entry("extensionApproval", "延期批准文号"), Map.entry("firstItem", "第一议题"),
			Map.entry("fullMembers", "正式党员数"), Map.entry("heldCount", "召开次数"), Map.entry("lagDays", "间隔天数"),
			Map.entry("memberNames", "党员"), Map.entry("members", "党员"), Map.entry("missing", "缺少"),
			Map.entry("missingMembers", "未参加党员"), Map.entry("missingPairs", "未谈话的人员"), Map.entry("originalDue", "原定日期"),
			Map.entry("originalEnd", "原定届满"), Map.entry("overdueDays", "超期天数"), Map.entry("present", "到会人数"),
			Map.entry("presentIds", "到会人员"), Map.entry("probationEnd", "预备期满"), Map.entry("status", "状态"),
			Map.entry("studiedOn", "学习日期"), Map.entry("summary", "概述"), Map.entry("talked", "谈话日期"),
			Map.entry("termStart", "任期开始"), Map.entry("termYears", "任期（年）"), Map.entry("total", "合计"),
			Map.entry("unpaid", "未交月份"), Map.entry("unpaidCount", "未交人数"), Map.entry("unpaidMembers", "未交党员"),
			Map.entry("unpaidNames", "未交党员姓名"), Map.entry("row", "台账行"), Map.entry("problems", "问题"));

	/** The most findings the list shows; the filters narrow it down. */
	static final int SHOWN = 500;

	private final RunViews views;

	private final Rectifications rectifications;

	private final JsonMapper json;

	FindingsPage(RunViews views, Rectifications rectifications, JsonMapper json) {
		this.views = views;
		this.rectifications = rectifications;
		this.json = json;
	}

	@GetMapping("/findings")
	String findings(Viewer viewer, @RequestParam(required = false) Long run, @RequestParam(required = false) String org,
			@RequestParam(required = false) String area, @RequestParam(required = false) String duty,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) String change,
			Model model) {
		Long id = (run != null) ? run : this.views.latest().map(StoredRun::id).orElse(null);
		model.addAttribute("runs", this.views.runs());
		if (id == null) {
			return "findings";
		}
		FindingFilter filter = new FindingFilter(org, area, duty, severity, change);
		List<StoredFinding> all = this.views.findings(viewer, id, new FindingFilter(null, null, null, null, null));
		model.addAttribute("run", this.views.run(id));
		model.addAttribute("filter", filter);
		List<StoredFinding> found = this.views.findings(viewer, id, filter);
		model.addAttribute("total", found.size());
		model.addAttribute("findings", found.subList(0, Math.min(found.size(), SHOWN)));
		Scope scope = this.views.scope(viewer, id, null);
		model.addAttribute("orgs", this.views.tree(id).all().stream().filter((o) -> scope.includes(o.id())).toList());
		model.addAttribute("areas", Duty.AREAS);
		model.addAttribute("duties", duties(all));
		model.addAttribute("severities", Severity.values());
		return "findings";
	}

	@GetMapping("/findings/{id}")
	String finding(Viewer viewer, @PathVariable long id, Model model) {
		StoredFinding f = this.views.finding(viewer, id);
		model.addAttribute("f", f);
		model.addAttribute("run", this.views.run(f.runId()));
		model.addAttribute("evidence", evidence(f.evidence()));
		model.addAttribute("rows",
				this.rectifications.rows(viewer, f.runId())
					.stream()
					.filter((r) -> r.keys().contains(f.key()))
					.toList());
		return "finding";
	}

	@GetMapping("/branches/{org}")
	String branch(Viewer viewer, @PathVariable String org, @RequestParam(required = false) Long run, Model model) {
		Long id = (run != null) ? run : this.views.latest().map(StoredRun::id).orElseThrow(Viewer::notFound);
		OrgTree tree = this.views.tree(id);
		this.views.scope(viewer, id, null).require(org);
		if (!tree.contains(org)) {
			throw Viewer.notFound();
		}
		List<StoredFinding> found = this.views.findings(viewer, id, new FindingFilter(org, null, null, null, null));
		model.addAttribute("run", this.views.run(id));
		model.addAttribute("org", org);
		model.addAttribute("orgName", tree.name(org));
		model.addAttribute("notices", found.stream().filter((f) -> f.severity() == Severity.NOTICE).toList());
		model.addAttribute("problems", found.stream().filter((f) -> f.severity() != Severity.NOTICE).toList());
		model.addAttribute("ranking",
				this.views.ranking(viewer, id).stream().filter((r) -> tree.within(r.orgId(), org)).toList());
		model.addAttribute("rows",
				this.rectifications.rows(viewer, id)
					.stream()
					.filter((r) -> !r.orgId().isEmpty() && tree.within(r.orgId(), org))
					.toList());
		model.addAttribute("today", java.time.LocalDate.now());
		return "branch";
	}

	/**
	 * The duties of some findings, for the filter: their codes in order, each with its
	 * Chinese title.
	 */
	static Map<String, String> duties(List<StoredFinding> findings) {
		Map<String, String> duties = new TreeMap<>();
		findings.forEach((f) -> duties.putIfAbsent(f.duty(), f.title()));
		return duties;
	}

	private Map<String, String> evidence(String text) {
		Map<String, String> shown = new LinkedHashMap<>();
		JsonNode node = this.json.readTree(text);
		node.properties().forEach((e) -> {
			JsonNode v = e.getValue();
			String value;
			if (v.isArray()) {
				value = String.join("、",
						v.valueStream().map((x) -> x.isValueNode() ? x.asString() : x.toString()).toList());
			}
			else {
				value = v.isValueNode() ? v.asString() : v.toString();
			}
			if (value.equals("true") || value.equals("false")) {
				value = value.equals("true") ? "是" : "否";
			}
			shown.put(EVIDENCE.getOrDefault(e.getKey(), e.getKey()), value.isEmpty() ? "（无）" : value);
		});
		return shown;
	}

}
