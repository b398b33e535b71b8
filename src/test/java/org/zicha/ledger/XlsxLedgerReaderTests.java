package org.zicha.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.LedgerFiles;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.testing.LedgerFiles.organisation;
import static org.zicha.testing.LedgerFiles.problems;
import static org.zicha.testing.LedgerFiles.read;
import static org.zicha.testing.LedgerFiles.readFully;

/**
 * {@link XlsxLedgerReader}: workbooks as party-affairs staff keep them — sheet names and
 * headers in Chinese, English or a synonym, a title above the header, every accepted way
 * of writing a value — and problems located by file, sheet, Excel row, header as written
 * and value.
 */
class XlsxLedgerReaderTests {

	private static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);

	@TempDir
	Path dir;

	@Test
	void aProblemNamesFileSheetExcelRowHeaderAsWrittenAndValue() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "会议类型", "会议日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A2", "B1", "党课", "2025-02-30")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第3行（活动编号 A2）“会议日期”列，值“2025-02-30”：不是日历上存在的日期");
	}

	@Test
	void aTitleRowAboveTheHeaderMovesTheRowsDown() {
		Path file = organisation().sheet("活动")
			.row("机关第一党支部活动台账（2025年）")
			.row()
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A2", "B1", "党课", "2025-13-01")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file))
			.extracting(LedgerProblem::sheet, LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple("活动", 5, "日期", "2025-13-01"));
	}

	@Test
	void aBlankRowKeepsTheExcelNumbersOfTheRowsBelow() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row()
			.row()
			.row("A2", "B1", "党课", "明天")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row).containsExactly(5);
	}

	@Test
	void theHeaderMayFollowTenRowsOfTitleAndNotes() {
		Workbooks workbook = organisation().sheet("活动");
		for (int i = 0; i < 10; i++) {
			workbook.row("说明第" + (i + 1) + "行");
		}
		Path file = workbook.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A2", "B1", "党课", "2025-03-32")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row).containsExactly(13);
	}

	@Test
	void anEleventhRowThatIsNoHeaderMeansTheSheetHasNone() {
		Workbooks workbook = organisation().sheet("活动");
		for (int i = 0; i < 11; i++) {
			workbook.row("说明第" + (i + 1) + "行");
		}
		Path file = workbook.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”：前10行中找不到标题行（应有“活动编号”等列标题）");
	}

	@Test
	void aMissingRequiredColumnIsOneProblemAtTheHeaderRow() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "主题")
			.row("A1", "B1", "学习")
			.row("A2", "B1", "学习")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第1行：缺少必填列“活动类型”", "台账.xlsx 工作表“活动”第1行：缺少必填列“日期”");
	}

	@Test
	void aMissingRequiredValueNamesTheHeaderAsWritten() {
		Path file = organisation().sheet("活动")
			.row("活动编号 *", "开展组织", "活动类型 *", "会议日期")
			.row("A1", "B1", "党课", null)
			.row(null, "B1", "党课", "2025-03-20")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第2行（活动编号 A1）“会议日期”列：必填项为空", "台账.xlsx 工作表“活动”第3行“活动编号 *”列：必填项为空");
	}

	@Test
	void aNumberThatIsNoWholeNumberIsAProblem() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "应到人数", "实到人数")
			.row("A1", "B1", "党课", "2025-03-20", "八人", 7.5)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第2行（活动编号 A1）“应到人数”列，值“八人”：不是数字",
					"台账.xlsx 工作表“活动”第2行（活动编号 A1）“实到人数”列，值“7.5”：应为整数");
	}

	@Test
	void aWordThatIsNoYesOrNoIsAProblem() {
		Path file = organisation().sheet("党员")
			.row("m4", "陈静", "B1", "正式党员")
			.sheet("组织")
			.row("B2", "机关第二党支部", "党支部", "R")
			.write(this.dir.resolve("台账.xlsx"));
		Path withFlags = Workbooks.workbook()
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别", "是否流动党员")
			.row("m5", "杨帆", "B2", "正式党员", "也许")
			.write(this.dir.resolve("流动党员.xlsx"));
		assertThat(problems(file, withFlags)).extracting(LedgerProblem::toString)
			.containsExactly("流动党员.xlsx 工作表“党员”第2行（党员编号 m5）“是否流动党员”列，值“也许”：应填写 是/否");
	}

	@Test
	void anUnknownLabelIsAProblemOfThatItem() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "主题党日、党员会", "2025-03-20")
			.write(this.dir.resolve("台账.xlsx"));
		List<LedgerProblem> problems = problems(file);
		assertThat(problems)
			.extracting(LedgerProblem::file, LedgerProblem::sheet, LedgerProblem::row, LedgerProblem::column,
					LedgerProblem::value)
			.containsExactly(tuple("台账.xlsx", "活动", 2, "活动类型", "党员会"));
		assertThat(problems.get(0).message()).startsWith("不是可用的取值，可填写：党员大会、支委会、党小组会、党课、主题党日");
	}

	@Test
	void anUnknownOrgKindIsAProblem() {
		Path file = organisation().sheet("组织").row("B2", "机关第二党支部", "支委", "R").write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple(5, "组织类型", "支委"));
	}

	@Test
	void englishSheetNamesAndHeadersAreAccepted() {
		Path file = Workbooks.workbook()
			.sheet("organizations")
			.row("id", "name", "kind", "parentId")
			.row("B1", "机关第一党支部", "BRANCH", null)
			.sheet("Members")
			.row("id", "name", "orgId", "status")
			.row("m1", "王建国", "B1", "full")
			.sheet("activities")
			.row("id", "orgId", "types", "date", "lecturer")
			.row("A1", "B1", "PARTY_LECTURE", "2025-03-20", "m1")
			.write(this.dir.resolve("ledger.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.members()).extracting(Member::status).containsExactly(MemberStatus.FULL);
		assertThat(ledger.activities()).extracting(Activity::types, Activity::lecturer)
			.containsExactly(tuple(List.of(ActivityType.PARTY_LECTURE), "m1"));
	}

	@Test
	void theCategoryOfAnOrganisationAndTheUrgentMarkOfAMeetingAreRead() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号", "组织类别")
			.row("R", "市交通运输局党组", "党组", null, null)
			.row("B1", "离退休干部党支部", "党支部", "R", " 离退休 ")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别")
			.row("m1", "王建国", "B1", "正式党员")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "紧急会议")
			.row("A1", "R", "党组会议", "2025-03-20", "是")
			.row("A2", "R", "党组会议", "2025-04-20", "否")
			.row("A3", "R", "党组会议", "2025-05-20", null)
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.organizations()).extracting(Organization::id, Organization::category)
			.containsExactly(tuple("R", null), tuple("B1", "离退休"));
		assertThat(ledger.activities()).extracting(Activity::id, Activity::urgent)
			.containsExactly(tuple("A1", true), tuple("A2", false), tuple("A3", false));
	}

	@Test
	void anUrgentMarkThatIsNotYesOrNoIsAProblem() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "紧急会议")
			.row("A1", "R", "党组会议", "2025-03-20", "紧急")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第2行（活动编号 A1）“紧急会议”列，值“紧急”：应填写 是/否");
	}

	@Test
	void synonymsOfSheetsHeadersAndLabelsAreAccepted() {
		Path file = Workbooks.workbook()
			.sheet("组织架构")
			.row("组织编号", "组织名称", "组织类型", "上级组织")
			.row("B1", "机关第一党支部", "支部", null)
			.sheet("党员花名册")
			.row("党员编号", "姓名", "所在党支部", "党员类型")
			.row("m1", "王建国", "B1", "正式")
			.sheet("组织生活")
			.row("活动编号", "开展组织", "会议类型", "会议日期", "授课人", "出席人员")
			.row("A1", "B1", "支部大会、党课", "2025-03-20", "王建国", "王建国")
			.write(this.dir.resolve("台账.xlsx"));
		Activity activity = read(file).activities().get(0);
		assertThat(activity.types()).containsExactly(ActivityType.MEMBER_ASSEMBLY, ActivityType.PARTY_LECTURE);
		assertThat(activity.lecturer()).isEqualTo("m1");
		assertThat(activity.lecturerName()).isEqualTo("王建国");
		assertThat(activity.attendees()).containsExactly("m1");
	}

	@Test
	void aUnitsOwnWordsAreReadOnceAddedToTheVocabulary() throws IOException {
		String yaml = Files.readString(Path.of("rules/vocabulary.yml"))
			.replace("recorder: [记录人]", "recorder: [记录人, 会议记录人]")
			.replace("THEME_DAY: [主题党日]", "THEME_DAY: [主题党日, 固定党日]");
		Vocabulary extended = Vocabulary.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
				"vocabulary.yml");
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "会议记录人")
			.row("A1", "B1", "固定党日", "2025-03-20", "张伟")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::value).containsExactly("固定党日");
		LedgerRead read = new LedgerReader(extended, (code) -> false,
				Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))
			.read(List.of(file), false);
		assertThat(read.ledger().activities()).extracting(Activity::types, Activity::recorder)
			.containsExactly(tuple(List.of(ActivityType.THEME_DAY), "m3"));
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void headersMayCarrySpacesAndATrailingStar() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号 *", " 组织名称* ", "组织 类型 ＊")
			.row("B1", "机关第一党支部", "党支部")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).organizations()).extracting(Organization::id, Organization::name, Organization::kind)
			.containsExactly(tuple("B1", "机关第一党支部", OrgKind.BRANCH));
	}

	@Test
	void columnOrderDoesNotMatter() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织类型", "组织名称", "组织编号")
			.row("党支部", "机关第一党支部", "B1")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).organizations()).extracting(Organization::id).containsExactly("B1");
	}

	@Test
	void datesInEveryAcceptedFormAndRealDateCells() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", "2025-03-20")
			.row("A2", "B1", "党课", "2025/3/20")
			.row("A3", "B1", "党课", "2025.3.20")
			.row("A4", "B1", "党课", "2025年3月20日")
			.row("A5", "B1", "党课", MARCH_20)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).activities()).extracting(Activity::date).containsOnly(MARCH_20).hasSize(5);
	}

	@Test
	void dateCellsInTheBuiltInFormatsOfAChineseExcel() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", Workbooks.dateCell(MARCH_20, 14))
			.row("A2", "B1", "党课", Workbooks.dateCell(MARCH_20, 31))
			.row("A3", "B1", "党课", Workbooks.dateCell(MARCH_20, 58))
			.sheet("党费")
			.row("党员", "所属月份", "交纳日期")
			.row("m1", Workbooks.dateCell(LocalDate.of(2025, 3, 1), 27), Workbooks.dateCell(MARCH_20, 31))
			.row("m2", Workbooks.dateCell(LocalDate.of(2025, 3, 1), 57), Workbooks.dateCell(MARCH_20, 31))
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.activities()).extracting(Activity::date).containsExactly(MARCH_20, MARCH_20, MARCH_20);
		assertThat(ledger.dues()).extracting(DuesPayment::months)
			.containsExactly(List.of(YearMonth.of(2025, 3)), List.of(YearMonth.of(2025, 3)));
	}

	@Test
	void monthsInEveryAcceptedFormAndADateCellMeaningItsMonth() {
		Path file = organisation().sheet("党费")
			.row("党员", "所属月份", "交纳日期", "金额")
			.row("m1", "2025-01", "2025-01-10", 50)
			.row("m2", "2025/1", "2025-01-10", 50)
			.row("m3", "2025年1月", "2025-01-10", 50)
			.row("王建国", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 10), 50)
			.row("李红梅", "2025-02、2025/3\n2025年4月", LocalDate.of(2025, 2, 10), "150.00")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).dues()).extracting(DuesPayment::memberId, DuesPayment::months)
			.containsExactly(tuple("m1", List.of(YearMonth.of(2025, 1))), tuple("m2", List.of(YearMonth.of(2025, 1))),
					tuple("m3", List.of(YearMonth.of(2025, 1))), tuple("m1", List.of(YearMonth.of(2025, 2))),
					tuple("m2", List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4))));
	}

	@Test
	void aMonthThatDoesNotExistIsAProblemOfThatItem() {
		Path file = organisation().sheet("党费")
			.row("党员", "所属月份", "交纳日期")
			.row("m1", "2025-12、2025-13", "2025-01-10")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactly(tuple(2, "所属月份", "2025-13"));
	}

	@Test
	void yesAndNoInEveryAcceptedForm() {
		Path file = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型")
			.row("B1", "机关第一党支部", "党支部")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别", "流动党员", "外驻站点", "领导干部")
			.row("m1", "甲", "B1", "正式党员", "是", "Y", "true")
			.row("m2", "乙", "B1", "正式党员", "否", "N", "false")
			.row("m3", "丙", "B1", "正式党员", "1", 1, true)
			.row("m4", "丁", "B1", "正式党员", "0", 0, false)
			.row("m5", "戊", "B1", "正式党员", null, "y", "TRUE")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).members()).extracting(Member::mobile, Member::outstation, Member::leaderCadre)
			.containsExactly(tuple(true, true, true), tuple(false, false, false), tuple(true, true, true),
					tuple(false, false, false), tuple(false, true, true));
	}

	@Test
	void listItemsAreSeparatedByEveryListedSeparator() {
		Path file = organisation().sheet("党员")
			.row("m4", "陈静", "B1", "正式党员")
			.row("m5", "杨帆", "B1", "正式党员")
			.row("m6", "赵磊", "B1", "正式党员")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "参会人员")
			.row("A1", "B1", "党员大会", "2025-03-20", "m1、m2，m3,m4;m5；m6")
			.row("A2", "B1", "党员大会", "2025-03-21", "王建国\n李红梅\r\n张伟")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(read(file).activities()).extracting(Activity::attendees)
			.containsExactly(List.of("m1", "m2", "m3", "m4", "m5", "m6"), List.of("m1", "m2", "m3"));
	}

	@Test
	void numbersFromNumericOrTextCells() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "应到人数", "实到人数")
			.row("A1", "B1", "党课", "2025-03-20", 8, "7")
			.sheet("党费")
			.row("党员", "所属月份", "交纳日期", "金额")
			.row("m1", "2025-01", "2025-01-10", 12.5)
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.activities()).extracting(Activity::expected, Activity::present).containsExactly(tuple(8, 7));
		assertThat(ledger.dues().get(0).amount()).isEqualByComparingTo(new BigDecimal("12.5"));
	}

	@Test
	void unknownColumnsAreIgnoredWithOneWarning() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "地点", "联系电话")
			.row("A1", "B1", "党课", "2025-03-20", "三楼会议室", "12345678")
			.row("A2", "B1", "党课", "2025-03-21", "三楼会议室", "12345678")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().activities()).hasSize(2);
		assertThat(read.warnings()).containsExactly("台账.xlsx 工作表“活动”中的列“地点”“联系电话”未识别，已忽略");
	}

	@Test
	void unknownSheetsAreIgnoredWithAWarning() {
		Path file = organisation().sheet("填表说明").row("本台账按年度填写").write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().organizations()).hasSize(3);
		assertThat(read.warnings()).containsExactly("台账.xlsx 工作表“填表说明”不是台账表，已忽略");
	}

	@Test
	void twoHeadersForOneColumnAreAProblem() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "主讲人", "授课人")
			.row("A1", "B1", "党课", "2025-03-20", "m1", "m2")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::toString)
			.containsExactly("台账.xlsx 工作表“活动”第1行“授课人”列：与“主讲人”是同一列，重复出现");
	}

	@Test
	void aFileThatIsNoWorkbookIsAProblemOfTheFile() throws IOException {
		Path file = Files.writeString(this.dir.resolve("台账.xlsx"), "这不是工作簿");
		assertThat(problems(file)).singleElement()
			.satisfies((p) -> assertThat(p.file()).isEqualTo("台账.xlsx"))
			.satisfies((p) -> assertThat(p.sheet()).isNull())
			.satisfies((p) -> assertThat(p.message()).isEqualTo("不是 Excel 工作簿（.xlsx 或 .xls），请确认文件类型"));
	}

	@Test
	void theConformanceWorkbookWithMixedChineseDateFormsReadsAsItsJsonTwin() {
		Ledger xlsx = read(LedgerFiles.CONFORMANCE_XLSX);
		Ledger json = read(LedgerFiles.CONFORMANCE_JSON);
		assertThat(xlsx.activities()).hasSize(77);
		assertThat(xlsx).isEqualTo(json);
	}

}
