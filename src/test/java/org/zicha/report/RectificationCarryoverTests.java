package org.zicha.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.finding.Finding;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.report.RectificationColumns.ALL;

/**
 * A rectification ledger filled in by a branch, read back into the next month's run:
 * nothing typed is lost, a row marked done whose duty is missed again for a later month
 * is 整改不到位 while one found again only for its past month stays done, the rows no longer
 * found are marked 已解决.
 */
class RectificationCarryoverTests {

	private static final String DONE_ON = "2025-07-05";

	@TempDir
	Path dir;

	@Test
	void aFilledInLedgerIsCarriedIntoTheNextMonthsRun() throws IOException {
		InspectionResult june = inspect(branch(false), "2025-06-30", null, null);
		Path juneLedger = write(june, "june.xlsx");
		fillIn(juneLedger);
		RectificationLedger filled = read(juneLedger);
		assertThat(filled.entries()).hasSize(3);
		InspectionResult july = inspect(branch(true), "2025-07-31", june.document().findings(), filled);
		Path julyLedger = write(july, "july.xlsx");
		try (XSSFWorkbook book = open(julyLedger)) {
			Sheet sheet = book.getSheet("整改台账");
			Map<String, Row> byDuty = new LinkedHashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				byDuty.put(firstKey(sheet.getRow(r)), sheet.getRow(r));
			}
			assertThat(byDuty).containsOnlyKeys("SHYK.COMMITTEE", "THEME_DAY", "");
			Row committee = byDuty.get("SHYK.COMMITTEE");
			// July's gap began before the row was marked done (5 July): no relapse, but
			// the
			// row holds an unrectified month, so its status is set back
			assertThat(text(committee, "变化")).isEqualTo("仍存在");
			assertThat(text(committee, "整改状态")).isEqualTo("整改中");
			assertThat(date(committee, "完成日期")).isEqualTo(DONE_ON);
			assertThat(text(committee, "整改进展")).isEqualTo("已于7月5日补开6月支委会");
			assertThat(text(committee, "佐证材料")).isEqualTo("会议记录扫描件");
			assertThat(text(committee, "备注")).isEqualTo("书记已签字");
			assertThat(text(committee, "问题编号").split("\n")).containsExactly("SHYK.COMMITTEE|B1||2025-06-01|2025-06-30",
					"SHYK.COMMITTEE|B1||2025-07-01|2025-07-31");
			Row themeDay = byDuty.get("THEME_DAY");
			assertThat(text(themeDay, "变化")).isEqualTo("已解决");
			assertThat(text(themeDay, "整改状态")).isEqualTo("整改中");
			assertThat(text(themeDay, "责任人")).isEqualTo("李四（代）");
			assertThat(text(themeDay, "整改目标")).isEqualTo("补录5月主题党日台账");
			assertThat(text(themeDay, "责任领导")).isEqualTo("王局长");
			assertThat(text(themeDay, "备注")).isEqualTo("已补录");
			assertThat(text(themeDay, "问题描述")).startsWith("第一党支部5月未开展主题党日");
			Row typed = byDuty.get("");
			assertThat(text(typed, "问题描述")).isEqualTo("自查发现：党员活动室制度未上墙");
			assertThat(text(typed, "整改状态")).isEqualTo("整改中");
			assertThat(typed.getCell(ALL.indexOf("变化")).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(committee.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(themeDay.getCell(0).getNumericCellValue()).isEqualTo(2);
			assertThat(typed.getCell(0).getNumericCellValue()).isEqualTo(3);
		}
		assertThat(july.document().resolved()).extracting(Finding::key)
			.containsExactly("THEME_DAY|B1||2025-05-01|2025-05-31");
	}

	@Test
	void aPastPeriodMarkedDoneStaysDoneTheNextMonth() throws IOException {
		InspectionResult june = inspect(branch(false, true), "2025-06-30", null, null);
		Path juneLedger = write(june, "june.xlsx");
		markCommitteeDone(juneLedger, null);
		InspectionResult july = inspect(branch(false, true), "2025-07-31", june.document().findings(),
				read(juneLedger));
		Report.Row committee = row(july.report(), "SHYK.COMMITTEE");
		assertThat(committee.keys()).containsExactly("SHYK.COMMITTEE|B1||2025-06-01|2025-06-30");
		assertThat(committee.change()).isEqualTo(Report.Change.RECTIFIED);
		assertThat(committee.tracking().get("整改状态")).isEqualTo("已完成");
		try (XSSFWorkbook book = open(write(july, "july.xlsx"))) {
			Row row = rowOf(book.getSheet("整改台账"), "SHYK.COMMITTEE");
			assertThat(text(row, "变化")).isEqualTo("已整改（历史问题）");
			assertThat(text(row, "整改状态")).isEqualTo("已完成");
		}
	}

	@Test
	void aDutyMissedAgainForTheFollowingMonthIsNotRectified() throws IOException {
		InspectionResult june = inspect(branch(false, false), "2025-06-30", null, null);
		Path juneLedger = write(june, "june.xlsx");
		markCommitteeDone(juneLedger, null);
		InspectionResult july = inspect(branch(false, false), "2025-07-31", june.document().findings(),
				read(juneLedger));
		Report.Row committee = row(july.report(), "SHYK.COMMITTEE");
		assertThat(committee.keys()).containsExactly("SHYK.COMMITTEE|B1||2025-06-01|2025-06-30",
				"SHYK.COMMITTEE|B1||2025-07-01|2025-07-31");
		assertThat(committee.change()).isEqualTo(Report.Change.RELAPSED);
		try (XSSFWorkbook book = open(write(july, "july.xlsx"))) {
			Row row = rowOf(book.getSheet("整改台账"), "SHYK.COMMITTEE");
			assertThat(text(row, "变化")).isEqualTo("整改不到位");
			assertThat(text(row, "整改状态")).isEqualTo("整改中");
		}
	}

	@Test
	void aDutyMissedForAMonthThatBeganBeforeTheDayItWasDoneIsNoRelapse() throws IOException {
		InspectionResult june = inspect(branch(false, false), "2025-06-30", null, null);
		Path juneLedger = write(june, "june.xlsx");
		markCommitteeDone(juneLedger, LocalDate.parse("2025-07-05"));
		InspectionResult july = inspect(branch(false, false), "2025-07-31", june.document().findings(),
				read(juneLedger));
		assertThat(row(july.report(), "SHYK.COMMITTEE").change()).isEqualTo(Report.Change.PERSISTING);
		markCommitteeDone(juneLedger, LocalDate.parse("2025-06-30"));
		InspectionResult julyAgain = inspect(branch(false, false), "2025-07-31", june.document().findings(),
				read(juneLedger));
		assertThat(row(julyAgain.report(), "SHYK.COMMITTEE").change()).isEqualTo(Report.Change.RELAPSED);
	}

	private static Report.Row row(Report report, String duty) {
		return report.rows().stream().filter((r) -> r.duty().equals(duty)).findFirst().orElseThrow();
	}

	/**
	 * The branch marks the committee row of a ledger 已完成, with a 完成日期 or without.
	 */
	private static void markCommitteeDone(Path file, LocalDate doneOn) throws IOException {
		try (XSSFWorkbook book = open(file)) {
			Row committee = rowOf(book.getSheet("整改台账"), "SHYK.COMMITTEE");
			set(committee, "整改状态", "已完成");
			if (doneOn != null) {
				setDate(book, committee, "完成日期", doneOn);
			}
			save(book, file);
		}
	}

	@Test
	void persistingRowsKeepWhatWasTyped() throws IOException {
		InspectionResult june = inspect(branch(false), "2025-06-30", null, null);
		Path juneLedger = write(june, "june.xlsx");
		try (XSSFWorkbook book = open(juneLedger)) {
			Row row = rowOf(book.getSheet("整改台账"), "THEME_DAY");
			set(row, "整改状态", "整改中");
			set(row, "备注", "正在补录");
			save(book, juneLedger);
		}
		InspectionResult july = inspect(branch(false), "2025-07-31", june.document().findings(), read(juneLedger));
		july.report()
			.rows()
			.forEach((r) -> System.out.println("ROW " + r.keys() + " " + r.change() + " " + r.tracking()));
		Report report = july.report();
		Report.Row themeDay = report.rows()
			.stream()
			.filter((r) -> r.duty().equals("THEME_DAY"))
			.findFirst()
			.orElseThrow();
		assertThat(themeDay.change()).isEqualTo(Report.Change.PERSISTING);
		assertThat(themeDay.tracking().get("整改状态")).isEqualTo("整改中");
		assertThat(themeDay.tracking().get("备注")).isEqualTo("正在补录");
		Report.Row committee = report.rows()
			.stream()
			.filter((r) -> r.duty().equals("SHYK.COMMITTEE"))
			.findFirst()
			.orElseThrow();
		assertThat(committee.change()).isEqualTo(Report.Change.PERSISTING);
		assertThat(committee.tracking().get("整改状态")).isEqualTo("未整改");
		assertThat(themeDay.deadline()).hasToString("2025-07-30");
		assertThat(committee.deadline()).hasToString("2025-07-30");
		assertThat(committee.tracking().get("责任人")).isEqualTo("m1（第一党支部书记）");
		assertThat(report.closedRows()).isEmpty();
	}

	@Test
	void withoutALedgerTheRowsAreComparedWithTheEarlierFindings() {
		InspectionResult june = inspect(branch(false), "2025-06-30", null, null);
		InspectionResult july = inspect(branch(true), "2025-07-31", june.document().findings(), null);
		Report report = july.report();
		assertThat(report.rows()).extracting(Report.Row::duty, Report.Row::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SHYK.COMMITTEE", Report.Change.PERSISTING));
		assertThat(report.closedRows()).extracting(Report.Row::duty, Report.Row::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("THEME_DAY", Report.Change.RESOLVED));
	}

	@Test
	void aWorkbookWithoutTheKeysColumnIsRefusedNamingTheFile() throws IOException {
		Path file = this.dir.resolve("其他表格.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
			save(book, file);
		}
		assertThatExceptionOfType(RectificationException.class).isThrownBy(() -> read(file))
			.withMessage("整改台账“其他表格.xlsx”的工作表“Sheet1”第1行找不到“问题编号”列，无法按问题编号接续上次的整改情况；请使用 zicha 写出的 rectification.xlsx");
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedNamingTheFile() throws IOException {
		Path file = this.dir.resolve("rectification.xlsx");
		Files.writeString(file, "not a workbook");
		assertThatExceptionOfType(RectificationException.class).isThrownBy(() -> read(file))
			.withMessage("整改台账“rectification.xlsx”不是有效的 xlsx 文件");
	}

	/**
	 * A branch under a general branch, with a committee that meets every month but June
	 * and July, a theme day every month but May (unless it was recorded since), and its
	 * assemblies.
	 */
	private static Ledger branch(boolean mayThemeDayRecorded) {
		return branch(mayThemeDayRecorded, false);
	}

	/**
	 * The branch, its committee meeting in July or not.
	 */
	private static Ledger branch(boolean mayThemeDayRecorded, boolean julyCommittee) {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("R", OrgKind.GENERAL_BRANCH).name("机关党总支");
		l.quarterly("R", 2025, STAFF_FORUM);
		l.branch("B1").name("第一党支部").parent("R").hasCommittee(true).secretary("m1").committee("m1", "m2", "m3");
		for (String m : List.of("m1", "m2", "m3", "m4")) {
			l.member(m, "B1");
		}
		for (int month = 1; month <= 7; month++) {
			if (month < 6 || (month == 7 && julyCommittee)) {
				l.activity("B1", "2025-%02d-05".formatted(month), BRANCH_COMMITTEE)
					.attendees("m1", "m2", "m3")
					.recorder("m2");
			}
			if (month != 5 || mayThemeDayRecorded) {
				l.activity("B1", "2025-%02d-15".formatted(month), THEME_DAY).attendees("m1", "m2", "m3", "m4");
			}
			l.dues("m1", "2025-%02d-02".formatted(month), "2025-%02d".formatted(month));
			l.dues("m2", "2025-%02d-02".formatted(month), "2025-%02d".formatted(month));
			l.dues("m3", "2025-%02d-02".formatted(month), "2025-%02d".formatted(month));
			l.dues("m4", "2025-%02d-02".formatted(month), "2025-%02d".formatted(month));
		}
		for (String day : List.of("2025-02-20", "2025-05-20")) {
			l.activity("B1", day, MEMBER_ASSEMBLY, PARTY_LECTURE)
				.attendees("m1", "m2", "m3", "m4")
				.lecturer("m1")
				.recorder("m2");
		}
		return l.build();
	}

	private static InspectionResult inspect(Ledger ledger, String asOf, List<Finding> baseline,
			RectificationLedger previous) {
		InspectionOptions options = InspectionOptions.defaults(LocalDate.parse(asOf)).comparedWith(baseline, previous);
		return Checks.inspect(new LedgerRead(ledger, List.of(), List.of(), List.of(), "test"), options);
	}

	/**
	 * What a branch types into the June ledger: the committee row rectified, the theme
	 * day row in hand, and a problem of its own on a row it adds.
	 */
	private static void fillIn(Path file) throws IOException {
		try (XSSFWorkbook book = open(file)) {
			Sheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row committee = rowOf(sheet, "SHYK.COMMITTEE");
			set(committee, "整改状态", "已完成");
			setDate(book, committee, "完成日期", LocalDate.parse(DONE_ON));
			set(committee, "整改进展", "已于7月5日补开6月支委会");
			set(committee, "佐证材料", "会议记录扫描件");
			set(committee, "备注", "书记已签字");
			Row themeDay = rowOf(sheet, "THEME_DAY");
			set(themeDay, "整改状态", "整改中");
			set(themeDay, "责任人", "李四（代）");
			set(themeDay, "整改目标", "补录5月主题党日台账");
			set(themeDay, "责任领导", "王局长");
			set(themeDay, "备注", "已补录");
			Row added = sheet.createRow(3);
			set(added, "问题描述", "自查发现：党员活动室制度未上墙");
			set(added, "整改状态", "整改中");
			save(book, file);
		}
	}

	private static Row rowOf(Sheet sheet, String duty) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (firstKey(sheet.getRow(r)).equals(duty)) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row of " + duty);
	}

	private static String firstKey(Row row) {
		Cell keys = row.getCell(ALL.indexOf("问题编号"));
		String text = (keys != null) ? keys.getStringCellValue() : "";
		return text.isEmpty() ? "" : text.substring(0, text.indexOf('|'));
	}

	/**
	 * Type a value into a cell as a spreadsheet program does: the cell's earlier value,
	 * an inline string, is replaced.
	 */
	private static void set(Row row, String column, String value) {
		Cell cell = row.getCell(ALL.indexOf(column));
		CellStyle style = (cell != null) ? cell.getCellStyle() : null;
		if (cell != null) {
			row.removeCell(cell);
		}
		Cell typed = row.createCell(ALL.indexOf(column));
		if (style != null) {
			typed.setCellStyle(style);
		}
		typed.setCellValue(value);
	}

	private static void setDate(XSSFWorkbook book, Row row, String column, LocalDate date) {
		Cell cell = row.getCell(ALL.indexOf(column));
		cell.setCellValue(date);
		CellStyle style = book.createCellStyle();
		style.cloneStyleFrom(cell.getCellStyle());
		style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
		cell.setCellStyle(style);
	}

	private static String text(Row row, String column) {
		return row.getCell(ALL.indexOf(column)).getStringCellValue();
	}

	private static String date(Row row, String column) {
		Cell cell = row.getCell(ALL.indexOf(column));
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate().toString();
	}

	private Path write(InspectionResult result, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			result.write(OutputFormat.XLSX, out);
		}
		return file;
	}

	private static RectificationLedger read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return RectificationReader.read(in, file.getFileName().toString());
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static void save(XSSFWorkbook book, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			book.write(out);
		}
	}

}
