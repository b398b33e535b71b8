package org.zicha.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.testing.Inspections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number of the sample's body recomputed from its findings.json, independently of
 * how the report counts: the numbers of each paragraph, in the order they are written
 * (each organisation's clauses merged where it is first named). {@link ReportFactsTests}
 * counts them again from the ledger itself.
 */
class ReportNumbersTests {

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	private static Report report;

	private static JsonNode json;

	private static LocalDate asOf;

	@BeforeAll
	static void run() throws IOException {
		InspectionResult result = Inspections.inspect(Inspections.SAMPLE, "2025-12-31");
		report = result.report();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		result.write(OutputFormat.JSON, out);
		json = JsonMapper.builder().build().readTree(out.toByteArray());
		asOf = LocalDate.parse(json.path("run").path("asOf").asString());
	}

	@Test
	void theoryNamesEachBodyOnceWithItsOwnCounts() {
		List<Long> expected = List.of(count("FIRST_AGENDA.EVERY_MEETING", "R"), subjects("FIRST_AGENDA.TIMELY"),
				sum("CENTRAL_GROUP.ANNUAL", "actual"), sum("CENTRAL_GROUP.ANNUAL", "required"),
				count("FIRST_AGENDA.EVERY_MEETING", "C"));
		assertThat(numbers(paragraph("理论武装"))).containsExactlyElementsOf(strings(expected));
	}

	@Test
	void responsibilityCountsTheOverdueTermInYearsAndMonthsAndTheMembersOfTheBranchWithoutACommittee() {
		Period overdue = Period
			.between(LocalDate.parse(one("ELECTION.OVERDUE").path("evidence").path("due").asString()), asOf);
		LocalDate extended = LocalDate
			.parse(one("ELECTION.EXTENSION_TOO_LONG").path("evidence").path("extendedUntil").asString());
		// 局党组: its two leadership-meeting counts, then the leaders who gave no lecture;
		// the branches
		// after
		List<Long> expected = List.of((long) persons(duties("LEADER_LECTURE")).size(), (long) overdue.getYears(),
				(long) overdue.getMonths(), sum("ORG.COMMITTEE_REQUIRED", "fullMembers"), (long) extended.getYear(),
				(long) extended.getMonthValue(),
				organisations(duties("ORG.COMMITTEE_SIZE", "ORG.BRANCH_SIZE", "ORG.GROUPS_REQUIRED")),
				count("ELECTION.QUORUM"));
		assertThat(numbers(paragraph("管党治党责任"))).containsExactlyElementsOf(strings(expected));
	}

	@Test
	void organisationalLifeCountsOrganisationsAndTheMeetingsMissing() {
		Predicate<JsonNode> monthly = duties("SHYK.COMMITTEE", "SHYK.GROUP", "THEME_DAY");
		Predicate<JsonNode> quarterly = duties("SHYK.ASSEMBLY", "SHYK.LECTURE");
		List<Long> expected = List.of(organisations(monthly), missing(monthly), organisations(quarterly),
				missing(quarterly), count("ORG_LIFE.PRE_TALKS"), each("SHYK.COMMITTEE_QUORUM", "SHYK.ASSEMBLY_QUORUM"),
				(long) persons(duties("DUAL_ORG_LIFE")).size(), organisations(duties("RECORD.INCOMPLETE")),
				count("RECORD.INCOMPLETE") / organisations(duties("RECORD.INCOMPLETE")));
		// the year of an annual review's period ("2024年未召开组织生活会") is not a count
		assertThat(numbers(paragraph("组织生活").replaceAll("\\d{4}年", ""))).containsExactlyElementsOf(strings(expected));
		assertThat(paragraph("组织生活")).contains("各有1次到会人数未过半数", "各有1次会议记录不完整");
	}

	@Test
	void membersAreCountedOnceASentenceAndLapsedMembersAreNotCountedAgain() {
		Set<String> lapsed = persons(duties("MEMBER.LAPSED"));
		List<JsonNode> inactive = findings(duties("MEMBER.INACTIVE")).stream()
			.filter((f) -> !lapsed.contains(f.path("subject").path("id").asString()))
			.toList();
		Set<String> inactivePersons = new LinkedHashSet<>();
		inactive.forEach((f) -> inactivePersons.add(f.path("subject").path("id").asString()));
		Set<String> duesLapsed = persons(duties("DUES.LAPSED"));
		Set<String> unpaid = new LinkedHashSet<>();
		long unpaidMonths = 0;
		for (JsonNode f : findings(duties("DUES.MONTHLY"))) {
			for (JsonNode month : f.path("evidence").path("unpaid")) {
				String id = month.path("memberId").asString();
				if (!duesLapsed.contains(id)) {
					unpaid.add(id);
					unpaidMonths++;
				}
			}
		}
		// a run is counted to the as-of day ({run}: runMonths), "6至7" when the runs
		// differ
		List<Long> runs = findings(duties("MEMBER.LAPSED")).stream()
			.map((f) -> f.path("evidence").path("runMonths").asLong())
			.sorted()
			.toList();
		long duesRun = findings(duties("DUES.LAPSED")).get(0).path("evidence").path("runMonths").asLong();
		List<Long> expected = List.of((long) lapsed.size(), runs.get(0), runs.get(runs.size() - 1),
				(long) inactivePersons.size(), (long) inactive.size() / inactivePersons.size(),
				flagged(inactive, "outstation"), flagged(inactive, "mobile"), (long) duesLapsed.size(), duesRun,
				(long) unpaid.size(), unpaidMonths, subjects("DEVELOP.CONVERSION_OVERDUE"),
				subjects("DEVELOP.EXTENSION_TOO_LONG"), subjects("DEVELOP.CULTIVATION_SHORT"),
				subjects("DEVELOP.TALK_LATE"));
		assertThat(numbers(paragraph("党员队伍"))).containsExactlyElementsOf(strings(expected));
	}

	@Test
	void everyFigureOfTheBasicsIsAStatisticOrTheWindow() {
		Set<String> figures = new HashSet<>();
		collect(json.path("stats"), figures);
		LocalDate from = LocalDate.parse(json.path("run").path("from").asString());
		figures.addAll(List.of(String.valueOf(from.getYear()), String.valueOf(from.getMonthValue()),
				String.valueOf(asOf.getMonthValue())));
		List<String> numbers = report.basics().stream().flatMap((p) -> numbers(p).stream()).toList();
		assertThat(numbers).hasSizeGreaterThan(30);
		assertThat(numbers).allSatisfy((n) -> assertThat(figures).contains(n));
	}

	@Test
	void theMeasuresHoldNoDates() {
		assertThat(report.measures()).allSatisfy((m) -> assertThat(numbers(m.text())).isEmpty());
	}

	private static String paragraph(String theme) {
		return report.problems().stream().filter((p) -> p.theme().equals(theme)).findFirst().orElseThrow().text();
	}

	private static List<String> numbers(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			numbers.add(m.group());
		}
		return numbers;
	}

	private static List<String> strings(List<Long> numbers) {
		return numbers.stream().map(String::valueOf).toList();
	}

	private static List<JsonNode> findings(Predicate<JsonNode> which) {
		return StreamSupport.stream(json.path("findings").spliterator(), false)
			.filter((f) -> !f.path("severity").asString().equals("NOTICE"))
			.filter(which)
			.toList();
	}

	private static Predicate<JsonNode> duties(String... codes) {
		Set<String> set = Set.of(codes);
		return (f) -> set.contains(f.path("duty").asString());
	}

	private static long count(String duty) {
		return findings(duties(duty)).size();
	}

	private static long count(String duty, String orgId) {
		return findings(duties(duty)).stream().filter((f) -> f.path("orgId").asString().equals(orgId)).count();
	}

	/**
	 * The meetings or events missing: each finding's required count less the actual.
	 */
	private static long missing(Predicate<JsonNode> which) {
		return findings(which).stream()
			.mapToLong((f) -> f.path("evidence").path("required").asLong() - f.path("evidence").path("actual").asLong())
			.sum();
	}

	/**
	 * The count of each duty when all are the same, else the total.
	 */
	private static long each(String... codes) {
		List<Long> counts = java.util.Arrays.stream(codes).map(ReportNumbersTests::count).toList();
		return (counts.stream().distinct().count() == 1) ? counts.get(0)
				: counts.stream().mapToLong(Long::longValue).sum();
	}

	private static JsonNode one(String duty) {
		List<JsonNode> found = findings(duties(duty));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static long subjects(String duty) {
		return findings(duties(duty)).stream().map((f) -> f.path("subject").path("id").asString()).distinct().count();
	}

	private static long sum(String duty, String key) {
		return findings(duties(duty)).stream().mapToLong((f) -> f.path("evidence").path(key).asLong()).sum();
	}

	private static long organisations(Predicate<JsonNode> which) {
		return findings(which).stream().map((f) -> f.path("orgId").asString()).distinct().count();
	}

	private static long slots(Predicate<JsonNode> which) {
		return findings(which).stream()
			.map((f) -> f.path("orgId").asString() + f.path("period").path("from").asString())
			.distinct()
			.count();
	}

	private static Set<String> persons(Predicate<JsonNode> which) {
		Set<String> persons = new LinkedHashSet<>();
		findings(which).forEach((f) -> persons.add(f.path("subject").path("id").asString()));
		return persons;
	}

	private static long flagged(List<JsonNode> findings, String flag) {
		return findings.stream()
			.filter((f) -> f.path("evidence").path(flag).asBoolean())
			.map((f) -> f.path("subject").path("id").asString())
			.distinct()
			.count();
	}

	/**
	 * Every number of the statistics, and each share as the percentage a report writes.
	 */
	private static void collect(JsonNode node, Set<String> into) {
		if (node.isContainer()) {
			node.forEach((child) -> collect(child, into));
			node.properties().forEach((e) -> {
				if (e.getKey().equals("rate") && e.getValue().isNumber()) {
					into.add(e.getValue()
						.decimalValue()
						.multiply(BigDecimal.valueOf(100))
						.setScale(1, RoundingMode.HALF_UP)
						.stripTrailingZeros()
						.toPlainString());
				}
			});
		}
		else if (node.isIntegralNumber()) {
			into.add(node.asString());
		}
	}

}
