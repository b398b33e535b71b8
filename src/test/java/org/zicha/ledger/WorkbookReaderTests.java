package org.zicha.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.LedgerFiles;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.testing.LedgerFiles.organisation;
import static org.zicha.testing.LedgerFiles.problems;
import static org.zicha.testing.LedgerFiles.read;

/**
 * {@link WorkbookReader}: a workbook is recognised by its content, not its name — xlsx,
 * Excel 97–2003 (.xls), encrypted, or a file that only carries a workbook's name — and
 * its date system is honoured.
 */
class WorkbookReaderTests {

	private static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);

	@TempDir
	Path dir;

	@Test
	void aWorkbookIn1904DateSystemReadsTheDatesExcelShows() {
		Path file = organisation().date1904()
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", MARCH_20)
			.sheet("党员")
			.row("m4", "陈静", "B1", "预备党员", LocalDate.of(2024, 7, 1))
			.write(this.dir.resolve("台账.xlsx"));
		Ledger ledger = read(file);
		assertThat(ledger.activities()).extracting(Activity::date).containsExactly(MARCH_20);
	}

	@Test
	void anXlsWorkbookReadsLikeAnXlsxWorkbook() {
		Workbooks workbook = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "应到人数", "参会人员")
			.row("A1", "B1", "党课", MARCH_20, 3, "m1、m2")
			.row("A2", "B1", "主题党日", "2025年4月20日", 3.0, "王建国");
		Ledger xlsx = read(workbook.write(this.dir.resolve("台账.xlsx")));
		Ledger xls = read(workbook.write(this.dir.resolve("旧格式/台账.xls")));
		assertThat(xls).isEqualTo(xlsx);
		assertThat(xls.activities()).extracting(Activity::id, Activity::date, Activity::expected, Activity::attendees)
			.containsExactly(tuple("A1", MARCH_20, 3, List.of("m1", "m2")),
					tuple("A2", LocalDate.of(2025, 4, 20), 3, List.of("m1")));
	}

	@Test
	void anXlsWorkbookIn1904DateSystemReadsTheDatesExcelShows() {
		Path file = organisation().date1904()
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", MARCH_20)
			.write(this.dir.resolve("台账.xls"));
		assertThat(read(file).activities()).extracting(Activity::date).containsExactly(MARCH_20);
	}

	@Test
	void anXlsxWorkbookNamedXlsAndAnXlsWorkbookNamedXlsxAreReadByWhatTheyAre() throws IOException {
		Workbooks workbook = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", MARCH_20);
		Path xlsx = workbook.write(this.dir.resolve("a/台账.xlsx"));
		Path xls = workbook.write(this.dir.resolve("b/台账.xls"));
		Path xlsxNamedXls = Files.move(xlsx, this.dir.resolve("a/台账.xls"));
		Path xlsNamedXlsx = Files.move(xls, this.dir.resolve("b/台账.xlsx"));
		assertThat(read(xlsxNamedXls)).isEqualTo(read(xlsNamedXlsx));
	}

	@Test
	void aPasswordProtectedXlsxWorkbookIsRefusedInChinese() throws Exception {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		Files.copy(organisation().write(this.dir.resolve("plain.xlsx")), plain);
		Path file = this.dir.resolve("加密.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain.toByteArray());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(problems(file)).extracting(LedgerProblem::toString).containsExactly("加密.xlsx：受密码保护，请取消密码后重新保存");
	}

	@Test
	void aPasswordProtectedXlsWorkbookIsRefusedInChinese() {
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		Path file;
		try {
			file = organisation().write(this.dir.resolve("加密.xls"));
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThat(problems(file)).extracting(LedgerProblem::toString).containsExactly("加密.xls：受密码保护，请取消密码后重新保存");
	}

	@Test
	void aWebPageSavedAsXlsSaysWhatItIsAndWhatToDo() throws IOException {
		Path file = Files.writeString(this.dir.resolve("导出.xls"),
				"<html><body><table><tr><td>组织编号</td></tr></table></body></html>");
		assertThat(problems(file)).extracting(LedgerProblem::message)
			.containsExactly("不是 Excel 工作簿，而是网页或 XML 文件（某些系统导出的“Excel”实为此类文件），请用 Excel 打开后另存为“Excel 工作簿(*.xlsx)”再读取");
	}

	@Test
	void anEmptyFileAndAZipThatIsNoWorkbookAreProblemsOfTheirFile() throws IOException {
		Files.write(this.dir.resolve("空.xlsx"), new byte[0]);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(this.dir.resolve("压缩包.xlsx")))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(problems(this.dir)).extracting(LedgerProblem::file, LedgerProblem::message)
			.containsExactly(tuple("压缩包.xlsx", "无法读取，工作簿已损坏或不是有效的 Excel 文件，请用 Excel 打开后另存为“Excel 工作簿(*.xlsx)”再读取"),
					tuple("空.xlsx", "文件为空"));
	}

	@Test
	void anUploadedXlsWorkbookIsReadFromItsBytes() throws IOException {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党课", MARCH_20)
			.write(this.dir.resolve("台账.xls"));
		LedgerRead read = LedgerFiles.reader()
			.readFiles(List.of(LedgerFile.uploaded("台账.xls", Files.readAllBytes(file))), false);
		assertThat(read.ledger()).isEqualTo(read(file));
	}

}
