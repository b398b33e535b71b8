package org.zicha.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.finding.Template;
import org.zicha.ledger.Period;

/**
 * The counts and names a sentence says of a set of findings: the organisations, their
 * organisation-periods, the persons and person-times, the subjects, and the evidence
 * values ({sum.key}, {since.key}, …). Persons and organisation-periods already counted by
 * an earlier clause of the same sentence are left out, so that nobody is counted twice.
 */
final class Aggregate {

	private final Draft draft;

	private final List<Finding> findings;

	private final Set<String> persons;

	private final Set<String> slots;

	private final int personTimes;

	private Aggregate(Draft draft, List<Finding> findings, Set<String> persons, Set<String> slots, int personTimes) {
		this.draft = draft;
		this.findings = findings;
		this.persons = persons;
		this.slots = slots;
		this.personTimes = personTimes;
	}

	/**
	 * The aggregate of findings, leaving out the persons and organisation-periods already
	 * counted; a finding about a person already counted is left out altogether.
	 * @param draft the draft
	 * @param findings the findings
	 * @param countedPersons persons counted before
	 * @param countedSlots organisation-periods counted before
	 * @return the aggregate
	 */
	static Aggregate of(Draft draft, List<Finding> findings, Set<String> countedPersons, Set<String> countedSlots) {
		List<Finding> kept = findings.stream()
			.filter((f) -> !(isAboutPerson(f) && countedPersons.contains(f.subject().id())))
			.toList();
		Set<String> persons = new LinkedHashSet<>();
		int times = 0;
		for (Finding f : kept) {
			for (String person : persons(f)) {
				if (!countedPersons.contains(person)) {
					persons.add(person);
					times++;
				}
			}
		}
		Set<String> slots = kept.stream()
			.map(Aggregate::slot)
			.filter((s) -> !countedSlots.contains(s))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new Aggregate(draft, kept, persons, slots, times);
	}

	/**
	 * The aggregate of findings, counting everything.
	 * @param draft the draft
	 * @param findings the findings
	 * @return the aggregate
	 */
	static Aggregate of(Draft draft, List<Finding> findings) {
		return of(draft, findings, Set.of(), Set.of());
	}

	/**
	 * The aggregate of some of its findings, counting only the persons and
	 * organisation-periods it counts.
	 * @param some some of its findings
	 * @return the aggregate
	 */
	Aggregate only(List<Finding> some) {
		Set<String> persons = new LinkedHashSet<>();
		int times = 0;
		for (Finding f : some) {
			for (String person : persons(f)) {
				if (this.persons.contains(person)) {
					persons.add(person);
					times++;
				}
			}
		}
		Set<String> slots = some.stream()
			.map(Aggregate::slot)
			.filter(this.slots::contains)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new Aggregate(this.draft, some, persons, slots, times);
	}

	boolean isEmpty() {
		return this.findings.isEmpty();
	}

	List<Finding> findings() {
		return this.findings;
	}

	Set<String> persons() {
		return this.persons;
	}

	Set<String> slots() {
		return this.slots;
	}

	/**
	 * The organisations concerned, in ledger order.
	 * @return their ids
	 */
	List<String> orgIds() {
		return this.draft.ordered(this.findings.stream().map(Finding::orgId).filter(Objects::nonNull).toList());
	}

	/**
	 * Whether out-station or mobile members are among the persons concerned.
	 * @return true when any is
	 */
	boolean away() {
		return count("outstation") + count("mobile") > 0;
	}

	/**
	 * The values of a clause of 存在的问题, the organisations named as the body names them.
	 * @param each what {each} and {eachCount} count by: "person", "duty" or "org"; null
	 * for persons when the findings concern persons, otherwise organisations
	 * @return the values by name
	 */
	Map<String, Object> clauseValues(String each) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> orgIds = orgIds();
		String unit = this.draft.unit(orgIds);
		values.put("org", orgIds.isEmpty() ? "" : this.draft.bodyName(orgIds.get(0)));
		values.put("orgs", this.draft.names(orgIds.stream().map(this.draft::bodyName).toList(), unit));
		values.put("orgCount", orgIds.size());
		values.put("orgUnit", unit);
		ReportInput.Organisation single = (orgIds.size() == 1) ? this.draft.organisation(orgIds.get(0)) : null;
		values.put("own", (single != null && !single.isRoot()) ? this.draft.bodyName(single.id()) : "");
		values.put("meetings", orgIds.stream().map(this.draft::meeting).collect(Collectors.joining("、")));
		values.put("heads", this.draft.heads(orgIds));
		common(values);
		values.put("slots", this.slots.size());
		values.put("persons", this.persons.size());
		values.put("personTimes", this.personTimes);
		values.put("subjectCount",
				this.findings.stream()
					.map(Finding::subject)
					.filter(Objects::nonNull)
					.map(Subject::id)
					.distinct()
					.count());
		each(values, (each != null) ? each : (this.persons.isEmpty() ? "org" : "person"));
		values.put("missing", missing());
		values.put("run", run());
		people(values);
		return values;
	}

	/**
	 * {each} and {eachCount}: 各有 and the count of each when every person, duty or
	 * organisation counted has the same number of findings, else 累计 and the total.
	 */
	private void each(Map<String, Object> values, String by) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Finding f : this.findings) {
			List<String> keys = switch (by) {
				case "person" -> persons(f).stream().filter(this.persons::contains).toList();
				case "duty" -> List.of(f.duty());
				default -> List.of(Objects.requireNonNullElse(f.orgId(), ""));
			};
			keys.forEach((k) -> counts.merge(k, 1L, Long::sum));
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		boolean same = counts.size() > 1 && counts.values().stream().distinct().count() == 1;
		String word = (counts.size() == 1) ? "words.one" : same ? "words.each" : "words.total";
		values.put("each", this.draft.phrasing().word(word));
		values.put("eachCount", same ? counts.values().iterator().next() : total);
	}

	/**
	 * The meetings or events missing: for each finding its required count less the actual
	 * one, or one when its evidence has no counts.
	 */
	private long missing() {
		long missing = 0;
		for (Finding f : this.findings) {
			Long required = number(f.evidence().get("required"));
			Long actual = number(f.evidence().get("actual"));
			missing += (required != null && actual != null) ? Math.max(1, required - actual) : 1;
		}
		return missing;
	}

	/**
	 * The length of the persons' runs of months (a lapse): the run's whole length up to
	 * the as-of day ({@code runMonths}) when the finding has it, else the months it
	 * names; "9" when every person's is the same, "6至9" otherwise.
	 */
	private String run() {
		Map<String, Long> byPerson = new LinkedHashMap<>();
		for (Finding f : this.findings) {
			Long months = number(f.evidence().get("runMonths"));
			if (months == null) {
				months = number(f.evidence().get("monthCount"));
			}
			if (months != null) {
				byPerson.merge((f.subject() != null) ? f.subject().id() : f.key(), months, Math::max);
			}
		}
		long min = byPerson.values().stream().mapToLong(Long::longValue).min().orElse(0);
		long max = byPerson.values().stream().mapToLong(Long::longValue).max().orElse(0);
		if (byPerson.isEmpty()) {
			return "";
		}
		return (min == max) ? String.valueOf(min) : min + this.draft.phrasing().word("words.to") + max;
	}

	/**
	 * {members}: the persons counted as a report words them, "4名外驻站点党员" when all of them
	 * are out-station (or all mobile), else "3名党员"; {among}: the out-station and mobile
	 * among them, "（其中外驻站点党员2名、流动党员1名）", only for a part of more than one person.
	 */
	private void people(Map<String, Object> values) {
		long total = this.persons.size();
		long outstation = count("outstation");
		long mobile = count("mobile");
		Phrasing phrasing = this.draft.phrasing();
		String who = (total > 0 && outstation == total) ? phrasing.word("words.awayMembers.outstation")
				: (total > 0 && mobile == total) ? phrasing.word("words.awayMembers.mobile")
						: phrasing.word("words.awayMembers.none");
		values.put("members", phrasing.phrase("words.persons").fill(Map.of("count", total, "who", who)));
		String among = "";
		if (total > 1 && outstation < total && mobile < total && outstation + mobile > 0) {
			List<String> parts = new ArrayList<>();
			if (outstation > 0) {
				parts.add(phrasing.phrase("words.part")
					.fill(Map.of("who", phrasing.word("words.awayMembers.outstation"), "count", outstation)));
			}
			if (mobile > 0) {
				parts.add(phrasing.phrase("words.part")
					.fill(Map.of("who", phrasing.word("words.awayMembers.mobile"), "count", mobile)));
			}
			among = phrasing.phrase("words.among").fill(Map.of("parts", String.join("、", parts)));
		}
		values.put("among", among);
	}

	/**
	 * The values of a row of the appendix: one organisation's findings of one duty.
	 * @param tallies the required and actual counts of the duty at the organisation, or
	 * null
	 * @return the values by name
	 */
	Map<String, Object> rowValues(ReportInput.Tally tallies) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> orgIds = orgIds();
		String org = orgIds.isEmpty() ? "" : this.draft.name(orgIds.get(0));
		values.put("org", org);
		values.put("orgs", orgIds.stream().map(this.draft::name).collect(Collectors.joining("、")));
		values.put("meeting", orgIds.isEmpty() ? "" : this.draft.meeting(orgIds.get(0)));
		values.put("head", orgIds.isEmpty() ? "" : this.draft.head(orgIds.get(0)));
		common(values);
		values.put("persons", this.persons.size());
		values.put("personTimes", this.personTimes);
		values.put("personNames", personNames());
		if (tallies != null) {
			values.put("required", tallies.required());
			values.put("actual", tallies.actual());
		}
		Map<String, List<Finding>> byMember = new LinkedHashMap<>();
		this.findings.stream()
			.filter((f) -> f.subject() != null && f.subject().kind() == Subject.Kind.MEMBER)
			.forEach((f) -> byMember.computeIfAbsent(f.subject().id(), (k) -> new ArrayList<>()).add(f));
		values.put("members", byMember.values().stream().map((l) -> l.get(0).subject().name()).toList());
		values.put("memberPeriods", byMember.values().stream().map(this::memberPeriods).toList());
		values.put("subjects", subjects());
		values.put("messages",
				this.findings.stream()
					.map((f) -> f.message().replaceAll("[。；]+$", ""))
					.collect(Collectors.joining("；")));
		return values;
	}

	/**
	 * A member with the periods of the findings, and whether out-station or mobile:
	 * 邹明（外驻站点，4月至9月）.
	 */
	private String memberPeriods(List<Finding> findings) {
		Finding first = findings.get(0);
		List<String> parts = new ArrayList<>();
		for (String flag : List.of("outstation", "mobile")) {
			if (Boolean.TRUE.equals(first.evidence().get(flag))) {
				parts.add(this.draft.phrasing().word("words.away." + flag));
			}
		}
		parts.add(this.draft.periods(periods(findings)));
		return first.subject().name() + "（" + String.join("，", parts) + "）";
	}

	/**
	 * The names of the persons concerned: a finding's member or applicant, or the names
	 * its evidence gives for the members it lists (a map of names by id, or a list of
	 * names beside the list of ids: unpaidMembers and unpaidNames).
	 */
	private List<String> personNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Finding f : this.findings) {
			if (isAboutPerson(f)) {
				names.put(f.subject().id(), f.subject().name());
				continue;
			}
			f.evidence().forEach((key, value) -> {
				if (key.endsWith("Names") && value instanceof Map<?, ?> map) {
					map.forEach((id, name) -> names.putIfAbsent(String.valueOf(id), String.valueOf(name)));
				}
				else if (key.endsWith("Names") && value instanceof List<?> list
						&& f.evidence().get(key.replace("Names", "Members")) instanceof List<?> ids
						&& ids.size() == list.size()) {
					for (int i = 0; i < ids.size(); i++) {
						names.putIfAbsent(String.valueOf(ids.get(i)), String.valueOf(list.get(i)));
					}
				}
			});
		}
		return this.persons.stream().map((id) -> names.getOrDefault(id, id)).toList();
	}

	private void common(Map<String, Object> values) {
		values.put("count", this.findings.size());
		values.put("periods", this.draft.periods(periods(this.findings)));
		values.put("outstation", count("outstation"));
		values.put("mobile", count("mobile"));
		evidence(values);
	}

	/**
	 * The persons concerned whose findings flag them as out-station or mobile.
	 */
	private long count(String flag) {
		return this.findings.stream()
			.filter((f) -> isAboutPerson(f) && this.persons.contains(f.subject().id())
					&& Boolean.TRUE.equals(f.evidence().get(flag)))
			.map((f) -> f.subject().id())
			.distinct()
			.count();
	}

	private List<String> subjects() {
		List<Subject> subjects = this.findings.stream().map(Finding::subject).filter(Objects::nonNull).toList();
		return subjects.stream()
			.map((s) -> (s.kind() == Subject.Kind.DIRECTIVE || s.kind() == Subject.Kind.ACTIVITY) ? "“" + s.name() + "”"
					: s.name())
			.distinct()
			.toList();
	}

	/**
	 * {sum.key}, {min.key}, {max.key} of the numeric evidence values (a list counts its
	 * size), {since.key} and {month.key} of the earliest date, and {ev.key} of the first
	 * finding.
	 */
	private void evidence(Map<String, Object> values) {
		Map<String, List<Object>> byKey = new LinkedHashMap<>();
		for (Finding f : this.findings) {
			f.evidence().forEach((k, v) -> {
				if (v != null) {
					byKey.computeIfAbsent(k, (x) -> new ArrayList<>()).add(v);
				}
			});
		}
		byKey.forEach((key, list) -> {
			List<Long> numbers = list.stream().map(Aggregate::number).filter(Objects::nonNull).toList();
			if (numbers.size() == list.size()) {
				values.put("sum." + key, numbers.stream().mapToLong(Long::longValue).sum());
				values.put("min." + key, numbers.stream().mapToLong(Long::longValue).min().orElse(0));
				values.put("max." + key, numbers.stream().mapToLong(Long::longValue).max().orElse(0));
			}
			List<LocalDate> dates = list.stream().map(Aggregate::date).filter(Objects::nonNull).sorted().toList();
			if (!dates.isEmpty() && dates.size() == list.size()) {
				values.put("since." + key, this.draft.elapsed(dates.get(0)));
				YearMonth month = YearMonth.from(dates.get(dates.size() - 1));
				values.put("month." + key, month.getYear() + "年" + month.getMonthValue() + "月");
			}
			Object first = list.get(0);
			LocalDate date = date(first);
			values.put("ev." + key, (date != null) ? date : Template.format(first));
		});
	}

	private static Long number(Object value) {
		if (value instanceof Number n) {
			return n.longValue();
		}
		if (value instanceof Collection<?> items) {
			return (long) items.size();
		}
		if (value instanceof Map<?, ?> map) {
			return (long) map.size();
		}
		return null;
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate d) {
			return d;
		}
		if (value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return LocalDate.parse(s);
		}
		return null;
	}

	static List<Period> periods(Collection<Finding> findings) {
		return findings.stream().map(Finding::period).filter(Objects::nonNull).toList();
	}

	/**
	 * The organisation-period of a finding.
	 */
	static String slot(Finding f) {
		return Objects.requireNonNullElse(f.orgId(), "") + "|"
				+ ((f.period() != null) ? f.period().from() + "|" + f.period().to() : "");
	}

	static boolean isAboutPerson(Finding f) {
		return f.subject() != null
				&& (f.subject().kind() == Subject.Kind.MEMBER || f.subject().kind() == Subject.Kind.APPLICANT);
	}

	/**
	 * The persons a finding concerns: its member or applicant, or the members its
	 * evidence lists (under a key ending in "Members", such as unpaidMembers).
	 * @param f the finding
	 * @return the person ids
	 */
	static List<String> persons(Finding f) {
		if (isAboutPerson(f)) {
			return List.of(f.subject().id());
		}
		List<String> ids = new ArrayList<>();
		f.evidence().forEach((key, value) -> {
			if (key.endsWith("Members") && value instanceof Collection<?> items) {
				items.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
			}
		});
		return ids.stream().distinct().toList();
	}

	/**
	 * Group findings by a key, keeping their order.
	 */
	static <K> Map<K, List<Finding>> group(List<Finding> findings, Function<Finding, K> key) {
		Map<K, List<Finding>> groups = new LinkedHashMap<>();
		findings.forEach((f) -> groups.computeIfAbsent(key.apply(f), (k) -> new ArrayList<>()).add(f));
		return groups;
	}

}
