package org.zicha.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.Dossiers;
import org.zicha.testing.ThreeYearLedger;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier} and {@code template --feedback}.
 */
class DossierCommandTests {

	@TempDir
	Path dir;

	@Test
	void theDossierOfThreeYearsIsWrittenWithItsSummary() {
		Path data = data();
		Cli cli = Cli.run("dossier", "--data", data.toString(), "--from", "2023-01-01", "--to", "2025-12-31",
				"--feedback", Dossiers.feedback(this.dir).toString(), "--out", this.dir.resolve("out").toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		assertThat(this.dir.resolve("out")).isDirectoryContaining("glob:**/dossier.xlsx")
			.isDirectoryContaining("glob:**/dossier.docx")
			.isDirectoryContaining("glob:**/dossier.json");
		assertThat(cli.out).contains("zicha 佐证目录：机关党总支")
			.contains("期间：2023年1月1日至2025年12月31日（截至2025年12月31日）")
			.contains("列示组织·期间 444 项，佐证记录 306 条；总体履职率 97.7%")
			.contains("发现问题 12 个：完成 0 个，进行中 12 个，整改不到位 0 个")
			.contains("上次反馈问题 3 个：完成 1 个，进行中 1 个，整改不到位 1 个");
	}

	@Test
	void aFilledInRectificationLedgerGivesEachProblemItsStatus() throws IOException {
		Path data = data();
		Path run = this.dir.resolve("run");
		Cli check = Cli.run("check", "--data", data.toString(), "--from", "2023-01-01", "--to", "2025-12-31", "--as-of",
				"2025-12-31", "--out", run.toString(), "--format", "xlsx");
		assertThat(check.exitCode).as(check.toString()).isZero();
		Path ledger = run.resolve("rectification.xlsx");
		fill(ledger, Map.of("THEME_DAY|B1||2023-07-01|2023-07-31", "已完成", "THEME_DAY|B2||2024-08-01|2024-08-31", "整改中",
				"DUES.MONTHLY|B2||2025-07-01|2025-07-31", "已完成"));
		Cli cli = Cli.run("dossier", "--data", data.toString(), "--from", "2023-01-01", "--to", "2025-12-31",
				"--rectification", ledger.toString(), "--out", this.dir.resolve("out").toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		// the dues of July to September are one row marked done, but August and September
		// were missed after July and September after August
		assertThat(cli.out).contains("发现问题 12 个：完成 2 个，进行中 8 个，整改不到位 2 个");
		try (XSSFWorkbook book = Dossiers.workbook(this.dir.resolve("out/dossier.xlsx"))) {
			Sheet problems = book.getSheet("问题整改");
			List<String> rows = new ArrayList<>();
			for (int r = 1; r <= problems.getLastRowNum(); r++) {
				Row row = problems.getRow(r);
				rows.add(row.getCell(5).getStringCellValue() + " " + row.getCell(7).getStringCellValue() + " "
						+ row.getCell(8).getStringCellValue());
			}
			assertThat(rows).contains("2023年7月 已完成 完成", "2024年8月 整改中 进行中", "2025年7月 已完成 整改不到位", "2025年8月 已完成 整改不到位",
					"2025年9月 已完成 完成", "2025年第三季度 未整改 进行中");
		}
	}

	@Test
	void aRectificationLedgerThatCannotBeReadIsAnOptionError() {
		Path notALedger = Workbooks.workbook().sheet("整改台账").row("序号", "问题").write(this.dir.resolve("整改.xlsx"));
		Cli cli = Cli.run("dossier", "--data", data().toString(), "--from", "2023-01-01", "--to", "2025-12-31",
				"--rectification", notALedger.toString(), "--out", this.dir.resolve("out").toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("找不到“问题编号”列");
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	/**
	 * Type statuses into a rectification ledger, in the rows of some finding keys.
	 */
	private static void fill(Path ledger, Map<String, String> statuses) throws IOException {
		try (XSSFWorkbook book = Dossiers.workbook(ledger)) {
			Sheet sheet = book.getSheet("整改台账");
			Map<String, Integer> columns = new HashMap<>();
			sheet.getRow(0).forEach((c) -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String keys = row.getCell(columns.get("问题编号")).getStringCellValue();
				statuses.forEach((key, status) -> {
					if (keys.contains(key)) {
						// the cell is written as an inline string, which POI does not
						// overwrite:
						// type it afresh, as a person would
						int column = columns.get("整改状态");
						CellStyle style = row.getCell(column).getCellStyle();
						row.removeCell(row.getCell(column));
						Cell cell = row.createCell(column);
						cell.setCellStyle(style);
						cell.setCellValue(status);
					}
				});
			}
			try (OutputStream out = Files.newOutputStream(ledger)) {
				book.write(out);
			}
		}
	}

	@Test
	void errorsOfTheFeedbackWorkbookAreListedAtOnceAndNothingIsWritten() {
		Path feedback = Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row("序号", "问题", "涉及组织", "对应义务", "整改措施", "责任人", "时限", "状态")
			.row(1, "党员大会不经常", "第三党支部", "SHYK.ASSEMBLY", null, null, "2024-06-31", null)
			.row(2, "主题党日不经常", null, "THEME_DAYS", null, null, "2024-06-30", "已整改")
			.write(this.dir.resolve("反馈.xlsx"));
		Path out = this.dir.resolve("out");
		Cli cli = Cli.run("dossier", "--data", data().toString(), "--from", "2023-01-01", "--to", "2025-12-31",
				"--feedback", feedback.toString(), "--out", out.toString());
		assertThat(cli.exitCode).as(cli.toString()).isEqualTo(2);
		assertThat(cli.err).contains("巡视反馈问题表有 4 处错误，未生成结果：")
			.contains("反馈.xlsx 工作表“巡视反馈问题”第2行“涉及组织”列，值“第三党支部”：找不到这个组织")
			.contains("反馈.xlsx 工作表“巡视反馈问题”第2行“时限”列，值“2024-06-31”：不是日历上存在的日期")
			.contains("反馈.xlsx 工作表“巡视反馈问题”第3行“对应义务”列，值“THEME_DAYS”：没有这个义务代码")
			.contains("反馈.xlsx 工作表“巡视反馈问题”第3行“状态”列，值“已整改”：不是可用的状态")
			.doesNotContain("Exception");
		assertThat(out).doesNotExist();
	}

	@Test
	void aFeedbackFileThatDoesNotExistIsAnOptionError() {
		Cli cli = Cli.run("dossier", "--data", data().toString(), "--from", "2023-01-01", "--to", "2025-12-31",
				"--feedback", this.dir.resolve("没有.xlsx").toString(), "--out", this.dir.resolve("out").toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("--feedback：找不到文件");
	}

	@Test
	void theWindowMustBeGivenAndInOrder() {
		Cli missing = Cli.run("dossier", "--data", data().toString(), "--to", "2025-12-31", "--out",
				this.dir.resolve("out").toString());
		assertThat(missing.exitCode).isEqualTo(2);
		assertThat(missing.err).contains("--from");
		Cli reversed = Cli.run("dossier", "--data", data().toString(), "--from", "2025-12-31", "--to", "2023-01-01",
				"--out", this.dir.resolve("out").toString());
		assertThat(reversed.exitCode).isEqualTo(2);
		assertThat(reversed.err).contains("--to（2023-01-01）早于 --from（2025-12-31）");
	}

	@Test
	void templateFeedbackWritesTheEmptyWorkbookThatDossierReads() throws IOException {
		Path template = this.dir.resolve("反馈表.xlsx");
		Cli written = Cli.run("template", "--feedback", "--out", template.toString());
		assertThat(written.exitCode).as(written.toString()).isZero();
		assertThat(written.out).contains("已生成巡视反馈问题整改情况表");
		try (XSSFWorkbook book = Dossiers.workbook(template)) {
			List<String> sheets = new ArrayList<>();
			book.forEach((s) -> sheets.add(s.getSheetName()));
			assertThat(sheets).containsExactly("巡视反馈问题", "义务代码", "填写说明");
		}
		Cli dossier = Cli.run("dossier", "--data", data().toString(), "--from", "2025-01-01", "--to", "2025-12-31",
				"--feedback", template.toString(), "--out", this.dir.resolve("out").toString());
		assertThat(dossier.exitCode).as(dossier.toString()).isZero();
		assertThat(dossier.out).contains("上次反馈问题 0 个");
	}

	@Test
	void templateFeedbackTakesNoLedger() {
		Cli cli = Cli.run("template", "--feedback", "--data", data().toString(), "--out",
				this.dir.resolve("x.xlsx").toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("--feedback 生成空白的反馈问题表，不能与 --data 同时使用");
	}

	private Path data() {
		Path data = this.dir.resolve("data");
		try {
			Files.createDirectories(data);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ThreeYearLedger.write(data);
		return data;
	}

}
