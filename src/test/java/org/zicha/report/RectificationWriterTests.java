package org.zicha.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
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
import org.zicha.finding.Severity;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.THEME_DAY;

/**
 * rectification.xlsx: written to a file and read back with POI.
 */
class RectificationWriterTests {

	private static final LocalDate AS_OF = LocalDate.parse("2025-12-31");

	@TempDir
	Path dir;

	@Test
	void headerIsRowOneWithTheColumnsInOrderBoldAndFilled() throws IOException {
		try (XSSFWorkbook book = write(report(twoBranches()))) {
			Row header = book.getSheet("整改台账").getRow(0);
			List<String> titles = new ArrayList<>();
			header.forEach((c) -> titles.add(c.getStringCellValue()));
			assertThat(titles).containsExactly("序号", "问题类别", "问题描述", "涉及组织", "依据", "严重程度", "整改措施", "责任人", "整改时限",
					"整改状态", "完成日期", "备注", "问题编号");
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("整改台账");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		}
	}

	@Test
	void everyIssueIsOneRowWithItsFieldsInReportOrder() throws IOException {
		Report report = report(twoBranches());
		assertThat(report.issues()).hasSizeGreaterThan(2);
		try (XSSFWorkbook book = write(report)) {
			Sheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isEqualTo(report.issues().size());
			for (Report.Issue issue : report.issues()) {
				Row row = sheet.getRow(issue.number());
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(issue.number());
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(issue.area());
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(issue.sentence());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(String.join("、", issue.organisations()));
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(issue.source());
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo(issue.severity().shortLabel());
				assertThat(row.getCell(6).getStringCellValue()).isEqualTo(issue.remedy());
				assertThat(row.getCell(7).getStringCellValue()).isEqualTo(issue.responsible());
				assertThat(DateUtil.isCellDateFormatted(row.getCell(8))).isTrue();
				assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(issue.deadline());
				assertThat(row.getCell(9).getStringCellValue()).isEqualTo("未整改");
				assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
				assertThat(DateUtil.isADateFormat(row.getCell(10).getCellStyle().getDataFormat(),
						row.getCell(10).getCellStyle().getDataFormatString()))
					.isTrue();
				assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
				assertThat(row.getCell(12).getStringCellValue().split("\n")).containsExactlyElementsOf(issue.keys());
			}
		}
	}

	@Test
	void secretaryLeadsTheRectificationAndMajorProblemsGetSixtyDaysMinorThirty() throws IOException {
		Report report = report(twoBranches());
		try (XSSFWorkbook book = write(report)) {
			Sheet sheet = book.getSheet("整改台账");
			List<String> deadlines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				deadlines.add(row.getCell(5).getStringCellValue() + " "
						+ row.getCell(8).getLocalDateTimeCellValue().toLocalDate());
			}
			assertThat(deadlines).contains("重要 2026-03-01", "一般 2026-01-30")
				.allMatch((d) -> d.equals("重要 2026-03-01") || d.equals("一般 2026-01-30"));
			List<String> responsible = new ArrayList<>();
			sheet.forEach((row) -> responsible.add(row.getCell(7).getStringCellValue()));
			assertThat(responsible).anyMatch((r) -> r.contains("张书记（一支部书记）")).anyMatch((r) -> r.contains("二支部书记"));
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
				.containsExactly(new CellRangeAddress(1, report.issues().size() + 1000, 9, 9));
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
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A1:M" + (report.issues().size() + 1));
		}
	}

	@Test
	void dataCellsWrapAtTheTopInWideColumnsAndRowsTallEnoughForTheirText() throws IOException {
		try (XSSFWorkbook book = write(report(twoBranches()))) {
			Sheet sheet = book.getSheet("整改台账");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				for (Cell cell : sheet.getRow(r)) {
					assertThat(cell.getCellStyle().getWrapText()).isTrue();
					assertThat(cell.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
				}
			}
			assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(50 * 256);
			assertThat(sheet.getColumnWidth(6)).isGreaterThanOrEqualTo(45 * 256);
			for (int c : new int[] { 3, 4, 7, 12 }) {
				assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(20 * 256);
			}
			assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(5 * 256);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int keys = row.getCell(12).getStringCellValue().split("\n").length;
				int sentence = (row.getCell(2).getStringCellValue().length() + 29) / 30;
				assertThat(row.getHeightInPoints())
					.isGreaterThanOrEqualTo(Math.min(409, 14 * Math.max(keys, sentence)));
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
				for (int c : new int[] { 3, 7 }) {
					Cell cell = sheet.getRow(r).getCell(c);
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
					assertThat(cell.getStringCellValue()).startsWith(name);
					assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
					assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
				}
				for (Cell cell : sheet.getRow(r)) {
					boolean formulaLike = cell.getCellType() == CellType.STRING
							&& cell.getStringCellValue().startsWith("=");
					assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(formulaLike);
				}
			}
			assertNoFormulas(book);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@" })
	void textBeginningLikeAFormulaIsQuotedTextInEveryColumnAndSheet(String start) throws IOException {
		String text = start + "1+1 \"=cmd|' /C calc'!A0\"";
		Finding finding = finding(text, 1);
		Report.Issue issue = new Report.Issue(1, "X", text, text, Severity.MINOR, text, List.of(text), text, text, text,
				text, AS_OF.plusDays(30), List.of(finding));
		Report report = new Report("标题", "说明", List.of(), List.of(new Report.Problem("一是", text, text, List.of(issue))),
				List.of(), List.of(new Exempted(finding, text, text)), List.of(), new HeatMap(List.of(), List.of()),
				AS_OF);
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
		Report report = report(l.build(), "2025-02-28");
		assertThat(report.exempted()).hasSize(1);
		try (XSSFWorkbook book = write(report)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			Sheet sheet = book.getSheet("经批准的例外");
			List<String> titles = new ArrayList<>();
			sheet.getRow(0).forEach((c) -> titles.add(c.getStringCellValue()));
			assertThat(titles).containsExactly("序号", "事项", "组织", "期间", "理由", "批准文号");
			assertThat(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
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
	void withoutExemptionsThereIsOneSheet() throws IOException {
		Report report = report(twoBranches());
		assertThat(report.exempted()).isEmpty();
		try (XSSFWorkbook book = write(report)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
		}
	}

	@Test
	void withoutIssuesTheLedgerHasItsHeaderFilterAndDropDown() throws IOException {
		Report report = new Report("标题", "说明", List.of(), List.of(), List.of(), List.of(), List.of(),
				new HeatMap(List.of(), List.of()), AS_OF);
		try (XSSFWorkbook book = write(report)) {
			XSSFSheet sheet = book.getSheet("整改台账");
			assertThat(sheet.getLastRowNum()).isZero();
			assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("整改状态");
			assertThat(sheet.getDataValidations()).singleElement()
				.satisfies((v) -> assertThat(v.getRegions().getCellRangeAddresses())
					.containsExactly(new CellRangeAddress(1, 1000, 9, 9)));
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M1");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		}
	}

	@Test
	void twoThousandIssuesAreStreamedToDiskAndAllWritten() throws IOException {
		List<Report.Issue> issues = new ArrayList<>();
		for (int n = 1; n <= 2000; n++) {
			String org = "第" + n + "党支部";
			issues.add(new Report.Issue(n, "THEME_DAY", "组织生活", "未按期开展主题党日", Severity.MINOR, org + "1月未开展主题党日。",
					List.of(org), "1月", "依据", "整改措施", org + "书记", AS_OF.plusDays(30), List.of(finding(org, 1))));
		}
		Report report = new Report("标题", "说明", List.of(), List.of(new Report.Problem("一是", "组织生活", "判断", issues)),
				List.of(), List.of(), List.of(), new HeatMap(List.of(), List.of()), AS_OF);
		SXSSFWorkbook streamed = new RectificationWriter(phrasing()).workbook(report);
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
			assertThat(sheet.getRow(2000).getCell(3).getStringCellValue()).isEqualTo("第2000党支部");
			assertThat(sheet.getRow(2000).getCell(9).getStringCellValue()).isEqualTo("未整改");
		}
	}

	@Test
	void keysTooManyForACellAreCutAtALineAndCounted() throws IOException {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			findings.add(finding("党支部" + i, 1 + i % 12));
		}
		Report.Issue issue = new Report.Issue(1, "THEME_DAY", "组织生活", "未按期开展主题党日", Severity.MINOR, "句子。",
				List.of("党支部"), "1月", "依据", "整改措施", "书记", AS_OF.plusDays(30), findings);
		Report report = new Report("标题", "说明", List.of(),
				List.of(new Report.Problem("一是", "组织生活", "判断", List.of(issue))), List.of(), List.of(), List.of(),
				new HeatMap(List.of(), List.of()), AS_OF);
		try (XSSFWorkbook book = write(report)) {
			String keys = book.getSheet("整改台账").getRow(1).getCell(12).getStringCellValue();
			assertThat(keys.length()).isLessThanOrEqualTo(32767);
			List<String> lines = List.of(keys.split("\n"));
			assertThat(lines.get(lines.size() - 1)).matches("……另有\\d+项未列出");
			int listed = lines.size() - 1;
			assertThat(lines.subList(0, listed)).containsExactlyElementsOf(issue.keys().subList(0, listed));
			assertThat(lines.get(listed)).isEqualTo("……另有" + (1500 - listed) + "项未列出");
		}
	}

	@Test
	void textLongerThanACellHoldsIsCutAndMarked() throws IOException {
		String sentence = "党".repeat(40000);
		Report.Issue issue = new Report.Issue(1, "THEME_DAY", "组织生活", "未按期开展主题党日", Severity.MINOR, sentence,
				List.of("党支部"), "1月", "依据", "整改措施", "书记", AS_OF.plusDays(30), List.of(finding("党支部", 1)));
		Report report = new Report("标题", "说明", List.of(),
				List.of(new Report.Problem("一是", "组织生活", "判断", List.of(issue))), List.of(), List.of(), List.of(),
				new HeatMap(List.of(), List.of()), AS_OF);
		try (XSSFWorkbook book = write(report)) {
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

	@Test
	void statusesThatCannotMakeADropDownAreRefused() throws IOException {
		String yml = Files.readString(Path.of("rules", Phrasing.FILE))
			.replaceAll("statuses: \\[.*\\]", "statuses: [\"未整改,待定\", 已完成]");
		Phrasing phrasing = Phrasing.parse(new ByteArrayInputStream(yml.getBytes(StandardCharsets.UTF_8)));
		assertThat(phrasing.statuses()).containsExactly("未整改,待定", "已完成");
		Report report = report(twoBranches());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RectificationWriter(phrasing).write(report, OutputStream.nullOutputStream()))
			.withMessageContaining("整改状态");
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
		return report(ledger, AS_OF.toString());
	}

	private static Report report(Ledger ledger, String asOf) {
		return Checks.report(ledger, asOf);
	}

	private static Phrasing phrasing() {
		return Checks.phrasing();
	}

	private static Finding finding(String org, int month) {
		return new Finding("THEME_DAY", "组织生活", Severity.MINOR, org, org, null,
				Period.of(PeriodKind.MONTH, LocalDate.of(2025, month, 1)), "未按期开展主题党日", org + "未开展主题党日", Map.of(), "依据",
				"整改措施", null);
	}

	private Path writeFile(Report report) throws IOException {
		Path file = Files.createTempFile(this.dir, "rectification", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new RectificationWriter(phrasing()).write(report, out);
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
