package org.zicha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly routine on the command line: one folder per run, the latest earlier run as
 * the baseline, its rectification ledger carried over, the branches' bulletins.
 */
class MonthlyRunsTests {

	private static final String SAMPLE = "sample-data/json";

	@TempDir
	Path work;

	@Test
	void eachRunHasItsFolderAndTheLatestEarlierRunIsTheBaseline() throws IOException {
		Cli november = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-11-30");
		assertThat(november.exitCode).as(november.toString()).isZero();
		Path novemberFolder = this.work.resolve("zicha-out/2025-11-30");
		assertThat(novemberFolder.resolve("findings.json")).isRegularFile();
		assertThat(november.out).doesNotContain("与上次检查比较");
		typeIntoTheFirstRow(novemberFolder.resolve("rectification.xlsx"), "整改中", "已约谈当事党员");
		Cli december = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31");
		assertThat(december.exitCode).as(december.toString()).isZero();
		assertThat(december.out).contains("与上次检查比较（基线：" + novemberFolder + "）：新增")
			.contains("接续整改台账：" + novemberFolder.resolve("rectification.xlsx") + "（");
		Path decemberLedger = this.work.resolve("zicha-out/2025-12-31/rectification.xlsx");
		assertThat(typedInTheLedger(decemberLedger)).contains("整改中|已约谈当事党员");
		assertThat(novemberFolder.resolve("report.md")).isRegularFile();
	}

	@Test
	void baselineNoneTurnsTheComparisonOff() {
		Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-11-30", "--format", "json");
		Cli december = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--baseline", "none",
				"--format", "json");
		assertThat(december.exitCode).isZero();
		assertThat(december.out).doesNotContain("与上次检查比较").doesNotContain("接续整改台账");
	}

	@Test
	void aRunFolderOrItsFindingsAndALedgerCanBeNamed() throws IOException {
		Path earlier = this.work.resolve("earlier");
		Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-11-30", "--out", earlier.toString());
		Cli byFolder = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
				this.work.resolve("a").toString(), "--baseline", earlier.toString());
		assertThat(byFolder.out).contains("基线：" + earlier + "）")
			.contains("接续整改台账：" + earlier.resolve("rectification.xlsx"));
		Cli byFile = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
				this.work.resolve("b").toString(), "--baseline", earlier.resolve("findings.json").toString());
		assertThat(byFile.out).contains("基线：" + earlier.resolve("findings.json") + "）").doesNotContain("接续整改台账");
		Cli ledgerOnly = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
				this.work.resolve("c").toString(), "--rectification", earlier.resolve("rectification.xlsx").toString());
		assertThat(ledgerOnly.exitCode).isZero();
		assertThat(ledgerOnly.out).doesNotContain("与上次检查比较").contains("接续整改台账：");
	}

	@Test
	void aBaselineThatIsNoRunOrALedgerThatIsNoneIsRefusedAndNothingIsWritten() throws IOException {
		Files.createDirectories(this.work.resolve("empty"));
		Cli folder = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--baseline",
				this.work.resolve("empty").toString());
		assertThat(folder.exitCode).isEqualTo(2);
		assertThat(folder.err).contains("中没有 findings.json，不是一次检查的结果文件夹");
		Cli missing = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--baseline",
				this.work.resolve("nowhere").toString());
		assertThat(missing.err).contains("--baseline：找不到文件或文件夹");
		Path notALedger = this.work.resolve("台账.xlsx");
		Files.writeString(notALedger, "x");
		Cli ledger = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--rectification",
				notALedger.toString());
		assertThat(ledger.exitCode).isEqualTo(2);
		assertThat(ledger.err).contains("整改台账“" + notALedger + "”不是有效的 xlsx 文件");
		assertThat(this.work.resolve("zicha-out")).doesNotExist();
	}

	@Test
	void perBranchWritesABulletinOfEachBranchInMarkdownAndWord() throws IOException {
		Cli cli = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2025-12-31", "--per-branch");
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		Path branches = this.work.resolve("zicha-out/2025-12-31/branches");
		try (Stream<Path> files = Files.list(branches)) {
			assertThat(files.map((p) -> p.getFileName().toString()))
				.contains("B4-公路建设养护党支部.md", "B4-公路建设养护党支部.docx", "R-市交通运输局党组.md")
				.hasSize(20);
		}
		assertThat(Files.readString(branches.resolve("B7-离退休干部党支部.md"))).startsWith("# 离退休干部党支部党建工作提示单");
		assertThat(cli.out).contains("branches" + java.io.File.separator + "（10 个组织的提示单，md 和 docx 各 10 份）");
	}

	@Test
	void aRunLongAfterTheLedgersLatestRecordWarnsOnTheConsoleAndInTheReport() throws IOException {
		Cli cli = Cli.runIn(this.work, "check", "--data", SAMPLE, "--as-of", "2026-06-30", "--format", "md");
		assertThat(cli.exitCode).isZero();
		assertThat(cli.out).contains("提示：检查期间（2026年1月至6月）内台账中没有任何活动记录，台账中最近一条记录的日期为2025年12月");
		assertThat(Files.readString(this.work.resolve("zicha-out/2026-06-30/report.md")))
			.contains("> **提示：检查期间（2026年1月至6月）内台账中没有任何活动记录");
	}

	private static void typeIntoTheFirstRow(Path file, String status, String note) throws IOException {
		XSSFWorkbook book;
		try (InputStream in = Files.newInputStream(file)) {
			book = new XSSFWorkbook(in);
		}
		Sheet sheet = book.getSheet("整改台账");
		Row row = sheet.getRow(1);
		retype(row, column(sheet, "整改状态"), status);
		retype(row, column(sheet, "备注"), note);
		try (OutputStream out = Files.newOutputStream(file)) {
			book.write(out);
		}
		book.close();
	}

	private static String typedInTheLedger(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet("整改台账");
			StringBuilder sb = new StringBuilder();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Cell note = row.getCell(column(sheet, "备注"));
				sb.append(row.getCell(column(sheet, "整改状态")).getStringCellValue())
					.append('|')
					.append((note != null) ? note.getStringCellValue() : "")
					.append('\n');
			}
			return sb.toString();
		}
	}

	private static int column(Sheet sheet, String title) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(title)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError(title);
	}

	private static void retype(Row row, int column, String value) {
		Cell cell = row.getCell(column);
		if (cell != null) {
			row.removeCell(cell);
		}
		row.createCell(column).setCellValue(value);
	}

}
