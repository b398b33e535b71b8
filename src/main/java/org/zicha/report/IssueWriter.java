package org.zicha.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.finding.Template;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Period;

/**
 * Writes one issue (the findings of one duty and severity) as a sentence of the report,
 * and one measure per paragraph.
 */
final class IssueWriter {

	private final Phrasing phrasing;

	private final ReportInput input;

	private final int year;

	IssueWriter(Phrasing phrasing, ReportInput input) {
		this.phrasing = phrasing;
		this.input = input;
		int last = (input.to().isBefore(input.asOf()) ? input.to() : input.asOf()).getYear();
		// over several years every period keeps its year, or 2月 would be ambiguous
		this.year = (input.from().getYear() == last) ? last : 0;
	}

	Report.Issue issue(int number, List<Finding> findings) {
		Finding first = findings.get(0);
		Map<String, List<Finding>> byOrg = findings.stream()
			.filter((f) -> f.orgId() != null)
			.collect(Collectors.groupingBy(Finding::orgId, LinkedHashMap::new, Collectors.toList()));
		List<String> orgNames = byOrg.values().stream().map((l) -> l.get(0).orgName()).toList();
		String unit = unit(byOrg.keySet());
		Map<String, Object> values = new HashMap<>();
		values.put("title", first.title());
		values.put("count", findings.size());
		values.put("orgCount", byOrg.size());
		values.put("orgs", Words.names(orgNames, unit));
		values.put("periods", Words.periods(periods(findings), this.year));
		values.put("orgPeriods", Words.names(
				byOrg.values().stream().map((l) -> l.get(0).orgName() + Words.periods(periods(l), this.year)).toList(),
				unit));
		Map<String, List<Finding>> bySubject = findings.stream()
			.filter((f) -> f.subject() != null)
			.collect(Collectors.groupingBy((f) -> f.subject().id(), LinkedHashMap::new, Collectors.toList()));
		List<Finding> members = findings.stream()
			.filter((f) -> f.subject() != null && f.subject().kind() == Subject.Kind.MEMBER)
			.toList();
		Map<String, List<Finding>> byMember = members.stream()
			.collect(Collectors.groupingBy((f) -> f.subject().id(), LinkedHashMap::new, Collectors.toList()));
		values.put("members",
				Words.names(byMember.values().stream().map((l) -> l.get(0).subject().name()).toList(), "名党员"));
		values.put("memberPeriods",
				Words.names(byMember.values()
					.stream()
					.map((l) -> l.get(0).subject().name() + "（" + Words.periods(periods(l), this.year) + "）")
					.toList(), "名党员"));
		values.put("awayNote", awayNote(byMember.values()));
		values.put("subjects", subjects(bySubject.values().stream().map((l) -> l.get(0).subject()).toList()));
		values.put("messages",
				findings.stream().map((f) -> f.message().replaceAll("[。；]+$", "")).collect(Collectors.joining("；")));
		totals(findings, values);
		int[] tally = tally(first.duty(), byOrg.keySet());
		if (tally != null) {
			values.put("required", tally[0]);
			values.put("actual", tally[1]);
		}
		String sentence = Template.fill(this.phrasing.issue(first.duty(), first.severity()), values);
		if (!sentence.endsWith("。")) {
			sentence = sentence + "。";
		}
		LocalDate deadline = this.input.asOf().plusDays(this.phrasing.deadlineDays(first.severity()));
		return new Report.Issue(number, first.duty(), first.area(), first.title(), first.severity(), sentence,
				List.copyOf(new LinkedHashSet<>(orgNames.stream().filter(Objects::nonNull).toList())),
				Words.periods(periods(findings), this.year), first.source(), first.remedy(),
				responsible(byOrg.keySet(), orgNames), deadline, List.copyOf(findings));
	}

	String measure(String area, List<Report.Issue> issues) {
		Set<String> orgIds = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		for (Report.Issue issue : issues) {
			for (Finding f : issue.findings()) {
				if (f.orgId() != null && orgIds.add(f.orgId())) {
					names.add(f.orgName());
				}
			}
		}
		Map<String, Object> values = new HashMap<>();
		values.put("remedies",
				issues.stream()
					.map((i) -> i.remedy().replaceAll("[。；]+$", ""))
					.distinct()
					.collect(Collectors.joining("；")));
		values.put("responsible", names.isEmpty() ? "各党组织" : Words.names(names, unit(orgIds)));
		values.put("deadline",
				Period.dayLabel(issues.stream().map(Report.Issue::deadline).max(LocalDate::compareTo).orElseThrow()));
		return Template.fill(this.phrasing.measure(area), values);
	}

	private static List<Period> periods(Collection<Finding> findings) {
		return findings.stream().map(Finding::period).filter(Objects::nonNull).toList();
	}

	private String unit(Collection<String> orgIds) {
		Set<OrgKind> kinds = orgIds.stream()
			.map((id) -> this.input.organisationKinds().get(id))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (kinds.equals(Set.of(OrgKind.BRANCH))) {
			return "个党支部";
		}
		if (kinds.equals(Set.of(OrgKind.GROUP))) {
			return "个党小组";
		}
		return "个党组织";
	}

	private static String awayNote(Collection<List<Finding>> byMember) {
		long outstation = byMember.stream()
			.filter((l) -> Boolean.TRUE.equals(l.get(0).evidence().get("outstation")))
			.count();
		long mobile = byMember.stream().filter((l) -> Boolean.TRUE.equals(l.get(0).evidence().get("mobile"))).count();
		List<String> parts = new ArrayList<>();
		if (outstation > 0) {
			parts.add("外驻站点党员" + outstation + "名");
		}
		if (mobile > 0) {
			parts.add("流动党员" + mobile + "名");
		}
		return parts.isEmpty() ? "" : "（其中" + String.join("、", parts) + "）";
	}

	private static String subjects(List<Subject> subjects) {
		if (subjects.isEmpty()) {
			return "";
		}
		boolean quoted = subjects.get(0).kind() == Subject.Kind.DIRECTIVE
				|| subjects.get(0).kind() == Subject.Kind.ACTIVITY;
		String unit = switch (subjects.get(0).kind()) {
			case DIRECTIVE -> "篇";
			case ACTIVITY -> "次会议";
			case ROW -> "行";
			default -> "名";
		};
		return Words.names(subjects.stream().map((s) -> quoted ? "“" + s.name() + "”" : s.name()).distinct().toList(),
				unit);
	}

	/**
	 * Sums of each numeric evidence value (or list size) across the findings:
	 * {total.key}.
	 */
	private static void totals(List<Finding> findings, Map<String, Object> values) {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (Finding f : findings) {
			f.evidence().forEach((key, value) -> {
				long n = (value instanceof Number number) ? number.longValue()
						: (value instanceof Collection<?> items) ? items.size() : 0;
				totals.merge("total." + key, n, Long::sum);
			});
		}
		values.putAll(totals);
	}

	private int[] tally(String duty, Collection<String> orgIds) {
		List<ReportInput.Tally> tallies = this.input.tallies()
			.stream()
			.filter((t) -> t.duty().equals(duty) && orgIds.contains(t.orgId()))
			.toList();
		if (tallies.isEmpty()) {
			return null;
		}
		return new int[] { tallies.stream().mapToInt(ReportInput.Tally::required).sum(),
				tallies.stream().mapToInt(ReportInput.Tally::actual).sum() };
	}

	private String responsible(Collection<String> orgIds, List<String> orgNames) {
		List<String> people = new ArrayList<>();
		int i = 0;
		for (String orgId : orgIds) {
			String secretary = this.input.secretaries().get(orgId);
			String org = orgNames.get(i++);
			people.add((secretary != null) ? secretary + "（" + org + "书记）" : org + "书记");
		}
		return people.isEmpty() ? "机关党委" : String.join("、", people);
	}

}
