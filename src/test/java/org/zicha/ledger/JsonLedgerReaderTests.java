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
	void theShortNameAddresseeJointOrganisationsAndReviewYearAreRead() {
		Path file = JsonLedgers.json()
			.add("organizations", "id", "R", "name", "中共某市交通运输局党组", "kind", "LEADING_GROUP", "shortName", "局党组",
					"addressee", "市委组织部")
			.add("organizations", "id", "B1", "name", "机关第一党支部", "kind", "BRANCH", "parentId", "R")
			.add("organizations", "id", "B2", "name", "机关第二党支部", "kind", "BRANCH", "parentId", "R")
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("THEME_DAY"), "date", "2025-03-20",
					"jointOrgs", List.of("B2"))
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("ORG_LIFE_MEETING"), "date", "2025-01-20",
					"reviewYear", 2024)
			.write(this.dir.resolve("ledger.json"));
		Ledger ledger = read(file);
		assertThat(ledger.organizations()).extracting(Organization::shortName, Organization::addressee)
			.containsExactly(tuple("局党组", "市委组织部"), tuple(null, null), tuple(null, null));
		assertThat(ledger.activities()).extracting(Activity::jointOrgs, Activity::reviewYear)
			.containsExactly(tuple(List.of("B2"), null), tuple(List.of(), 2024));
	}

	@Test
	void aJointOrganisationMustBeInTheLedger() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("THEME_DAY"), "date", "2025-03-20",
					"jointOrgs", List.of("B9"))
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString).singleElement().asString().contains("B9");
	}

	@Test
	void aProblemIsLocatedByTableIndexAndKey() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-02-30")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json activities[1]（活动编号 A2）.date，值“2025-02-30”：不是日历上存在的日期");
	}

	@Test
	void jsonAcceptsOnlyIsoDates() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025/3/20")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025年3月20日")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json activities[0]（活动编号 A1）.date，值“2025/3/20”：不是有效的日期，应写作 2025-03-20",
					"ledger.json activities[1]（活动编号 A2）.date，值“2025年3月20日”：不是有效的日期，应写作 2025-03-20");
	}

	@Test
	void aProblemOfAnAgendaItemIsLocatedInsideItsActivity() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-03-20",
					"agenda",
					List.of(object("order", 1, "title", "学习"), object("order", 2, "title", "研究", "kind", "议事")))
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::location, LedgerProblem::value)
			.containsExactly(tuple("ledger.json activities[0].agenda[1]（活动编号 A1）.kind", "议事"));
	}

	@Test
	void aMissingKeyIsAMissingValue() {
		Path file = organisationJson().add("members", "id", "m4", "name", "陈静", "orgId", "B1")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json members[3]（党员编号 m4）.status：必填项为空");
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
			.satisfies((p) -> assertThat(p.message()).isEqualTo("不是有效的 JSON：第3行处格式有误（如缺少逗号、引号或括号）"));
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

	@Test
	void aTableWrittenTwiceIsAnErrorNamingItsKeyAndLine() throws IOException {
		Path file = Files.writeString(this.dir.resolve("合并.json"), """
				{
				  "organizations": [{"id": "B1", "name": "机关第一党支部", "kind": "BRANCH"}],
				  "activities": [{"id": "A1", "orgId": "B1", "types": ["PARTY_LECTURE"], "date": "2025-03-20"}],
				  "activities": [{"id": "A2", "orgId": "B1", "types": ["PARTY_LECTURE"], "date": "2025-04-20"}]
				}
				""");
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("合并.json：表“activities”在第4行再次出现（“activities”（第3行）已有这张表）；同一张表只能写一次，否则前一个数组会被覆盖，请把两个数组合并为一个");
	}

	@Test
	void aFieldWrittenTwiceInARecordIsAnErrorNamingItsKeyAndLine() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ledger.json"), """
				{
				  "organizations": [{"id": "B1", "name": "机关第一党支部", "kind": "BRANCH"}],
				  "activities": [
				    {"id": "A1", "orgId": "B1", "types": ["PARTY_LECTURE"], "date": "2025-03-20",
				     "date": "2025-04-20"},
				    {"id": "A2", "活动编号": "A3", "orgId": "B1", "types": ["PARTY_LECTURE"], "date": "2025-03-20"}
				  ]
				}
				""");
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json activities[0].date：字段“date”在第5行再次出现（第4行已有同一字段）；同一字段只能写一次",
					"ledger.json activities[1].活动编号：字段“活动编号”在第6行再次出现（第6行已有同一字段）；同一字段只能写一次");
	}

	@Test
	void numbersNoColumnCanHoldAreErrorsOfTheirField() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ledger.json"), """
				{
				  "organizations": [{"id": "B1", "name": "机关第一党支部", "kind": "BRANCH",
				                     "termStart": "2024-01-15", "termYears": 2000000000}],
				  "members": [{"id": "m1", "name": "王建国", "orgId": "B1", "status": "FULL"}],
				  "activities": [{"id": "A1", "orgId": "B1", "types": ["MEMBER_ASSEMBLY"], "date": "2025-03-20",
				                  "expected": 1e400, "present": 123456789012345678901234567890}],
				  "dues": [{"memberId": "m1", "months": ["2025-01"], "paidOn": "2025-01-10", "amount": 1e-2147483649}]
				}
				""");
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("ledger.json organizations[0]（组织编号 B1）.termYears，值“2000000000”：应在 1 至 10 之间",
					"ledger.json activities[0]（活动编号 A1）.expected，值“1e400”：数值超出范围",
					"ledger.json activities[0]（活动编号 A1）.present，值“123456789012345678901234567890”：数值超出范围",
					"ledger.json dues[0]（党员 m1）.amount，值“1e-2147483649”：数值超出范围");
	}

	@Test
	void aNumberWithAnExponentIsReadAsTheNumberItMeans() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("MEMBER_ASSEMBLY"), "date", "2025-03-20",
					"expected", 1.2e1)
			.write(this.dir.resolve("ledger.json"));
		assertThat(read(file).activities()).extracting(Activity::expected).containsExactly(12);
	}

	@Test
	void theAgendaMayComeBeforeTheIdOfItsActivity() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ledger.json"), """
				{
				  "organizations": [{"id": "R", "name": "党组", "kind": "LEADING_GROUP"}],
				  "activities": [{"agenda": [{"order": 1, "title": "学习", "kind": "STUDY"}],
				                  "id": "A1", "orgId": "R", "types": ["COMMITTEE_MEETING"], "date": "2025-03-20"}]
				}
				""");
		assertThat(read(file).activities().get(0).agenda()).extracting(AgendaItem::title).containsExactly("学习");
	}

	@Test
	void aDocumentCutShortSaysSo() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ledger.json"),
				"{\n  \"organizations\": [\n    {\"id\": \"B1\", \"name\": \"机关");
		assertThat(problems(file)).extracting(LedgerProblem::message).containsExactly("JSON 文件不完整，在第3行意外结束（文件可能被截断）");
	}

	@Test
	void aDocumentNotInUtf8SaysHowToSaveIt() throws IOException {
		Path file = Files.write(this.dir.resolve("ledger.json"),
				"{\"organizations\": [{\"id\": \"B1\", \"name\": \"机关第一党支部\", \"kind\": \"BRANCH\"}]}"
					.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(problems(file)).extracting(LedgerProblem::message)
			.singleElement()
			.satisfies((m) -> assertThat(m).startsWith("不是 UTF-8 编码的 JSON 文件").endsWith("请以 UTF-8 编码另存后再读取"));
	}

	@Test
	void anEmptyDocumentADeepNestingAndTextAfterTheObjectAreErrorsOfTheFile() throws IOException {
		Files.writeString(this.dir.resolve("a.json"), "");
		Files.writeString(this.dir.resolve("b.json"),
				"{\"organizations\": [{\"note\": " + "[".repeat(100) + "]".repeat(100) + "}]}");
		Files.writeString(this.dir.resolve("c.json"),
				"{\"organizations\": [{\"id\": \"B1\", \"name\": \"支部\", \"kind\": \"BRANCH\"}]}\n{}");
		assertThat(problems(this.dir)).extracting(LedgerProblem::file, LedgerProblem::message)
			.containsExactly(tuple("a.json", "文件为空"), tuple("b.json", "不是可以读取的 JSON 台账：第1行处数字、文字或嵌套层数超出限度"),
					tuple("c.json", "第2行：台账对象结束后还有多余的内容"));
	}

}
