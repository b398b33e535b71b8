package org.zicha.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.Dossiers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dossier.xlsx of the three-year ledger, read back with POI: its sheets, filters, frozen
 * headers, print set-up and links.
 */
class DossierWorkbookTests {

	@TempDir
	static Path folder;

	private static XSSFWorkbook book;

	@BeforeAll
	static void write() {
		book = Dossiers.workbook(Dossiers.threeYears(folder, Dossiers.feedback(folder)));
	}

	@AfterAll
	static void close() throws IOException {
		book.close();
	}

	@Test
	void theContentsComeFirstThenOneSheetPerAreaThenTheSummaries() {
		List<String> names = new ArrayList<>();
		book.forEach((s) -> names.add(s.getSheetName()));
		assertThat(names).containsExactly("目录", "组织生活", "联系群众", "组织建设", "党员教育管理", "基础工作", "履职率", "问题整改", "经批准的例外",
				"反馈问题整改");
		assertThat(book.getActiveSheetIndex()).isZero();
	}

	@Test
	void theContentsLinkToEverySheet() {
		Sheet contents = book.getSheet("目录");
		assertThat(contents.getRow(0).getCell(0).getStringCellValue()).isEqualTo("机关党总支党建工作佐证目录（2023年至2025年）");
		List<String> links = new ArrayList<>();
		for (int r = 6; r <= contents.getLastRowNum(); r++) {
			Row row = contents.getRow(r);
			Hyperlink link = (row != null && row.getCell(1) != null) ? row.getCell(1).getHyperlink() : null;
			if (link != null) {
				links.add(link.getAddress());
				assertThat(link.getAddress()).isEqualTo("'" + row.getCell(1).getStringCellValue() + "'!A1");
			}
		}
		assertThat(links).hasSize(book.getNumberOfSheets() - 1);
	}

	@Test
	void everyTableHasAFilterAFrozenHeaderAndPrintsOnePageWide() {
		for (int i = 1; i < book.getNumberOfSheets(); i++) {
			XSSFSheet sheet = book.getSheetAt(i);
			String name = sheet.getSheetName();
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).as(name).isTrue();
			assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).as(name).isZero();
			assertThat(sheet.getFitToPage()).as(name).isTrue();
			assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
			assertThat(sheet.getHeader().getCenter()).as(name).contains("机关党总支党建工作佐证目录");
		}
	}

	@Test
	void anAreaSheetFreezesTheDutyColumnsAndPrintsWithoutTheTraceColumns() {
		XSSFSheet sheet = book.getSheet("组织生活");
		assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 4);
		assertThat(book.getPrintArea(book.getSheetIndex(sheet))).startsWith("组织生活!$A$1:$S$");
		assertThat(sheet.getRow(0).getCell(19).getStringCellValue()).isEqualTo("义务代码");
	}

	@Test
	void aDutyPeriodWithSeveralRecordsRepeatsItselfOnEachRow() {
		Sheet sheet = book.getSheet("组织生活");
		List<Row> talks = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("谈心谈话全覆盖")
					&& row.getCell(2).getStringCellValue().equals("第一党支部")
					&& row.getCell(3).getStringCellValue().equals("2024年")) {
				talks.add(row);
			}
		}
		assertThat(talks).hasSize(7);
		assertThat(talks).extracting((r) -> r.getCell(0).getNumericCellValue())
			.containsOnly(talks.get(0).getCell(0).getNumericCellValue());
		assertThat(talks).extracting((r) -> r.getCell(8).getStringCellValue()).containsOnly("谈心谈话");
		assertThat(talks).extracting((r) -> r.getCell(14).getStringCellValue()).containsOnly("谈心谈话");
	}

}
