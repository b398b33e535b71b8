package org.zicha.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.zicha.finding.Duty;
import org.zicha.finding.Severity;

/**
 * Checks the wording file against the rules it goes with: every key the report needs is
 * there, every template parses and every placeholder in it can be filled where the
 * template is used, every area of a rule belongs to exactly one theme, and every duty has
 * its sentence in the appendix, a clause of its theme in 存在的问题 and an action of its theme
 * in 下步工作.
 */
final class PhrasingCheck {

	/** The most themes (paragraphs of 存在的问题) a report has. */
	static final int MOST_THEMES = 5;

	/** The most evidence sentences of a theme. */
	static final int MOST_SENTENCES = 3;

	/** Placeholders every template of the report can use. */
	static final Set<String> GLOBAL = Set.of("root", "rootFullName", "self", "office", "meeting", "period", "span",
			"within", "year", "asOf", "organizations", "members", "records", "committees");

	/** Placeholders of a clause of 存在的问题, besides the global ones. */
	static final Set<String> CLAUSE = Set.of("org", "orgs", "orgCount", "orgUnit", "own", "meetings", "heads", "count",
			"slots", "periods", "persons", "personTimes", "outstation", "mobile", "subjectCount", "items", "breadth",
			"each", "eachCount", "missing", "run", "members", "among");

	/** Placeholders of a row of the appendix, besides the global ones. */
	static final Set<String> ROW = Set.of("org", "orgs", "periods", "count", "required", "actual", "members",
			"memberPeriods", "subjects", "messages", "meeting", "head", "persons", "personTimes", "personNames",
			"outstation", "mobile");

	/** Placeholders of a judgement, besides the global ones. */
	static final Set<String> JUDGEMENT = Set.of("breadth", "clauses", "orgUnit", "orgCount");

	/** Placeholders of who is responsible for a measure, besides the global ones. */
	static final Set<String> MEASURE = Set.of("orgUnit", "orgCount", "heads", "responsible", "concerned");

	/** What {each} of a clause may count by. */
	static final Set<String> EACH = Set.of("person", "duty", "org");

	/**
	 * Figures of a committee below the root, for the {@code committee} sentence of 基本情况.
	 */
	static final Set<String> COMMITTEE = Set.of("org", "meeting", "stats.held", "stats.urgent",
			"stats.withPartyBuilding", "stats.withIdeology", "stats.withStrictGovernance", "stats.firstItemStudy",
			"stats.centralGroupStudies");

	/** Evidence values a clause or a row can quote: {sum.key}, {since.due}, … */
	static final Pattern EVIDENCE = Pattern.compile("(sum|min|max|since|month|ev)\\.\\w+");

	private final Phrasing phrasing;

	private final Map<String, Duty> duties = new LinkedHashMap<>();

	private final Set<String> statistics;

	private final List<String> problems;

	PhrasingCheck(Phrasing phrasing, Collection<Duty> duties, Set<String> statistics, List<String> problems) {
		this.phrasing = phrasing;
		duties.forEach((d) -> this.duties.put(d.code(), d));
		this.statistics = statistics.stream().map((s) -> "stats." + s).collect(Collectors.toSet());
		this.problems = problems;
	}

	void run() {
		Set<String> global = union(GLOBAL, this.statistics);
		list("title", global);
		template("span.year", union(Set.of("year", "period"), this.statistics));
		template("span.window", union(Set.of("year", "period"), this.statistics));
		text("span.withinYear");
		text("span.withinWindow");
		if (this.phrasing.strings("selfName.kinds").isEmpty()) {
			problem("selfName.kinds", "缺少，或不是列表");
		}
		if (this.phrasing.strings("selfName.units").isEmpty()) {
			problem("selfName.units", "缺少，或不是列表");
		}
		template("committee", COMMITTEE);
		template("coverage", global);
		template("warnings.empty", union(global, Set.of("latest")));
		template("warnings.stale", union(global, Set.of("latest")));
		for (String heading : List.of("basics", "problems", "measures", "notices", "appendix", "exempted",
				"dataProblems", "resolved", "noProblems")) {
			text("headings." + heading);
		}
		Set<String> frame = union(global, Set.of("date"));
		template("ending.addressee", union(frame, Set.of("addressee")));
		template("ending.noAddressee", frame);
		template("ending.leadIn", frame);
		template("ending.closing", frame);
		template("ending.attachment", union(global, Set.of("appendix")));
		template("ending.attachments", union(global, Set.of("appendix", "n")));
		template("ending.nextAttachment", union(global, Set.of("appendix", "n")));
		template("ending.signature", frame);
		template("ending.date", frame);
		text("attachmentMark");
		Set<String> counts = Set.of("problems", "major", "minor", "items", "notices", "exempted", "dataProblems");
		template("counts.problems", counts);
		template("counts.none", counts);
		template("counts.text", union(counts, Set.of("summary")));
		template("counts.items", counts);
		list("basics", global);
		if (!this.phrasing.node("byYear").isMissingNode()) {
			template("byYear.opening", global);
			template("byYear.year", global);
		}
		template("problems.opening", global);
		template("problems.ordinal", Set.of("n"));
		template("measureOrdinal", Set.of("n"));
		for (String by : List.of("own", "others", "both")) {
			template("measureBy." + by, union(global, MEASURE));
		}
		words();
		themes(global);
		rows(global);
		rectification();
		for (String key : List.of("title", "subtitle", "problems", "notices", "rows", "none", "noNotices", "noRows")) {
			template("bulletin." + key, Set.of("org", "period", "asOf"));
		}
	}

	private void words() {
		text("words.partyPrefix");
		for (String breadth : List.of("one", "some", "many")) {
			text("words.breadth." + breadth);
		}
		for (String unit : List.of("BRANCH", "GROUP", "other")) {
			text("words.orgUnits." + unit);
		}
		template("words.orgMeeting", Set.of("org"));
		text("words.heads.GROUP");
		text("words.heads.other");
		text("words.away.outstation");
		text("words.away.mobile");
		text("words.and");
		text("words.or");
		template("words.more", Set.of("names", "count", "unit"));
		template("words.morePersons", Set.of("names", "count"));
		template("words.notice", Set.of("message", "deadline"));
		template("words.elapsed", Set.of("years", "months"));
		template("words.elapsedDays", Set.of("days"));
		template("words.concerned", Set.of("orgUnit", "heads"));
		for (String word : List.of("one", "each", "total", "to", "awayMembers.outstation", "awayMembers.mobile",
				"awayMembers.none")) {
			text("words." + word);
		}
		template("words.persons", Set.of("count", "who"));
		template("words.among", Set.of("parts"));
		template("words.part", Set.of("who", "count"));
	}

	private void themes(Set<String> global) {
		List<Theme> themes = this.phrasing.themeList();
		if (themes.isEmpty() || themes.size() > MOST_THEMES) {
			problem("themes", "应有1至" + MOST_THEMES + "个主题，现有" + themes.size() + "个");
		}
		Map<String, String> areaTheme = new LinkedHashMap<>();
		for (Theme theme : themes) {
			if (theme.name() == null || theme.name().isBlank()) {
				problem(theme.key() + ".name", "缺少主题名称");
			}
			if (theme.areas().isEmpty()) {
				problem(theme.key() + ".areas", "缺少本主题包含的领域");
			}
			for (String area : theme.areas()) {
				String earlier = areaTheme.putIfAbsent(area, theme.key());
				if (earlier != null) {
					problem(theme.key() + ".areas", "领域“" + area + "”已属于 " + earlier);
				}
			}
			theme(theme, global);
		}
		Map<String, List<String>> byArea = new LinkedHashMap<>();
		this.duties.values()
			.forEach((d) -> byArea.computeIfAbsent(d.area(), (a) -> new java.util.ArrayList<>()).add(d.code()));
		byArea.forEach((area, codes) -> {
			if (!areaTheme.containsKey(area)) {
				problem("themes", "规则中的领域“" + area + "”（" + String.join("、", codes) + "）不属于任何主题，请把它加入某个主题的 areas");
			}
		});
	}

	private void theme(Theme theme, Set<String> global) {
		checkNames(theme.key() + ".judgement", theme.judgement(), union(global, JUDGEMENT));
		Set<String> clauseNames = union(global, CLAUSE);
		for (Theme.Clause clause : theme.clauses()) {
			clause(theme, clause, clauseNames);
		}
		if (theme.sentences().isEmpty() || theme.sentences().size() > MOST_SENTENCES) {
			problem(theme.key() + ".sentences", "应有1至" + MOST_SENTENCES + "句，现有" + theme.sentences().size() + "句");
		}
		theme.sentences().forEach((sentence) -> sentence.forEach((clause) -> clause(theme, clause, clauseNames)));
		Set<String> spoken = theme.sentenceDuties();
		for (Duty duty : this.duties.values()) {
			if (theme.areas().contains(duty.area()) && duty.severity() != Severity.NOTICE
					&& !spoken.contains(duty.code())) {
				problem(theme.key() + ".sentences", "义务 " + duty.code() + "（" + duty.title() + "）没有出现在本主题的任何一句中");
			}
		}
		Set<String> acted = new HashSet<>();
		theme.measure().actions().forEach((a) -> acted.addAll(a.duties()));
		for (Duty duty : this.duties.values()) {
			if (theme.areas().contains(duty.area()) && duty.severity() != Severity.NOTICE
					&& !acted.contains(duty.code())) {
				problem(theme.key() + ".measure.actions",
						"义务 " + duty.code() + "（" + duty.title() + "）的问题写入了正文，但下步工作没有针对它的措施（在某项措施的 duties 中列出）");
			}
		}
		Theme.Measure measure = theme.measure();
		if (measure.title() == null || measure.title().isBlank()) {
			problem(theme.key() + ".measure.title", "缺少下步工作的标题");
		}
		if (measure.actions().stream().noneMatch(Theme.Action::unconditional)) {
			problem(theme.key() + ".measure.actions", "至少要有一项不带 duties 的措施，以保证每段下步工作有具体措施");
		}
		for (int i = 0; i < measure.actions().size(); i++) {
			Theme.Action action = measure.actions().get(i);
			String key = theme.key() + ".measure.actions[" + i + "]";
			duties(theme, key + ".duties", action.duties());
			checkNames(key + ".text", action.text(), global);
			if (action.text().source().isBlank()) {
				problem(key + ".text", "缺少措施内容");
			}
		}
	}

	private void clause(Theme theme, Theme.Clause clause, Set<String> names) {
		if (clause.duties().isEmpty() && !clause.away()) {
			problem(clause.key() + ".duties", "分句应写明 duties（涉及的义务）或 away: true");
		}
		duties(theme, clause.key() + ".duties", clause.duties());
		if (clause.each() != null && !EACH.contains(clause.each())) {
			problem(clause.key() + ".each", "应为 person、duty 或 org");
		}
		checkNames(clause.oneKey(), clause.one(), names);
		if (!clause.manyKey().equals(clause.oneKey())) {
			checkNames(clause.manyKey(), clause.many(), names);
		}
		if (clause.one().source().isBlank() || clause.many().source().isBlank()) {
			problem(clause.key(), "缺少分句内容（text，或 one 和 many）");
		}
		Set<String> itemNames = new HashSet<>(names);
		itemNames.remove("items");
		clause.items().forEach((duty, item) -> {
			if (!clause.duties().contains(duty)) {
				problem(clause.key() + ".items." + duty, "义务 " + duty + " 不在本分句的 duties 中");
			}
			checkNames(clause.key() + ".items." + duty, item, itemNames);
		});
		boolean usesItems = clause.one().names().contains("items") || clause.many().names().contains("items");
		if (usesItems) {
			clause.duties()
				.stream()
				.filter((d) -> !clause.items().containsKey(d))
				.forEach((d) -> problem(clause.key() + ".items", "分句用了 {items}，但没有写义务 " + d + " 的 items"));
		}
	}

	private void duties(Theme theme, String key, List<String> codes) {
		for (String code : codes) {
			Duty duty = this.duties.get(code);
			if (duty == null) {
				problem(key, "规则中没有义务 " + code);
			}
			else if (!theme.areas().contains(duty.area())) {
				problem(key, "义务 " + code + " 属于领域“" + duty.area() + "”，不在本主题的 areas 中");
			}
		}
	}

	private void rows(Set<String> global) {
		Set<String> names = union(global, ROW);
		JsonNode node = this.phrasing.node("duties");
		for (String key : node.propertyNames()) {
			String code = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
			if (!this.duties.containsKey(code)) {
				problem("duties." + key, "规则中没有义务 " + code);
			}
			if (key.contains("/")) {
				String severity = key.substring(key.indexOf('/') + 1);
				if (Stream.of(Severity.values()).noneMatch((s) -> s.name().equals(severity))) {
					problem("duties." + key, "“/”后应为 MAJOR 或 MINOR");
				}
			}
			if (Phrasing.text(node.path(key)) == null) {
				problem("duties." + key, "缺少");
			}
			else {
				checkNames("duties." + key, this.phrasing.phrase("duties." + key, node.path(key)), names);
			}
		}
		for (Duty duty : this.duties.values()) {
			if (duty.severity() != Severity.NOTICE && !node.has(duty.code())
					&& !node.has(duty.code() + "/" + duty.severity().name())) {
				problem("duties." + duty.code(), "缺少义务 " + duty.code() + "（" + duty.title() + "）在问题清单中的问题描述");
			}
		}
	}

	private void rectification() {
		for (String key : List.of("minorDays", "majorDays")) {
			JsonNode days = this.phrasing.node("rectification." + key);
			if (!days.isIntegralNumber() || days.asInt() < 0) {
				problem("rectification." + key, "应为不小于0的整数（天数）");
			}
		}
		List<String> statuses = this.phrasing.statuses();
		if (statuses.isEmpty()) {
			problem("rectification.statuses", "缺少整改状态");
		}
		if (statuses.stream().anyMatch((s) -> s.isBlank() || s.contains(",") || s.contains("\""))
				|| String.join(",", statuses).length() > 255) {
			problem("rectification.statuses", "整改状态不能为空或含逗号、引号，合计不超过255个字符");
		}
		for (String done : this.phrasing.doneStatuses()) {
			if (!statuses.contains(done)) {
				problem("rectification.done", "“" + done + "”不在 statuses 中");
			}
		}
		String reopened = Phrasing.text(this.phrasing.node("rectification.reopened"));
		if (reopened == null || !statuses.contains(reopened)) {
			problem("rectification.reopened", "应为 statuses 中的一项");
		}
		template("rectification.responsible", Set.of("person", "org", "head"));
		template("rectification.responsibleVacant", Set.of("org", "head"));
		for (String change : List.of("NEW", "PERSISTING", "RELAPSED", "RESOLVED")) {
			text("rectification.changes." + change);
		}
	}

	private void list(String key, Set<String> names) {
		JsonNode node = this.phrasing.node(key);
		if (!node.isArray() || node.isEmpty()) {
			problem(key, "缺少，或不是列表");
			return;
		}
		List<Phrase> phrases = key.equals("title") ? this.phrasing.title() : this.phrasing.basics();
		for (int i = 0; i < phrases.size(); i++) {
			checkNames(key + "[" + i + "]", phrases.get(i), names);
		}
	}

	private void text(String key) {
		if (Phrasing.text(this.phrasing.node(key)) == null) {
			problem(key, "缺少");
		}
	}

	private void template(String key, Set<String> names) {
		if (Phrasing.text(this.phrasing.node(key)) == null) {
			problem(key, "缺少");
			return;
		}
		checkNames(key, this.phrasing.phrase(key), names);
	}

	/**
	 * Check that every placeholder of a template is one of the names; where a template
	 * speaks of findings (its names include {periods}), the evidence values too.
	 */
	private void checkNames(String key, Phrase phrase, Set<String> names) {
		Set<String> unknown = new LinkedHashSet<>();
		for (String name : phrase.names()) {
			boolean evidence = names.contains("periods") && EVIDENCE.matcher(name).matches();
			if (!names.contains(name) && !evidence) {
				unknown.add("{" + name + "}");
			}
		}
		if (!unknown.isEmpty()) {
			problem(key,
					"占位符" + String.join("、", unknown) + "无法填入；这里可用的占位符："
							+ names.stream()
								.filter((n) -> !n.startsWith("stats."))
								.sorted()
								.map((n) -> "{" + n + "}")
								.collect(Collectors.joining("、"))
							+ (names.stream().anyMatch((n) -> n.startsWith("stats.")) ? "，以及 {stats.…}" : ""));
		}
	}

	private void problem(String key, String message) {
		this.problems.add(key + "：" + message);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

}
