package org.zicha.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.LedgerFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.LedgerFiles.read;
import static org.zicha.testing.LedgerFiles.readFully;

/**
 * {@link LedgerWorkbook}: the template and the conversion of a ledger to a workbook,
 * which the reader must read back as the same ledger.
 */
class LedgerWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void theTemplateReadsBackAsTheExampleLedger() throws IOException {
		Path template = write(ExampleLedger.create(), "模板.xlsx");
		LedgerRead read = readFully(template);
		assertThat(read.ledger()).isEqualTo(ExampleLedger.create());
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void theTemplateHasEverySheetWithTheStandardHeadersAndRequiredOnesMarked() throws IOException {
		Path template = write(ExampleLedger.create(), "模板.xlsx");
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("组织", "党员", "活动", "议题", "学习篇目", "党费", "谈心谈话", "发展党员", "例外");
			assertThat(texts(workbook.getSheet("活动").getRow(0))).containsExactly("活动编号 *", "组织编号 *", "活动类型 *", "日期 *",
					"主题", "主持人", "主讲人", "应到人数", "实到人数", "参会人员", "记录人", "紧急会议", "参加组织", "所属年度", "备注");
			assertThat(texts(workbook.getSheet("组织").getRow(0))).contains("组织类型 *", "组织类别");
			assertThat(workbook.getSheet("组织").getRow(1).getCell(6).getStringCellValue()).isEqualTo("机关");
			assertThat(workbook.getSheet("活动").getRow(1).getCell(11).getStringCellValue()).isEqualTo("否");
			assertThat(texts(workbook.getSheet("议题").getRow(0))).containsExactly("活动编号 *", "序号 *", "议题 *", "议题类别",
					"学习内容编号");
			Cell date = workbook.getSheet("活动").getRow(1).getCell(3);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(ExampleLedger.create().activities().get(0).date());
			assertThat(workbook.getSheet("活动").getRow(1).getCell(2).getStringCellValue()).isEqualTo("主题党日、党员大会、党课");
		}
	}

	@Test
	void aJsonLedgerWrittenAsAWorkbookReadsBackEqual() throws IOException {
		Ledger json = read(Path.of("src/test/resources/ledgers/committee-meeting.json"));
		assertThat(read(write(json, "台账.xlsx"))).isEqualTo(json);
	}

	@Test
	void theConformanceLedgerWrittenAsAWorkbookReadsBackEqual() throws IOException {
		Ledger json = read(LedgerFiles.CONFORMANCE_JSON);
		Ledger xlsx = read(write(json, "台账.xlsx"));
		assertThat(xlsx.activities()).hasSize(77);
		assertThat(xlsx.dues()).hasSize(156);
		assertThat(xlsx).isEqualTo(json);
	}

	@Test
	void everyColumnOfEveryTableSurvivesTheRoundTrip() throws IOException {
		Ledger json = read(Path.of("src/test/resources/ledgers/every-column.json"));
		assertThat(json.recordCount()).isEqualTo(22);
		assertThat(json.organizations()).extracting(Organization::category)
			.containsExactly(null, null, "机关", null, null);
		assertThat(json.activities()).extracting(Activity::urgent).containsExactly(false, true);
		assertThat(read(write(json, "台账.xlsx"))).isEqualTo(json);
	}

	private Path write(Ledger ledger, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			new LedgerWorkbook(LedgerFiles.vocabulary()).write(ledger, out);
		}
		return file;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
