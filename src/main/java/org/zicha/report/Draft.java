package org.zicha.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.finding.Severity;
import org.zicha.ledger.OrgKind;

/**
 * What every part of a report is drafted with: the wording, the run's input, the
 * organisations by id, and the values every template can use ({root}, {period}, the
 * statistics, …); and the small words the templates are filled with (lists of names,
 * units, heads, meeting names, elapsed time).
 */
final class Draft {

	private final Phrasing phrasing;

	private final ReportInput input;

	private final Map<String, ReportInput.Organisation> organisations = new LinkedHashMap<>();

	private final ReportInput.Organisation root;

	private final Map<String, Object> global = new HashMap<>();

	private final int year;

	private final BodyNames bodyNames;

	Draft(Phrasing phrasing, ReportInput input) {
		this.phrasing = phrasing;
		this.input = input;
		input.organisations().forEach((o) -> this.organisations.put(o.id(), o));
		this.root = input.organisations().stream().filter(ReportInput.Organisation::isRoot).findFirst().orElse(null);
		this.bodyNames = new BodyNames(phrasing, input.organisations());
		LocalDate last = lastDay();
		this.year = last.getYear();
		String rootName = input.organisations()
			.stream()
			.filter(ReportInput.Organisation::isRoot)
			.map(ReportInput.Organisation::name)
			.collect(Collectors.joining("、"));
		String prefix = phrasing.word("words.partyPrefix");
		this.global.put("root", rootName);
		this.global.put("rootFullName", rootName.startsWith(prefix) ? rootName : prefix + rootName);
		this.global.put("self", this.bodyNames.self());
		this.global.put("office", office());
		this.global.put("meeting", (this.root != null) ? meeting(this.root.id()) : "");
		String period = Words.window(input.from(), last);
		this.global.put("period", period);
		this.global.put("year", this.year);
		this.global.put("asOf", org.zicha.ledger.Period.dayLabel(input.asOf()));
		this.global.put("organizations", input.organisations().size());
		this.global.put("members", input.members());
		this.global.put("records", input.records());
		flatten("stats", input.stats(), this.global);
		this.global.put("committees", committees(input.stats().get("committees")));
		boolean wholeYear = input.from().equals(LocalDate.of(this.year, 1, 1))
				&& last.equals(LocalDate.of(this.year, 12, 31));
		this.global.put("span", phrasing.phrase(wholeYear ? "span.year" : "span.window").fill(this.global));
		this.global.put("within", phrasing.word(wholeYear ? "span.withinYear" : "span.withinWindow"));
	}

	Phrasing phrasing() {
		return this.phrasing;
	}

	/**
	 * The sentences of the committees below the root that held meetings ({committees} of
	 * 基本情况): each its own figures, as the wording file's {@code committee} words them.
	 */
	private String committees(Object figures) {
		if (!(figures instanceof List<?> list)) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Object item : list) {
			if (item instanceof Map<?, ?> map && map.get("orgId") instanceof String orgId) {
				Map<String, Object> values = new HashMap<>();
				flatten("stats", map, values);
				values.put("org", bodyName(orgId));
				ReportInput.Organisation org = organisation(orgId);
				values.put("meeting",
						(org != null) ? this.phrasing.word("words.ownMeetings." + org.kind().name()) : "");
				String sentence = this.phrasing.phrase("committee").fill(values);
				if (!sentence.isBlank()) {
					text.append(Words.endSentence(sentence));
				}
			}
		}
		return text.toString();
	}

	ReportInput input() {
		return this.input;
	}

	/**
	 * The last day the run looked at: the window's end or the as-of day, whichever is
	 * earlier (never before the window's start).
	 */
	LocalDate lastDay() {
		LocalDate last = this.input.to().isBefore(this.input.asOf()) ? this.input.to() : this.input.asOf();
		return last.isBefore(this.input.from()) ? this.input.from() : last;
	}

	int year() {
		return this.year;
	}

	/**
	 * The values every template can use.
	 * @return a new map of them, to add to
	 */
	Map<String, Object> values() {
		return new HashMap<>(this.global);
	}

	/**
	 * Fill a template with the global values and more.
	 * @param phrase the template
	 * @param more further values
	 * @return the text
	 */
	String fill(Phrase phrase, Map<String, ?> more) {
		Map<String, Object> values = values();
		values.putAll(more);
		return phrase.fill(values);
	}

	ReportInput.Organisation organisation(String id) {
		return (id != null) ? this.organisations.get(id) : null;
	}

	ReportInput.Organisation root() {
		return this.root;
	}

	String name(String orgId) {
		ReportInput.Organisation org = organisation(orgId);
		return (org != null) ? org.name() : Objects.requireNonNullElse(orgId, "");
	}

	/**
	 * An organisation as the body of the unit's own report names it: the root by its
	 * short name, an organisation of the root's unit by the short unit (局机关党委).
	 * @param orgId the organisation
	 * @return its name in the body
	 */
	String bodyName(String orgId) {
		return this.bodyNames.of(orgId, name(orgId));
	}

	/**
	 * Who supervises organisations: their nearest common higher organisation below the
	 * root (a 机关党委 for its own branches, a branch for its groups), otherwise the root.
	 * The root's own duties are the root's.
	 * @param orgIds the organisations concerned
	 * @return the id of the supervising organisation, or null without a root
	 */
	String supervisor(Collection<String> orgIds) {
		if (this.root == null) {
			return null;
		}
		List<String> common = null;
		for (String id : orgIds) {
			if (id == null || id.equals(this.root.id())) {
				return this.root.id();
			}
			List<String> above = new java.util.ArrayList<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			ReportInput.Organisation org = organisation(id);
			for (String at = (org != null) ? org.parentId() : null; at != null && seen.add(at);) {
				above.add(at);
				ReportInput.Organisation parent = organisation(at);
				at = (parent != null) ? parent.parentId() : null;
			}
			if (common == null) {
				common = above;
			}
			else {
				common = common.stream().filter(above::contains).toList();
			}
		}
		return (common == null || common.isEmpty()) ? this.root.id() : common.get(0);
	}

	/**
	 * The organisations concerned, ordered as in the ledger.
	 * @param orgIds ids
	 * @return the ids, ordered
	 */
	List<String> ordered(Collection<String> orgIds) {
		List<String> order = List.copyOf(this.organisations.keySet());
		return orgIds.stream()
			.filter(Objects::nonNull)
			.distinct()
			.sorted(java.util.Comparator.comparingInt((String id) -> {
				int i = order.indexOf(id);
				return (i >= 0) ? i : Integer.MAX_VALUE;
			}))
			.toList();
	}

	/**
	 * The unit of organisations: 党支部 when all are branches, 党小组 when all are groups,
	 * otherwise 党组织.
	 * @param orgIds the organisations
	 * @return the unit
	 */
	String unit(Collection<String> orgIds) {
		Set<OrgKind> kinds = kinds(orgIds);
		if (kinds.equals(Set.of(OrgKind.BRANCH))) {
			return this.phrasing.word("words.orgUnits.BRANCH");
		}
		if (kinds.equals(Set.of(OrgKind.GROUP))) {
			return this.phrasing.word("words.orgUnits.GROUP");
		}
		return this.phrasing.word("words.orgUnits.other");
	}

	/**
	 * The head of organisations: 组长 of groups, 书记 of the others, both when mixed.
	 * @param orgIds the organisations
	 * @return the title
	 */
	String heads(Collection<String> orgIds) {
		Set<OrgKind> kinds = kinds(orgIds);
		String group = this.phrasing.word("words.heads.GROUP");
		String other = this.phrasing.word("words.heads.other");
		if (kinds.equals(Set.of(OrgKind.GROUP))) {
			return group;
		}
		return kinds.contains(OrgKind.GROUP) ? other + "、" + group : other;
	}

	String head(String orgId) {
		return heads((orgId != null) ? List.of(orgId) : List.of());
	}

	/**
	 * Every organisation of the kinds of some organisations.
	 * @param orgIds the organisations
	 * @return the ids of all organisations of their kinds
	 */
	List<String> ofKinds(Collection<String> orgIds) {
		Set<OrgKind> kinds = kinds(orgIds);
		return this.organisations.values().stream().filter((o) -> kinds.contains(o.kind())).map((o) -> o.id()).toList();
	}

	private Set<OrgKind> kinds(Collection<String> orgIds) {
		return orgIds.stream()
			.map(this::organisation)
			.filter(Objects::nonNull)
			.map(ReportInput.Organisation::kind)
			.collect(Collectors.toSet());
	}

	/**
	 * The name of an organisation's meetings: the root's by its kind (党组会议, 党委会议), any
	 * other's as ××会议.
	 * @param orgId the organisation
	 * @return the name
	 */
	String meeting(String orgId) {
		ReportInput.Organisation org = organisation(orgId);
		if (org != null && org.isRoot()) {
			String self = this.bodyNames.self();
			for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> kind : this.phrasing
				.node("selfName.meetings")
				.properties()) {
				if (self.endsWith(kind.getKey())) {
					return kind.getValue().asString();
				}
			}
			return rootMeeting(org.kind());
		}
		return this.phrasing.phrase("words.orgMeeting").fill(Map.of("org", name(orgId)));
	}

	private String rootMeeting(OrgKind kind) {
		return this.phrasing.word("words.meetings." + kind.name());
	}

	/**
	 * Who runs the party affairs of the unit under the root: the committee directly under
	 * it (机关党委), or nothing when there is none.
	 */
	private String office() {
		if (this.root == null) {
			return "";
		}
		return this.input.organisations()
			.stream()
			.filter((o) -> this.root.id().equals(o.parentId()) && o.kind() == OrgKind.COMMITTEE)
			.map((o) -> bodyName(o.id()))
			.findFirst()
			.orElse("");
	}

	/**
	 * Names joined with 、, at most three, then 等N个 with the unit.
	 * @param names the names
	 * @param unit the unit (党支部, 党组织…)
	 * @return the list
	 */
	String names(List<String> names, String unit) {
		if (names.size() <= Words.NAMES) {
			return String.join("、", names);
		}
		return this.phrasing.phrase("words.more")
			.fill(Map.of("names", String.join("、", names.subList(0, Words.NAMES)), "count", names.size(), "unit",
					unit));
	}

	/**
	 * The time from a day to the as-of day in natural units: 1年3个月, or days when under a
	 * month.
	 * @param since the day
	 * @return the time
	 */
	String elapsed(LocalDate since) {
		Period p = Period.between(since, this.input.asOf());
		if (p.getYears() == 0 && p.getMonths() == 0) {
			return this.phrasing.phrase("words.elapsedDays").fill(Map.of("days", Math.max(0, p.getDays())));
		}
		return this.phrasing.phrase("words.elapsed").fill(Map.of("years", p.getYears(), "months", p.getMonths()));
	}

	/**
	 * Periods in words, merged, without the report's year.
	 * @param periods the periods
	 * @return the words
	 */
	String periods(Collection<org.zicha.ledger.Period> periods) {
		// over several years every period keeps its year, or 2月 would be ambiguous
		return Words.periods(periods, (this.input.from().getYear() == this.year) ? this.year : 0);
	}

	/**
	 * The day by which findings of a severity are to be rectified.
	 * @param severity the severity
	 * @return the day
	 */
	LocalDate deadline(Severity severity) {
		return this.input.asOf().plusDays(this.phrasing.deadlineDays(severity));
	}

	/**
	 * Put every value of a nested map into a flat map under dotted names; a share (a key
	 * ending in "rate") as a percentage, or nothing when it cannot be computed.
	 */
	static void flatten(String prefix, Object value, Map<String, Object> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> flatten(prefix + "." + k, v, into));
			return;
		}
		if (prefix.endsWith("rate")) {
			if (value instanceof BigDecimal rate) {
				into.put(prefix, percent(rate));
			}
			else if (value instanceof Number rate) {
				into.put(prefix, percent(BigDecimal.valueOf(rate.doubleValue())));
			}
			return;
		}
		if (value != null) {
			into.put(prefix, value);
		}
	}

	static String percent(BigDecimal share) {
		return share.multiply(BigDecimal.valueOf(100))
			.setScale(1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

}
