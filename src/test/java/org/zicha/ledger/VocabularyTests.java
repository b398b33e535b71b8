package org.zicha.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.zicha.testing.LedgerFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link Vocabulary}: the sheet names, headers and labels of
 * {@code rules/vocabulary.yml}, with their synonyms and the English names.
 */
class VocabularyTests {

	private final Vocabulary vocabulary = LedgerFiles.vocabulary();

	@Test
	void sheetNamesAreTheChineseNameItsSynonymsOrTheEnglishKey() {
		assertThat(this.vocabulary.table("组织")).contains(Table.ORGANIZATIONS);
		assertThat(this.vocabulary.table("组织机构")).contains(Table.ORGANIZATIONS);
		assertThat(this.vocabulary.table("organizations")).contains(Table.ORGANIZATIONS);
		assertThat(this.vocabulary.table("Organizations")).contains(Table.ORGANIZATIONS);
		assertThat(this.vocabulary.table("党员花名册")).contains(Table.MEMBERS);
		assertThat(this.vocabulary.table("第一议题学习篇目")).contains(Table.DIRECTIVES);
		assertThat(this.vocabulary.table("说明")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "活动编号", "活动编号*", "活动编号 *", " 活动 编号 ", "活动编号\u3000＊", "id", "ID" })
	void headersIgnoreSpacesATrailingStarAndCase(String header) {
		assertThat(this.vocabulary.columnKey(Table.ACTIVITIES, header)).contains("id");
	}

	@Test
	void headerSynonymsMapToTheirColumn() {
		assertThat(this.vocabulary.columnKey(Table.ACTIVITIES, "授课人")).contains("lecturer");
		assertThat(this.vocabulary.columnKey(Table.ACTIVITIES, "会议类型")).contains("types");
		assertThat(this.vocabulary.columnKey(Table.MEMBERS, "所在党支部")).contains("orgId");
		assertThat(this.vocabulary.columnKey(Table.ORGANIZATIONS, "党小组组长")).contains("secretary");
		assertThat(this.vocabulary.columnKey(Table.ACTIVITIES, "联系电话")).isEmpty();
	}

	@Test
	void aHeaderBelongsToItsTable() {
		assertThat(this.vocabulary.columnKey(Table.TALKS, "日期")).contains("date");
		assertThat(this.vocabulary.columnKey(Table.APPLICANTS, "谈话日期")).contains("talked");
		assertThat(this.vocabulary.columnKey(Table.TALKS, "谈话日期")).contains("date");
		assertThat(this.vocabulary.columnKey(Table.ORGANIZATIONS, "主讲人")).isEmpty();
	}

	@Test
	void enumerationsAcceptTheLabelItsSynonymsAndTheCodeInAnyCase() {
		assertThat(this.vocabulary.value(ActivityType.class, "党员大会")).contains(ActivityType.MEMBER_ASSEMBLY);
		assertThat(this.vocabulary.value(ActivityType.class, "支部大会")).contains(ActivityType.MEMBER_ASSEMBLY);
		assertThat(this.vocabulary.value(ActivityType.class, "MEMBER_ASSEMBLY")).contains(ActivityType.MEMBER_ASSEMBLY);
		assertThat(this.vocabulary.value(ActivityType.class, "member_assembly")).contains(ActivityType.MEMBER_ASSEMBLY);
		assertThat(this.vocabulary.value(ActivityType.class, "党组会")).contains(ActivityType.COMMITTEE_MEETING);
		assertThat(this.vocabulary.value(OrgKind.class, "机关党委")).contains(OrgKind.COMMITTEE);
		assertThat(this.vocabulary.value(AgendaKind.class, "第一议题学习")).contains(AgendaKind.STUDY);
		assertThat(this.vocabulary.value(TalkKind.class, "廉政提醒谈话")).contains(TalkKind.INTEGRITY_REMINDER);
		assertThat(this.vocabulary.value(MemberStatus.class, "预备")).contains(MemberStatus.PROBATIONARY);
		assertThat(this.vocabulary.value(ActivityType.class, "党员会")).isEmpty();
	}

	@Test
	void theFirstNameListedIsTheStandardName() {
		assertThat(this.vocabulary.sheetName(Table.ACTIVITIES)).isEqualTo("活动");
		assertThat(this.vocabulary.header(Table.ACTIVITIES, "lecturer")).isEqualTo("主讲人");
		assertThat(this.vocabulary.label(ActivityType.MEMBER_ASSEMBLY)).isEqualTo("党员大会");
		assertThat(this.vocabulary.label(OrgKind.LEADING_GROUP)).isEqualTo("党组");
	}

	@ParameterizedTest
	@ValueSource(strings = { "是", "Y", "y", "true", "TRUE", "1" })
	void yesWords(String word) {
		assertThat(this.vocabulary.bool(word)).contains(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "否", "N", "n", "false", "False", "0" })
	void noWords(String word) {
		assertThat(this.vocabulary.bool(word)).contains(false);
	}

	@Test
	void otherWordsAreNoBoolean() {
		assertThat(this.vocabulary.bool("也许")).isEmpty();
		assertThat(this.vocabulary.bool("2")).isEmpty();
	}

	@Test
	void aUserCanAddASynonym() {
		Vocabulary extended = parse("""
				tables:
				  activities:
				    columns:
				      recorder: [记录人, 会议记录人]
				values:
				  ActivityType:
				    THEME_DAY: [主题党日, 固定党日]
				""");
		assertThat(extended.columnKey(Table.ACTIVITIES, "会议记录人")).contains("recorder");
		assertThat(extended.header(Table.ACTIVITIES, "recorder")).isEqualTo("记录人");
		assertThat(extended.value(ActivityType.class, "固定党日")).contains(ActivityType.THEME_DAY);
	}

	@Test
	void namesNotListedFallBackToTheEnglishKeys() {
		Vocabulary minimal = parse("tables: {}\n");
		assertThat(minimal.table("activities")).contains(Table.ACTIVITIES);
		assertThat(minimal.sheetName(Table.ACTIVITIES)).isEqualTo("activities");
		assertThat(minimal.header(Table.ACTIVITIES, "lecturer")).isEqualTo("lecturer");
		assertThat(minimal.label(ActivityType.THEME_DAY)).isEqualTo("THEME_DAY");
		assertThat(minimal.bool("true")).contains(true);
	}

	@Test
	void aNameForTwoColumnsOrTwoValuesIsRejectedWithEveryProblem() {
		VocabularyException ex = catchThrowableOfType(VocabularyException.class, () -> parse("""
				tables:
				  activities:
				    columns:
				      topic: [主题, 备注]
				      note: [备注]
				  talks:
				    columns:
				      place: [地点]
				  meetings:
				    sheet: [会议]
				values:
				  ActivityType:
				    THEME_DAY: [主题党日]
				    PARTY_LECTURE: [党课, 主题党日]
				    FLAG_RAISING: [升旗]
				"""));
		assertThat(ex.problems()).containsExactlyInAnyOrder("activities 表中列名“备注”同时对应 topic 和 note", "talks 表没有列“place”",
				"tables 下有未知的表“meetings”", "values.ActivityType：取值“主题党日”同时对应 PARTY_LECTURE 和 THEME_DAY",
				"values.ActivityType：没有代码“FLAG_RAISING”");
		assertThat(ex).hasMessageStartingWith("用语表“test.yml”有误：");
	}

	@Test
	void aNameListMustBeAList() {
		VocabularyException ex = catchThrowableOfType(VocabularyException.class,
				() -> parse("tables:\n  activities:\n    sheet: 活动\n"));
		assertThat(ex.problems()).containsExactly("tables.activities.sheet 应为列表，如 [党员大会, 支部大会]");
	}

	@Test
	void aFileThatIsNoYamlIsRejected() {
		VocabularyException ex = catchThrowableOfType(VocabularyException.class, () -> parse("tables: [活动\n  : :"));
		assertThat(ex.problems()).singleElement().asString().startsWith("不是有效的 YAML：");
	}

	private static Vocabulary parse(String yaml) {
		return Vocabulary.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
	}

}
