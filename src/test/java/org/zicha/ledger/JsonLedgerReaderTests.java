package org.zicha.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.JsonLedgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.testing.JsonLedgers.object;
import static org.zicha.testing.LedgerFiles.organisationJson;
import static org.zicha.testing.LedgerFiles.problems;
import static org.zicha.testing.LedgerFiles.read;
import static org.zicha.testing.LedgerFiles.readFully;

/**
 * {@link JsonLedgerReader}: one object with one array per table, English keys, the agenda
 * nested in its activity; problems located as {@code table[index].key}.
 */
class JsonLedgerReaderTests {

	private static final Path COMMITTEE_MEETING = Path.of("src/test/resources/ledgers/committee-meeting.json");

	@TempDir
	Path dir;

	@Test
	void theAgendaOfAnActivityIsNestedInIt() {
		Activity meeting = read(COMMITTEE_MEETING).activities().get(0);
		assertThat(meeting.agenda()).containsExactly(new AgendaItem(1, "传达学习重要讲话精神", AgendaKind.STUDY, List.of("D1")),
				new AgendaItem(2, "研究年度党建工作要点", AgendaKind.PARTY_BUILDING, List.of()),
				new AgendaItem(3, "其他事项", AgendaKind.OTHER, List.of()));
	}

	@Test
	void everyTableIsRead() {
		Ledger ledger = read(COMMITTEE_MEETING);
		assertThat(ledger.organizations())
			.extracting(Organization::id, Organization::hasCommittee, Organization::termStart, Organization::termYears)
			.containsExactly(tuple("R", null, null, null), tuple("B1", false, LocalDate.of(2024, 1, 15), 3));
		assertThat(ledger.members()).extracting(Member::id, Member::status, Member::leaderCadre)
			.containsExactly(tuple("m1", MemberStatus.FULL, true), tuple("m2", MemberStatus.FULL, false),
					tuple("m3", MemberStatus.PROBATIONARY, false));
		assertThat(ledger.activities()).extracting(Activity::expected, Activity::present, Activity::recorder)
			.containsExactly(tuple(2, 2, "m2"));
		assertThat(ledger.directives())
			.containsExactly(new Directive("D1", "重要讲话（示例）", LocalDate.of(2025, 1, 6), List.of()));
		assertThat(ledger.dues()).containsExactly(
				new DuesPayment("m3", List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)),
						LocalDate.of(2025, 1, 10), new BigDecimal("30")));
		assertThat(ledger.talks())
			.containsExactly(new Talk(LocalDate.of(2025, 3, 20), "m2", "m3", TalkKind.HEART_TO_HEART));
	}

	@Test
	void theCategoryAndTheUrgentMarkAreRead() {
		Path file = JsonLedgers.json()
			.add("organizations", "id", "R", "name", "市交通运输局党组", "kind", "LEADING_GROUP", "category", "机关")
			.add("activities", "id", "A1", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-03-20",
					"urgent", true)
			.add("activities", "id", "A2", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-04-20",
					"urgent", false)
			.add("activities", "id", "A3", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-05-20")
			.write(this.dir.resolve("ledger.json"));
		Ledger ledger = read(file);
		assertThat(ledger.organizations()).extracting(Organization::category).containsExactly("机关");
		assertThat(ledger.activities()).extracting(Activity::urgent).containsExactly(true, false, false);
	}

	@Test
	void aProblemIsLocatedByTableIndexAndKey() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-02-30")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json activities[1].date，值“2025-02-30”：不是日历上存在的日期");
	}

	@Test
	void jsonAcceptsOnlyIsoDates() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025/3/20")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025年3月20日")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json activities[0].date，值“2025/3/20”：不是有效的日期，应写作 2025-03-20",
					"ledger.json activities[1].date，值“2025年3月20日”：不是有效的日期，应写作 2025-03-20");
	}

	@Test
	void aProblemOfAnAgendaItemIsLocatedInsideItsActivity() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-03-20",
					"agenda",
					List.of(object("order", 1, "title", "学习"), object("order", 2, "title", "研究", "kind", "议事")))
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::location, LedgerProblem::value)
			.containsExactly(tuple("ledger.json activities[0].agenda[1].kind", "议事"));
	}

	@Test
	void aMissingKeyIsAMissingValue() {
		Path file = organisationJson().add("members", "id", "m4", "name", "陈静", "orgId", "B1")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json members[3].status：必填项为空");
	}

	@Test
	void nullMeansEmpty() {
		Path file = organisationJson()
			.add("members", "id", "m4", "name", "陈静", "orgId", "B1", "status", "FULL", "left", null, "mobile", null)
			.write(this.dir.resolve("ledger.json"));
		assertThat(read(file).membersById().get("m4")).extracting(Member::left, Member::mobile)
			.containsExactly(null, false);
	}

	@Test
	void numbersBooleansAndChineseLabelsAreAccepted() {
		Path file = organisationJson()
			.add("members", "id", "m4", "name", "陈静", "orgId", "B1", "status", "预备党员", "outstation", true, "mobile",
					"是")
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("党员大会", "THEME_DAY"), "date", "2025-03-20",
					"expected", 4, "present", 3.0)
			.write(this.dir.resolve("ledger.json"));
		Ledger ledger = read(file);
		assertThat(ledger.membersById().get("m4")).extracting(Member::status, Member::outstation, Member::mobile)
			.containsExactly(MemberStatus.PROBATIONARY, true, true);
		assertThat(ledger.activities()).extracting(Activity::types, Activity::expected, Activity::present)
			.containsExactly(tuple(List.of(ActivityType.MEMBER_ASSEMBLY, ActivityType.THEME_DAY), 4, 3));
	}

	@Test
	void unknownKeysAreIgnoredWithOneWarningPerTable() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20",
					"place", "三楼会议室")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-21",
					"place", "三楼会议室", "phone", "12345678")
			.add("meetingRooms", "id", "301")
			.write(this.dir.resolve("ledger.json"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().activities()).hasSize(2);
		assertThat(read.warnings()).containsExactly("ledger.json 表“activities”中的字段“place”“phone”未识别，已忽略",
				"ledger.json 中的“meetingRooms”不是台账表，已忽略");
	}

	@Test
	void aFileThatIsNoJsonIsAProblemWithItsPlace() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ledger.json"), "{\n  \"organizations\": [\n    {\"id\": }\n");
		assertThat(problems(file)).singleElement()
			.satisfies((p) -> assertThat(p.file()).isEqualTo("ledger.json"))
			.satisfies((p) -> assertThat(p.message()).startsWith("不是有效的 JSON第3行"));
	}

	@Test
	void theDocumentMustBeAnObjectOfArraysOfObjects() throws IOException {
		Path array = Files.writeString(this.dir.resolve("array.json"), "[]");
		assertThat(problems(array)).extracting(LedgerProblem::toString)
			.containsExactly("array.json：JSON 台账应为一个对象，其中每张表是一个数组，如 {\"organizations\": [...]}");
		Path tables = Files.writeString(this.dir.resolve("tables.json"),
				"{\"organizations\": [\"R\"], \"members\": {\"id\": \"m1\"}}");
		assertThat(problems(tables)).extracting(LedgerProblem::toString)
			.containsExactly("tables.json organizations[0]：应为对象", "tables.json members：应为数组");
	}

}
