package org.zicha.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Ledger;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.report.RectificationColumns.ALL;

/**
 * rectification.xlsx: written to a file and read back with POI.
 */
class RectificationWriterTests {

	private static final int STATUS = ALL.indexOf("整改状态");

	private static final int KEYS = ALL.indexOf("问题编号");

	@TempDir
	Path dir;

	@Test
	void headerIsRowOneWithTheColumnsInOrderBoldAndFilled() throws IOException {
		try (XSSFWorkbook book = write(report(twoBranches()))) {
			Row header = book.getSheet("整改台账").getRow(0);
			List<String> titles = new ArrayList<>();
			header.forEach((c) -> titles.add(c.getStringCellValue()));
			assertThat(titles).containsExactly("序号", "问题类别", "问题描述", "涉及组织", "依据", "严重程度", "整改目标", "整改措施", "责任领导",
					"责任人", "整改时限", "整改状态", "整改进展", "完成日期", "佐证材料", "销号时间", "备注", "变化", "问题编号");
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("整改台账");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		}
	}

	@Test
	void everyRowIsOneDutyAtOneOrganisationWithItsFieldsInReportOrder() throws IOException {
		Report report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
		try (XSSFWorkbook book = write(report)) {
			Sheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isEqualTo(report.rows().size());
			for (Report.Row row : report.rows()) {
				Row r = sheet.getRow(row.number());
				assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(row.number());
				assertThat(text(r, "问题类别")).isEqualTo(row.theme());
				assertThat(text(r, "问题描述")).isEqualTo(row.sentence());
				assertThat(text(r, "涉及组织")).isEqualTo(row.orgName()).doesNotContain("、");
				assertThat(text(r, "依据")).isEqualTo(row.source());
				assertThat(text(r, "严重程度")).isEqualTo(row.severity().shortLabel());
				assertThat(text(r, "整改措施")).isEqualTo(row.remedy());
				assertThat(text(r, "责任人")).isEqualTo(row.responsible());
				Cell deadline = r.getCell(ALL.indexOf("整改时限"));
				assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
				assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(row.deadline());
				assertThat(text(r, "整改状态")).isEqualTo("未整改");
				for (String typed : List.of("整改目标", "责任领导", "整改进展", "完成日期", "佐证材料", "销号时间", "备注", "变化")) {
					assertThat(r.getCell(ALL.indexOf(typed)).getCellType()).as(typed).isEqualTo(CellType.BLANK);
				}
				Cell done = r.getCell(ALL.indexOf("完成日期"));
				assertThat(DateUtil.isADateFormat(done.getCellStyle().getDataFormat(),
						done.getCellStyle().getDataFormatString()))
					.isTrue();
				assertThat(text(r, "问题编号").split("\n")).containsExactlyElementsOf(row.keys());
			}
		}
	}

	@Test
	void theSecretaryOrTheGroupLeaderLeadsAndMajorProblemsGetSixtyDaysMinorThirty() throws IOException {
		Report report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
		try (XSSFWorkbook book = write(report)) {
			Sheet sheet = book.getSheet("整改台账");
			List<String> deadlines = new ArrayList<>();
			List<String> responsible = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				deadlines.add(text(row, "严重程度") + " "
						+ row.getCell(ALL.indexOf("整改时限")).getLocalDateTimeCellValue().toLocalDate());
				responsible.add(text(row, "责任人"));
			}
			assertThat(deadlines).contains("重要 2026-03-01", "一般 2026-01-30")
				.allMatch((d) -> d.equals("重要 2026-03-01") || d.equals("一般 2026-01-30"));
			assertThat(responsible).contains("石志勇（公路建设养护党支部书记）", "夏文强（公路建设养护党支部养护工区党小组组长）");
		}
	}

	@Test
	void statusColumnHasADropDownOfTheFourStatesThatRefusesAnythingElse() throws IOException {
		Report report = report(twoBranches());
		Path file = writeFile(report);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			List<? extends DataValidation> validations = book.getSheet("整改台账").getDataValidations();
			assertThat(validations).hasSize(1);
			DataValidation status = validations.get(0);
			assertThat(status.getValidationConstraint().getValidationType())
				.isEqualTo(DataValidationConstraint.ValidationType.LIST);
			assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("未整改", "整改中", "已完成",
					"已销号");
			assertThat(status.getRegions().getCellRangeAddresses())
				.containsExactly(new CellRangeAddress(1, report.rows().size() + 1000, STATUS, STATUS));
			assertThat(status.getShowErrorBox()).isTrue();
			assertThat(status.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(status.getErrorBoxText()).contains("请从下拉列表中选择整改状态");
		}
		assertThat(sheetXml(file, "xl/worksheets/sheet1.xml")).contains("<dataValidation ")
			.doesNotContain("showDropDown=\"true\"")
			.doesNotContain("showDropDown=\"1\"");
	}

	@Test
	void headerRowIsFrozenAndTheFilterCoversHeaderAndData() throws IOException {
		Report report = report(twoBranches());
		try (XSSFWorkbook book = write(report)) {
			XSSFSheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S" + (report.rows().size() + 1));
		}
	}

	@Test
	void itPrintsOnLandscapeA4OnePageWideWithTheHeaderOnEveryPageAndTheKeysLeftOff() throws IOException {
		Report report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
		try (XSSFWorkbook book = write(report)) {
			XSSFSheet sheet = book.getSheet("整改台账");
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
			assertThat(book.getPrintArea(0)).isEqualTo("整改台账!$A$1:$R$" + (report.rows().size() + 1));
		}
	}

	@Test
	void dataCellsWrapAtTheTopAndRowsAreTallEnoughForTheirText() throws IOException {
		try (XSSFWorkbook book = write(Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report())) {
			Sheet sheet = book.getSheet("整改台账");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				for (Cell cell : sheet.getRow(r)) {
					assertThat(cell.getCellStyle().getWrapText()).isTrue();
					assertThat(cell.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
				}
			}
			assertThat(sheet.getColumnWidth(ALL.indexOf("问题描述"))).isGreaterThanOrEqualTo(30 * 256);
			assertThat(sheet.getColumnWidth(ALL.indexOf("整改措施"))).isGreaterThanOrEqualTo(24 * 256);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int keys = text(row, "问题编号").split("\n").length;
				assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(Math.min(409, 14 * keys));
			}
		}
	}

	@Test
	void organisationNamedLikeAFormulaIsQuotedTextNotAFormula() throws IOException {
		String name = "=HYPERLINK(\"http://x\",\"y\")";
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name(name);
		try (XSSFWorkbook book = write(report(l.build()))) {
			Sheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isPositive();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Cell cell = sheet.getRow(r).getCell(ALL.indexOf("涉及组织"));
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(name);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
				for (Cell c : sheet.getRow(r)) {
					boolean formulaLike = c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=");
					assertThat(c.getCellStyle().getQuotePrefixed()).isEqualTo(formulaLike);
				}
			}
			assertNoFormulas(book);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@" })
	void textBeginningLikeAFormulaIsQuotedTextInEveryColumnAndSheet(String start) throws IOException {
		String text = start + "1+1 \"=cmd|' /C calc'!A0\"";
		Finding finding = TestReports.finding(text, 1);
		Report report = TestReports.of(List.of(TestReports.row(1, text, List.of(finding))),
				List.of(new Exempted(finding, text, text)));
		try (XSSFWorkbook book = write(report)) {
			int quoted = 0;
			for (Sheet sheet : book) {
				for (Cell cell : sheet.getRow(1)) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(start)) {
						assertThat(cell.getStringCellValue()).startsWith(text);
						assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
						assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
						quoted++;
					}
				}
			}
			assertThat(quoted).isEqualTo(6 + 4);
			assertNoFormulas(book);
		}
	}

	@Test
	void exemptedFindingsAreListedOnASecondSheet() throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-15", THEME_DAY);
		l.exemption("THEME_DAY", "B1", null, "2025-02-01", "2025-02-28");
		Report report = Checks.report(l.build(), "2025-02-28");
		assertThat(report.exempted()).hasSize(1);
		try (XSSFWorkbook book = write(report)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			Sheet sheet = book.getSheet("经批准的例外");
			List<String> titles = new ArrayList<>();
			sheet.getRow(0).forEach((c) -> titles.add(c.getStringCellValue()));
			assertThat(titles).containsExactly("序号", "事项", "组织", "期间", "理由", "批准文号");
			Row row = sheet.getRow(1);
			Exempted exempted = report.exempted().get(0);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(exempted.finding().message());
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("B1");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("2025年2月");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("经批准的例外");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("测试〔2025〕1号");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
	}

	@Test
	void withoutRowsTheLedgerHasItsHeaderFilterAndDropDown() throws IOException {
		try (XSSFWorkbook book = write(TestReports.of(List.of(), List.of()))) {
			XSSFSheet sheet = book.getSheet("整改台账");
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			assertThat(sheet.getLastRowNum()).isZero();
			assertThat(sheet.getRow(0).getCell(STATUS).getStringCellValue()).isEqualTo("整改状态");
			assertThat(sheet.getDataValidations()).singleElement()
				.satisfies((v) -> assertThat(v.getRegions().getCellRangeAddresses())
					.containsExactly(new CellRangeAddress(1, 1000, STATUS, STATUS)));
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S1");
		}
	}

	@Test
	void twoThousandRowsAreStreamedToDiskAndAllWritten() throws IOException {
		List<Report.Row> rows = new ArrayList<>();
		for (int n = 1; n <= 2000; n++) {
			String org = "第" + n + "党支部";
			rows.add(TestReports.row(n, org, List.of(TestReports.finding(org, 1))));
		}
		Report report = TestReports.of(rows, List.of());
		SXSSFWorkbook streamed = new RectificationWriter(Checks.phrasing()).workbook(report);
		try {
			SXSSFSheet sheet = streamed.getSheet("整改台账");
			assertThat(sheet.getLastFlushedRowNum()).isGreaterThan(1900);
			assertThat((Object) sheet.getRow(1)).isNull();
			assertThat((Object) sheet.getRow(2000)).isNotNull();
		}
		finally {
			streamed.dispose();
			streamed.close();
		}
		try (XSSFWorkbook book = write(report)) {
			Sheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isEqualTo(2000);
			assertThat(text(sheet.getRow(2000), "涉及组织")).isEqualTo("第2000党支部");
			assertThat(text(sheet.getRow(2000), "整改状态")).isEqualTo("未整改");
		}
	}

	@Test
	void keysTooManyForACellAreCutAtALineAndCounted() throws IOException {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			findings.add(TestReports.finding("党支部" + i, 1 + i % 12));
		}
		Report.Row row = TestReports.row(1, "党支部", findings);
		try (XSSFWorkbook book = write(TestReports.of(List.of(row), List.of()))) {
			String keys = book.getSheet("整改台账").getRow(1).getCell(KEYS).getStringCellValue();
			assertThat(keys.length()).isLessThanOrEqualTo(32767);
			List<String> lines = List.of(keys.split("\n"));
			int listed = lines.size() - 1;
			assertThat(lines.subList(0, listed)).containsExactlyElementsOf(row.keys().subList(0, listed));
			assertThat(lines.get(listed)).isEqualTo("……另有" + (1500 - listed) + "项未列出");
		}
	}

	@Test
	void textLongerThanACellHoldsIsCutAndMarked() throws IOException {
		Report.Row row = TestReports.row(1, "党支部", List.of(TestReports.finding("党支部", 1)));
		row = new Report.Row(1, row.theme(), row.area(), row.duty(), row.title(), row.severity(), "党".repeat(40000),
				row.orgId(), row.orgName(), row.periods(), row.source(), row.remedy(), row.responsible(),
				row.deadline(), row.findings(), null, Report.Tracking.NONE);
		try (XSSFWorkbook book = write(TestReports.of(List.of(row), List.of()))) {
			String cell = book.getSheet("整改台账").getRow(1).getCell(2).getStringCellValue();
			assertThat(cell).hasSize(32767).endsWith("……（内容过长，已截断）");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { " =1+1", "\t=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)" })
	void blanksBeforeAFormulaCharacterAndFullWidthFormsAlsoCountAsFormulaLike(String text) {
		assertThat(SheetCells.looksLikeFormula(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "一般", "1+1", "A=B", "《条例》-第三条", "—" })
	void ordinaryTextIsNotFormulaLike(String text) {
		assertThat(SheetCells.looksLikeFormula(text)).isFalse();
	}

	private static Ledger twoBranches() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("一支部").secretary("zhang");
		l.member("zhang", "B1").name("张书记");
		l.branch("B2").name("二支部");
		l.monthly("B2", 2025, THEME_DAY);
		l.quarterly("B2", 2025, MEMBER_ASSEMBLY);
		return l.build();
	}

	private static Report report(Ledger ledger) {
		return Checks.report(ledger, TestReports.AS_OF.toString());
	}

	private static String text(Row row, String column) {
		return row.getCell(ALL.indexOf(column)).getStringCellValue();
	}

	private Path writeFile(Report report) throws IOException {
		Path file = Files.createTempFile(this.dir, "rectification", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new RectificationWriter(Checks.phrasing()).write(report, out);
		}
		return file;
	}

	private XSSFWorkbook write(Report report) throws IOException {
		try (InputStream in = Files.newInputStream(writeFile(report))) {
			return new XSSFWorkbook(in);
		}
	}

	private static String sheetXml(Path file, String entry) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertNoFormulas(XSSFWorkbook book) {
		for (Sheet sheet : book) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

}
