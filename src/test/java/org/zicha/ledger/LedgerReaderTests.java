package org.zicha.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.JsonLedgers;
import org.zicha.testing.LedgerFiles;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zicha.testing.JsonLedgers.object;
import static org.zicha.testing.LedgerFiles.lenient;
import static org.zicha.testing.LedgerFiles.organisation;
import static org.zicha.testing.LedgerFiles.organisationJson;
import static org.zicha.testing.LedgerFiles.problems;
import static org.zicha.testing.LedgerFiles.read;
import static org.zicha.testing.LedgerFiles.readFully;

/**
 * {@link LedgerReader} with {@link LedgerAssembler}, {@link RecordAssembler} and
 * {@link References}: every error class of ledger.md, member references, merging files
 * and folders, defaults, and --lenient.
 */
class LedgerReaderTests {

	private static final Object[] ACTIVITY_HEADER = { "活动编号", "组织编号", "活动类型", "日期", "主持人", "应到人数", "实到人数", "参会人员",
			"记录人" };

	@TempDir
	Path dir;

	// Errors

	@Test
	void anIdRepeatedWithDifferentContentIsAProblemOfTheLaterRow() {
		Path file = organisation().sheet("党员").row("m1", "王建国", "B1", "预备党员").write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“党员”第5行“党员编号”列，值“m1”：编号重复，且与台账.xlsx 工作表“党员”第2行的内容不同");
	}

	@Test
	void anIdRepeatedWithDifferentContentInAnotherFileNamesBothFiles() {
		organisation().write(this.dir.resolve("一支部.xlsx"));
		Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号")
			.row("R", "市交通运输局党组", "党组", null)
			.row("B1", "机关一支部", "党支部", "R")
			.write(this.dir.resolve("二支部.xlsx"));
		assertThat(problems(this.dir)).extracting(LedgerProblem::toString)
			.containsExactly("二支部.xlsx 工作表“组织”第3行“组织编号”列，值“B1”：编号重复，且与一支部.xlsx 工作表“组织”第3行的内容不同");
	}

	@Test
	void theIdenticalRecordTwiceIsKeptOnce() {
		Path file = organisation().sheet("党员")
			.row("m1", "王建国", "B1", "正式党员")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A1", "B1", "党课", "2025/3/20")
			.sheet("谈心谈话")
			.row("日期", "谈话人", "谈话对象")
			.row("2025-03-20", "m1", "m2")
			.row("2025-03-20", "m1", "m2")
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.members()).extracting(Member::id).containsExactly("m1", "m2", "m3");
		assertThat(ledger.activities()).extracting(Activity::id).containsExactly("A1");
		assertThat(ledger.talks()).hasSize(1);
	}

	@Test
	void theIdenticalRecordInTwoFilesIsKeptOnce() {
		Path first = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.write(this.dir.resolve("一季度.xlsx"));
		Path second = organisationJson()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20")
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-04-20")
			.write(this.dir.resolve("二季度.json"));
		Ledger ledger = read(first, second);
		assertThat(ledger.organizations()).extracting(Organization::id).containsExactly("R", "B1", "G1");
		assertThat(ledger.members()).extracting(Member::id).containsExactly("m1", "m2", "m3");
		assertThat(ledger.activities()).extracting(Activity::id).containsExactly("A1", "A2");
	}

	@Test
	void aReferenceToAnUnknownOrganisationIsAProblem() {
		Path file = organisation().sheet("组织")
			.row("B2", "机关第二党支部", "党支部", "R9")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B9", "党课", "2025-03-20")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“组织”第5行（组织编号 B2）“上级组织编号”列，值“R9”：找不到组织“R9”（组织表中没有这个组织编号）",
					"台账.xlsx 工作表“活动”第2行（活动编号 A1）“组织编号”列，值“B9”：找不到组织“B9”（组织表中没有这个组织编号）");
	}

	@Test
	void aReferenceToAnUnknownMemberIsAProblemOfThatItem() {
		Path file = organisation().sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B1", "党员大会", "2025-03-20", null, null, null, "m1、m9、李红梅")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第2行（活动编号 A1）“参会人员”列，值“m9”：找不到党员“m9”（党员表中没有这个编号或姓名）");
	}

	@Test
	void anAgendaItemOfAnUnknownActivityIsAProblem() {
		Path file = organisation().sheet("议题")
			.row("活动编号", "序号", "议题")
			.row("A9", 1, "传达学习重要讲话精神")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“议题”第2行“活动编号”列，值“A9”：找不到活动“A9”（活动表中没有这个活动编号）");
	}

	@Test
	void anAgendaItemStudyingAnUnknownDirectiveIsAProblem() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "R", "党组会议", "2025-03-20")
			.sheet("学习篇目")
			.row("编号", "篇目", "发表日期")
			.row("D1", "重要讲话", "2025-03-01")
			.sheet("议题")
			.row("活动编号", "序号", "议题", "议题类别", "学习内容编号")
			.row("A1", 1, "传达学习重要讲话精神", "第一议题学习", "D1、D2")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“议题”第2行（活动编号 A1）“学习内容编号”列，值“D2”：找不到学习篇目“D2”（学习篇目表中没有这个编号）");
	}

	@Test
	void aMemberOfAnOrganisationThatIsNoBranchIsAProblem() {
		Path file = organisation().sheet("党员")
			.row("m4", "陈静", "R", "正式党员")
			.row("m5", "杨帆", "G1", "正式党员")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file))
			.extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::value, LedgerProblem::message)
			.containsExactly(tuple(5, "所在支部", "R", "“R”不是党支部（组织类型为 LEADING_GROUP）"),
					tuple(6, "所在支部", "G1", "“G1”不是党支部（组织类型为 GROUP）"));
	}

	@Test
	void anApplicantOfAnOrganisationThatIsNoBranchIsAProblem() {
		Path file = organisation().sheet("发展党员")
			.row("编号", "姓名", "所在支部", "递交申请日期")
			.row("S1", "刘洋", "R", "2025-03-03")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file))
			.extracting(LedgerProblem::sheet, LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple("发展党员", 2, "所在支部", "R"));
	}

	@Test
	void aGroupUnderAnOrganisationThatIsNoBranchIsAProblem() {
		Path file = organisation().sheet("组织").row("G2", "党组第二党小组", "党小组", "R").write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“组织”第5行（组织编号 G2）“上级组织编号”列，值“R”：党小组的上级组织应为党支部，“R”不是党支部");
	}

	@Test
	void aCycleOfParentsIsAProblemOfEveryOrganisationInIt() {
		Path file = organisation().sheet("组织")
			.row("B2", "机关第二党支部", "党支部", "C1")
			.row("C1", "机关党委", "党委", "B3")
			.row("B3", "机关第三党支部", "党支部", "B2")
			.row("B4", "机关第四党支部", "党支部", "B4")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple(5, "上级组织编号", "上级组织关系形成循环：B2 → C1 → B3 → B2"),
					tuple(6, "上级组织编号", "上级组织关系形成循环：B2 → C1 → B3 → B2"),
					tuple(7, "上级组织编号", "上级组织关系形成循环：B2 → C1 → B3 → B2"), tuple(8, "上级组织编号", "上级组织关系形成循环：B4 → B4"));
	}

	@Test
	void moreMembersPresentThanExpectedIsAProblem() {
		Path file = organisation().sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B1", "党员大会", "2025-03-20", null, 3, 3, null)
			.row("A2", "B1", "党员大会", "2025-03-21", null, 3, 4, null)
			.row("A3", "B1", "党员大会", "2025-03-22", null, 2, null, "m1、m2、m3")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第3行（活动编号 A2）“实到人数”列，值“4”：实到人数（4）多于应到人数（3）",
					"台账.xlsx 工作表“活动”第4行（活动编号 A3）“参会人员”列，值“m1、m2、m3”：实到人数（3）多于应到人数（2）");
	}

	@Test
	void aDateAfterTodayIsAProblemAndTodayIsNot() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-06-30")
			.row("A2", "B1", "党课", LocalDate.of(2025, 7, 1))
			.write(this.dir.resolve("台账.xlsx"));
		Path members = Workbooks.workbook()
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别", "入党日期", "预备期满日期")
			.row("m4", "陈静", "B1", "预备党员", "2025年2月1日", "2026年2月1日")
			.row("m5", "杨帆", "B1", "预备党员", "2025年12月1日", null)
			.write(this.dir.resolve("党员.xlsx"));
		assertThat(problems(file, members)).extracting(LedgerProblem::toString)
			.containsExactlyInAnyOrder("台账.xlsx 工作表“活动”第3行（活动编号 A2）“日期”列，值“2025-07-01”：日期晚于今天（2025-06-30），不能是已发生的事项",
					"党员.xlsx 工作表“党员”第3行（党员编号 m5）“入党日期”列，值“2025年12月1日”：日期晚于今天（2025-06-30），不能是已发生的事项");
	}

	@Test
	void aNameSharedByTwoMembersIsAProblemWhereItIsUsed() {
		Path file = organisation().sheet("党员")
			.row("m4", "王建国", "B1", "正式党员")
			.sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B1", "党员大会", "2025-03-20", "m1", null, null, "m1、m4、李红梅", "李红梅")
			.row("A2", "B1", "党员大会", "2025-03-21", "王建国", null, null, null, "李红梅")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第3行（活动编号 A2）“主持人”列，值“王建国”：姓名“王建国”对应多名党员（m1、m4），请改填党员编号");
	}

	@Test
	void aNameOfNoMemberIsAProblem() {
		Path file = organisation().sheet("谈心谈话")
			.row("日期", "谈话人", "谈话对象")
			.row("2025-03-20", "王建国", "王小明")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“谈心谈话”第2行“谈话对象”列，值“王小明”：找不到党员“王小明”（党员表中没有这个编号或姓名）");
	}

	@Test
	void anExemptionOfAnUnknownDutyIsAProblem() {
		Path file = organisation().sheet("例外")
			.row("义务代码", "组织编号", "起始日期", "截止日期", "理由")
			.row("THEME_DAY", "B1", "2025-07-01", "2025-08-31", "高温天气")
			.row("SHYK.*", null, "2025-07-01", "2025-08-31", "防汛")
			.row("THEME_DAYS", "B1", "2025-07-01", "2025-08-31", "高温天气")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple(4, "义务代码", "THEME_DAYS"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		Path file = organisation().sheet("党员")
			.row("m4", "陈静", "B1", "积极分子")
			.sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B9", "党员大会", "2025-03-20")
			.row("A2", "B1", "党员大会", "2025-02-30")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::sheet, LedgerProblem::row, LedgerProblem::column)
			.containsExactly(tuple("党员", 5, "党员类别"), tuple("活动", 2, "组织编号"), tuple("活动", 3, "日期"));
	}

	@Test
	void aMemberOfAGroupOutsideTheirBranchIsAProblem() {
		Path file = organisation().sheet("组织").row("B2", "机关第二党支部", "党支部", "R").write(this.dir.resolve("台账.xlsx"));
		Path members = Workbooks.workbook()
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别", "所在党小组")
			.row("m4", "陈静", "B1", "正式党员", "G1")
			.row("m5", "杨帆", "B2", "正式党员", "G1")
			.row("m6", "赵磊", "B2", "正式党员", "G9")
			.write(this.dir.resolve("党员.xlsx"));
		assertThat(problems(file, members))
			.extracting(LedgerProblem::file, LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple("党员.xlsx", 3, "所在党小组", "G1"), tuple("党员.xlsx", 4, "所在党小组", "G9"));
	}

	@Test
	void aTermStartWithoutTheYearsOfTheTermIsAProblem() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "本届任期开始", "任期年限")
			.row("B1", "机关第一党支部", "党支部", "2024-01-15", 3)
			.row("B2", "机关第二党支部", "党支部", "2024-01-15", null)
			.row("B3", "机关第三党支部", "党支部", "2024-01-15", 0)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple(3, "任期年限", "填写了本届任期开始日期时，任期年限为必填"), tuple(4, "任期年限", "应在 1 至 10 之间"));
	}

	@Test
	void twoAgendaItemsOfOneMeetingWithTheSameNumberAreAProblemUnlessIdentical() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "R", "党组会议", "2025-03-20")
			.sheet("议题")
			.row("活动编号", "序号", "议题")
			.row("A1", 1, "传达学习重要讲话精神")
			.row("A1", 1, "传达学习重要讲话精神")
			.row("A1", 2, "研究干部事项")
			.row("A1", 2, "研究项目事项")
			.row("A1", 0, "其他")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple(6, "序号", "议题序号应从1开始"), tuple(5, "序号", "同一活动的议题序号重复，且与台账.xlsx 工作表“议题”第4行的内容不同"));
	}

	@Test
	void anExemptionEndingBeforeItStartsIsAProblem() {
		Path file = organisation().sheet("例外")
			.row("义务代码", "起始日期", "截止日期", "理由")
			.row("THEME_DAY", "2025-08-31", "2025-07-01", "高温天气")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“例外”第2行“截止日期”列，值“2025-07-01”：截止日期早于起始日期");
	}

	@Test
	void numericIdsMatchReferencesWrittenAsText() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号")
			.row(1, "市交通运输局党组", "党组", null)
			.row(11, "机关第一党支部", "党支部", "1")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别")
			.row(1001, "王建国", 11, "正式党员")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "参会人员")
			.row(1, "11", "党课", "2025-03-20", "1001")
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.organizations()).extracting(Organization::id, Organization::parentId)
			.containsExactly(tuple("1", null), tuple("11", "1"));
		assertThat(ledger.activities()).extracting(Activity::orgId, Activity::attendees)
			.containsExactly(tuple("11", List.of("1001")));
	}

	@Test
	void hasCommitteeOnAnOrganisationThatIsNoBranchIsIgnoredWithAWarning() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "是否设支委会")
			.row("R", "市交通运输局党组", "党组", "是")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.warnings()).singleElement().asString().contains("只对党支部有意义");
	}

	@Test
	void aLedgerWithoutOrganisationsIsRejected() {
		Path file = Workbooks.workbook()
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString).containsExactly("台账.xlsx：台账中没有组织（组织表为必填）");
	}

	// Member references

	@Test
	void membersAreReferencedByIdOrByAUniqueName() {
		Path first = organisation().write(this.dir.resolve("一支部.xlsx"));
		Path second = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号", "书记", "委员")
			.row("B2", "机关第二党支部", "党支部", "R", "陈静", "陈静、m5")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别")
			.row("m4", "陈静", "B2", "正式党员")
			.row("m5", "杨帆", "B2", "正式党员")
			.sheet("党费")
			.row("党员", "所属月份", "交纳日期")
			.row("杨帆", "2025-03", "2025-03-05")
			.sheet("谈心谈话")
			.row("日期", "谈话人", "谈话对象")
			.row("2025-03-20", "陈静", "m5")
			.write(this.dir.resolve("二支部.xlsx"));
		Ledger ledger = read(first, second);
		assertThat(ledger.organization("B2")).get()
			.extracting(Organization::secretary, Organization::committee)
			.containsExactly("m4", List.of("m4", "m5"));
		assertThat(ledger.dues()).extracting(DuesPayment::memberId).containsExactly("m5");
		assertThat(ledger.talks()).extracting(Talk::by, Talk::with).containsExactly(tuple("m4", "m5"));
	}

	@Test
	void aLecturerFromOutsideIsKeptAsWritten() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "主讲人")
			.row("A1", "B1", "党课", "2025-03-20", "市委党校刘教授")
			.row("A2", "B1", "党课", "2025-04-20", "张伟")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).activities()).extracting(Activity::lecturer, Activity::lecturerName)
			.containsExactly(tuple(null, "市委党校刘教授"), tuple("m3", "张伟"));
	}

	// Merging

	@Test
	void aLedgerSplitOverFilesIsMerged() {
		Path organisations = organisation().write(this.dir.resolve("组织.xlsx"));
		Path activities = JsonLedgers.json()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("THEME_DAY"), "date", "2025-03-20",
					"attendees", List.of("m1", "m2"))
			.write(this.dir.resolve("活动.json"));
		LedgerRead read = readFully(organisations, activities);
		assertThat(read.files()).containsExactly("组织.xlsx", "活动.json");
		assertThat(read.ledger().organizations()).hasSize(3);
		assertThat(read.ledger().activities()).extracting(Activity::orgId, Activity::attendees)
			.containsExactly(tuple("B1", List.of("m1", "m2")));
	}

	@Test
	void aFolderIsReadWithEveryLedgerFileInsideRecursively() throws IOException {
		organisation().write(this.dir.resolve("2025/组织.xlsx"));
		JsonLedgers.json()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("THEME_DAY"), "date", "2025-03-20")
			.write(this.dir.resolve("2025/一支部/三月.json"));
		Workbooks.workbook()
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A2", "B1", "主题党日", "2025-04-20")
			.write(this.dir.resolve("2025/一支部/四月.XLSX"));
		Files.writeString(this.dir.resolve("2025/说明.txt"), "不是台账");
		Files.writeString(this.dir.resolve("2025/一支部/~$四月.XLSX"), "Excel 的锁定文件");
		LedgerRead read = readFully(this.dir);
		assertThat(read.files()).containsExactlyInAnyOrder("2025/组织.xlsx", "2025/一支部/三月.json", "2025/一支部/四月.XLSX");
		assertThat(read.ledger().activities()).extracting(Activity::id).containsExactlyInAnyOrder("A1", "A2");
	}

	@Test
	void filesAndFoldersMayBeGivenTogether() {
		Path organisations = organisation().write(this.dir.resolve("组织.xlsx"));
		JsonLedgers.json()
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("THEME_DAY"), "date", "2025-03-20")
			.write(this.dir.resolve("活动/三月.json"));
		assertThat(read(organisations, this.dir.resolve("活动")).activities()).hasSize(1);
	}

	@Test
	void aFolderWithoutLedgerFilesAndAMissingPathAreProblems() throws IOException {
		Path empty = Files.createDirectories(this.dir.resolve("空"));
		assertThat(problems(empty)).extracting(LedgerProblem::message)
			.containsExactly("其中没有台账文件（*.xlsx、*.xls 或 *.json）");
		assertThat(problems(this.dir.resolve("没有.xlsx"))).extracting(LedgerProblem::message)
			.containsExactly("找不到这个文件或文件夹");
		Path text = Files.writeString(this.dir.resolve("台账.txt"), "");
		assertThat(problems(text)).extracting(LedgerProblem::message)
			.containsExactly("不是台账文件，只能读取 .xlsx、.xls 或 .json 文件");
	}

	@Test
	void aNamedPipeIsSkippedWithANoticeAndNeverOpened() throws Exception {
		Path folder = organisation().write(this.dir.resolve("台账/组织.xlsx")).getParent();
		Path pipe = folder.resolve("管道.json");
		assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
		LedgerRead read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readFully(folder));
		assertThat(read.files()).containsExactly("组织.xlsx");
		assertThat(read.warnings()).containsExactly(pipe + " 不是普通文件（如命名管道或设备），已跳过");
		List<LedgerProblem> named = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> problems(pipe));
		assertThat(named).extracting(LedgerProblem::message).containsExactly("其中没有台账文件（*.xlsx、*.xls 或 *.json）");
	}

	@Test
	void anUnreadableFolderOrFileIsAProblemThatSaysSo() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file whatever its permissions");
		Path folder = organisation().write(this.dir.resolve("台账/组织.xlsx")).getParent();
		Path locked = Files.createDirectories(folder.resolve("二支部"));
		JsonLedgers.json().add("activities", "id", "A1").write(locked.resolve("活动.json"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Path file = organisation().write(this.dir.resolve("锁定.xlsx"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		try {
			assertThat(problems(folder)).extracting(LedgerProblem::file, LedgerProblem::message)
				.containsExactly(tuple(locked.toString(), "无权限读取（请检查文件夹的访问权限）"));
			assertThat(problems(file)).extracting(LedgerProblem::message).containsExactly("无权限读取（请检查文件或文件夹的访问权限）");
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	// Values a rule relies on

	@Test
	void applicantStagesOutOfOrderAreAProblemOfTheLaterStage() {
		Path file = organisation().sheet("发展党员")
			.row("编号", "姓名", "所在支部", "递交申请日期", "确定积极分子日期", "确定发展对象日期", "接收预备党员日期", "转正日期")
			.row("S1", "陈静", "B1", "2023-03-03", "2024-06-01", "2024-01-01", null, null)
			.row("S2", "杨帆", "B1", "2023-03-03", null, null, "2023-01-01", null)
			.row("S3", "刘洋", "B1", "2022-03-03", "2022-06-01", "2023-06-01", "2023-09-01", "2024-09-01")
			.write(this.dir.resolve("台账.xlsx"));
		String rule = "发展党员各阶段（递交申请、确定积极分子、确定发展对象、接收预备党员、转正）的日期应依次在后";
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“发展党员”第2行（编号 S1）“确定发展对象日期”列，值“2024-01-01”：早于“确定积极分子日期”（2024-06-01），" + rule,
					"台账.xlsx 工作表“发展党员”第3行（编号 S2）“接收预备党员日期”列，值“2023-01-01”：早于“递交申请日期”（2023-03-03），" + rule);
		LedgerRead read = lenient(file);
		assertThat(read.ledger().applicants()).extracting(Applicant::id).containsExactly("S3");
		assertThat(read.invalidRows()).extracting(InvalidRow::id).containsExactly("台账.xlsx:发展党员:2", "台账.xlsx:发展党员:3");
	}

	@Test
	void anExtensionOfProbationMustEndAfterTheYearOfProbation() {
		Path file = organisation().sheet("发展党员")
			.row("编号", "姓名", "所在支部", "递交申请日期", "接收预备党员日期", "延长预备期至")
			.row("S1", "陈静", "B1", "2022-03-03", "2023-09-01", "2024-03-01")
			.row("S2", "杨帆", "B1", "2022-03-03", null, "2024-03-01")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::message)
			.containsExactly(tuple(2, "应在预备期满（接收预备党员日期后一年，2024-09-01）之后"), tuple(3, "填写了延长预备期，应同时填写接收预备党员日期"));
	}

	@Test
	void theTermOfOfficeIsOneToTenYears() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号", "本届任期开始", "任期年限")
			.row("R", "市交通运输局党组", "党组", null, null, null)
			.row("C1", "机关党委", "党委", "R", "2024-01-15", 10)
			.row("C2", "机关二党委", "党委", "R", "2024-01-15", 11)
			.row("C3", "机关三党委", "党委", "R", "2024-01-15", 2000000000)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::value, LedgerProblem::message)
			.containsExactly(tuple(4, "11", "应在 1 至 10 之间"), tuple(5, "2000000000", "应在 1 至 10 之间"));
	}

	@Test
	void datesBeforeThePartysFoundingOrAfterTheCenturyAreProblems() {
		Path file = organisation().sheet("党员花名册")
			.row("党员编号", "姓名", "所在支部", "党员类别", "入党日期")
			.row("m4", "陈静", "B1", "正式党员", "1900-07-01")
			.row("m5", "杨帆", "B1", "正式党员", "1921-07-01")
			.sheet("例外")
			.row("义务代码", "组织编号", "起始日期", "截止日期", "理由")
			.row("THEME_DAY", "B1", "2025-07-01", "9999-12-31", "长期")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::sheet, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple("党员花名册", "入党日期", "日期早于1921年7月1日（中国共产党成立），请核对"),
					tuple("例外", "截止日期", "日期晚于2099年12月31日，请核对"));
	}

	@Test
	void datesOfAMemberAndAnOrganisationOutOfOrderAreProblems() {
		Path file = organisation().sheet("党员花名册")
			.row("党员编号", "姓名", "所在支部", "党员类别", "入党日期", "转正日期", "预备期满日期", "转入日期", "转出日期")
			.row("m4", "陈静", "B1", "正式党员", "2020-07-01", "2019-07-01", null, null, null)
			.row("m5", "杨帆", "B1", "预备党员", "2024-07-01", null, "2024-06-01", null, null)
			.row("m6", "刘洋", "B1", "正式党员", null, null, null, "2024-03-01", "2024-01-01")
			.sheet("组织机构")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号", "成立日期", "撤销日期")
			.row("B2", "机关第二党支部", "党支部", "R", "2020-01-01", "2019-12-31")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple(2, "撤销日期", "早于“成立日期”（2020-01-01），撤销应在成立之后"),
					tuple(2, "转正日期", "早于“入党日期”（2020-07-01），转正应在入党之后"), tuple(3, "预备期满日期", "预备期满日期应在入党日期（2024-07-01）之后"),
					tuple(4, "转出日期", "早于“转入日期”（2024-03-01），转出应在转入之后"));
	}

	@Test
	void textsLongerThanAColumnAllowsAreProblemsShownByTheirBeginningAndLength() {
		String longName = "机关第一党支部".repeat(150_000);
		String topic = "学".repeat(2000);
		Path file = organisationJson()
			.add("organizations", "id", "B2", "name", longName, "kind", "BRANCH", "parentId", "R")
			.add("activities", "id", "A1", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-20",
					"topic", topic)
			.add("activities", "id", "A2", "orgId", "B1", "types", List.of("PARTY_LECTURE"), "date", "2025-03-21",
					"topic", topic + "习")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly(
					"ledger.json organizations[3]（组织编号 B2）.name，值“" + longName.substring(0, 50)
							+ "…（共 1050000 字）”：文字过长（共 1050000 字），不能超过 200 字",
					"ledger.json activities[1]（活动编号 A2）.topic，值“" + topic.substring(0, 50)
							+ "…（共 2001 字）”：文字过长（共 2001 字），不能超过 2000 字");
	}

	@Test
	void controlCharactersInAValueAreShownEscapedInTheMessage() {
		Path file = organisationJson()
			.add("activities", "id", "A\u001b[2J1", "orgId", "B\u001b]0;title\u00071", "types",
					List.of("PARTY_LECTURE"), "date", "2025-03-20")
			.write(this.dir.resolve("ledger.json"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly(
					"ledger.json activities[0]（活动编号 A\\x1B[2J1）.orgId，值“B\\x1B]0;title\\x071”：找不到组织“B\\x1B]0;title\\x071”（组织表中没有这个组织编号）");
	}

	// Defaults

	@Test
	void presentDefaultsToTheNumberOfAttendees() {
		Path file = organisation().sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B1", "党员大会", "2025-03-20", null, 3, null, "m1、m2")
			.row("A2", "B1", "党员大会", "2025-03-21", null, 3, 3, "m1、m2")
			.row("A3", "B1", "党员大会", "2025-03-22", null, 3, null, null)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).activities()).extracting(Activity::present).containsExactly(2, 3, null);
	}

	@Test
	void theKindOfAnAgendaItemDefaultsToOther() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "R", "党组会议", "2025-03-20")
			.sheet("议题")
			.row("活动编号", "序号", "议题", "议题类别")
			.row("A1", 2, "研究干部选拔任用事项", null)
			.row("A1", 1, "传达学习重要讲话精神", "第一议题")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).activities().get(0).agenda()).extracting(AgendaItem::order, AgendaItem::kind)
			.containsExactly(tuple(1, AgendaKind.STUDY), tuple(2, AgendaKind.OTHER));
	}

	@Test
	void theKindOfATalkDefaultsToHeartToHeart() {
		Path file = organisation().sheet("谈心谈话")
			.row("日期", "谈话人", "谈话对象", "类型")
			.row("2025-03-20", "m1", "m2", null)
			.row("2025-03-21", "m1", "m3", "廉政提醒谈话")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).talks()).extracting(Talk::kind)
			.containsExactly(TalkKind.HEART_TO_HEART, TalkKind.INTEGRITY_REMINDER);
	}

	@Test
	void aRootLeadingGroupOrCommitteeHasACentralGroupUnlessStatedOtherwise() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号", "设理论学习中心组")
			.row("R", "市交通运输局党组", "党组", null, null)
			.row("C", "局机关党委", "机关党委", "R", null)
			.row("B1", "机关第一党支部", "党支部", "C", null)
			.row("K", "市国资公司党委", "党委", null, null)
			.row("K2", "市水务公司党委", "党委", null, "否")
			.row("B2", "独立党支部", "党支部", null, null)
			.row("C2", "局属单位党委", "党委", "R", "是")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).organizations()).extracting(Organization::id, Organization::hasCentralGroup)
			.containsExactly(tuple("R", true), tuple("C", false), tuple("B1", false), tuple("K", true),
					tuple("K2", false), tuple("B2", false), tuple("C2", true));
	}

	@Test
	void probationEndsDefaultsToOneYearAfterAdmission() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型")
			.row("B1", "机关第一党支部", "党支部")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别", "入党日期", "预备期满日期")
			.row("m4", "陈静", "B1", "预备党员", "2024-09-01", null)
			.row("m5", "杨帆", "B1", "预备党员", "2024-09-01", "2025-09-01")
			.row("m6", "赵磊", "B1", "预备党员", "2024-09-01", "2026-03-01")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).members()).extracting(Member::probationEnd, Member::probationExtendedUntil)
			.containsExactly(tuple(LocalDate.of(2025, 9, 1), null), tuple(LocalDate.of(2025, 9, 1), null),
					tuple(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
	}

	// --lenient

	@Test
	void leniencySkipsEachBadRowWithEveryProblemOfItAndKeepsTheGoodRows() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A2", "B9", "党课", "2025-02-30")
			.row("A3", "B1", "主题党日", "2025-03-25")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = lenient(file);
		assertThat(read.ledger().activities()).extracting(Activity::id).containsExactly("A1", "A3");
		assertThat(read.invalidRows()).containsExactly(new InvalidRow("台账.xlsx:活动:3", "台账.xlsx 工作表“活动”第3行（活动编号 A2）",
				List.of("“组织编号”列，值“B9”：找不到组织“B9”（组织表中没有这个组织编号）", "“日期”列，值“2025-02-30”：不是日历上存在的日期")));
		assertThat(problems(file)).hasSize(2);
	}

	@Test
	void leniencySkipsTheRowsThatReferToASkippedRow() {
		Path file = organisation().sheet("党员")
			.row("m4", "陈静", "B1", "积极分子")
			.sheet("活动")
			.row(ACTIVITY_HEADER)
			.row("A1", "B1", "党员大会", "2025-03-20", null, null, null, "m1、m4")
			.row("A2", "B1", "党员大会", "2025-03-21", null, null, null, "m1、m2")
			.sheet("议题")
			.row("活动编号", "序号", "议题")
			.row("A1", 1, "学习")
			.row("A2", 1, "学习")
			.sheet("谈心谈话")
			.row("日期", "谈话人", "谈话对象")
			.row("2025-03-20", "m1", "陈静")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = lenient(file);
		assertThat(read.ledger().members()).extracting(Member::id).containsExactly("m1", "m2", "m3");
		assertThat(read.ledger().activities()).extracting(Activity::id).containsExactly("A2");
		assertThat(read.ledger().activities().get(0).agenda()).hasSize(1);
		assertThat(read.ledger().talks()).isEmpty();
		assertThat(read.invalidRows()).extracting(InvalidRow::id)
			.containsExactlyInAnyOrder("台账.xlsx:党员:5", "台账.xlsx:活动:2", "台账.xlsx:议题:2", "台账.xlsx:谈心谈话:2");
		assertThat(read.invalidRows()).filteredOn((r) -> r.id().equals("台账.xlsx:活动:2"))
			.singleElement()
			.extracting(InvalidRow::problems)
			.isEqualTo(List.of("“参会人员”列，值“m4”：引用的党员“m4”所在行有误"));
		// without --lenient only the cause is reported, not its consequences
		assertThat(problems(file)).extracting(LedgerProblem::sheet, LedgerProblem::row).containsExactly(tuple("党员", 5));
	}

	@Test
	void leniencySkipsTheMembersOfASkippedOrganisation() {
		Path file = organisation().sheet("组织")
			.row("B2", "机关第二党支部", "支委", "R")
			.sheet("党员")
			.row("m4", "陈静", "B2", "正式党员")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = lenient(file);
		assertThat(read.ledger().organizations()).extracting(Organization::id).containsExactly("R", "B1", "G1");
		assertThat(read.ledger().members()).extracting(Member::id).containsExactly("m1", "m2", "m3");
		assertThat(read.invalidRows()).extracting(InvalidRow::id).containsExactly("台账.xlsx:组织:5", "台账.xlsx:党员:5");
		assertThat(read.invalidRows().get(1).problems()).containsExactly("“所在支部”列，值“B2”：引用的组织“B2”所在行有误");
		// without --lenient only the cause is reported, not its consequences
		assertThat(problems(file)).extracting(LedgerProblem::sheet, LedgerProblem::row).containsExactly(tuple("组织", 5));
	}

	@Test
	void leniencyDoesNotSkipAMissingRequiredColumnOrAnUnreadableFile() throws IOException {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型")
			.row("A1", "B1", "党课")
			.write(this.dir.resolve("台账.xlsx"));
		Path broken = Files.writeString(this.dir.resolve("broken.json"), "{");
		LedgerException ex = catchThrowableOfType(LedgerException.class,
				() -> LedgerFiles.reader().read(List.of(file, broken), true));
		assertThat(ex.problems()).extracting(LedgerProblem::file, LedgerProblem::row)
			.containsExactly(tuple("台账.xlsx", 1), tuple("broken.json", -1));
	}

	@Test
	void leniencyLocatesJsonRowsByIndex() {
		Path file = organisationJson()
			.add("activities", "id", "A1", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-03-20",
					"agenda", List.of(object("order", 1, "title", "学习", "studies", List.of("D9"))))
			.write(this.dir.resolve("ledger.json"));
		LedgerRead read = lenient(file);
		assertThat(read.ledger().activities().get(0).agenda()).isEmpty();
		assertThat(read.invalidRows()).containsExactly(new InvalidRow("ledger.json:activities[0].agenda:0",
				"ledger.json activities[0].agenda[0]（活动编号 A1）", List.of("studies，值“D9”：找不到学习篇目“D9”（学习篇目表中没有这个编号）")));
	}

}
