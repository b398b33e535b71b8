package org.zicha.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.zicha.testing.JsonLedgers;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Damaged, unusual and crafted ledgers through {@code validate} and {@code check}: every
 * file under {@code src/test/resources/hostile/} (see its README) and those this test
 * builds (workbooks that need POI to make, a named pipe, a one-megabyte name). None may
 * make either command exit other than 0 or 2, print a stack trace or a raw control
 * character, hang, or leave anything behind when it exits 2.
 */
class HostileLedgersTests {

	private static final Path CORPUS = Path.of("src/test/resources/hostile");

	/**
	 * What some files must give: the exit code and a part of what is printed.
	 */
	private static final Map<String, String> EXPECTED = Map.ofEntries(Map.entry("json-clean.json", "0 台账校验通过"),
			Map.entry("json-duplicate-table.json", "2 表“activities”在第"),
			Map.entry("json-duplicate-field.json", "2 字段“date”在第"),
			Map.entry("json-number-beyond-double.json", "2 值“1e400”：数值超出范围"),
			Map.entry("json-term-years-two-billion.json", "2 值“2000000000”：应在 1 至 10 之间"),
			Map.entry("json-applicant-stages-reversed.json", "2 早于“activist”（2024-06-01）"),
			Map.entry("json-escape-in-error.json", "2 B1\\x1B[2J\\x1B]52;c;ZXZpbA==\\x07"),
			Map.entry("json-gbk.json", "2 不是 UTF-8 编码的 JSON 文件"), Map.entry("json-utf8-bom.json", "0 台账校验通过"),
			Map.entry("json-utf16.json", "0 台账校验通过"), Map.entry("json-truncated.json", "2 JSON 文件不完整"),
			Map.entry("xlsx-clean.xlsx", "0 台账校验通过"), Map.entry("xlsx-no-cell-references.xlsx", "0 台账校验通过"),
			Map.entry("xlsx-two-row-header.xlsx", "0 台账校验通过"), Map.entry("xlsx-external-entity.xlsx", "2 不允许的 XML 内容"),
			Map.entry("xlsx-entity-expansion.xlsx", "2 不允许的 XML 内容"), Map.entry("xlsx-zip-bomb.xlsx", "2 疑似恶意构造"),
			Map.entry("xlsx-strict-ooxml.xlsx", "2 Strict Open XML"),
			Map.entry("xlsx-formula-errors.xlsx", "2 单元格是公式的错误值（#DIV/0!）"),
			Map.entry("xls-html-table.xls", "2 而是网页或 XML 文件"), Map.entry("encrypted.xlsx", "2 受密码保护，请取消密码后重新保存"),
			Map.entry("encrypted.xls", "2 受密码保护，请取消密码后重新保存"), Map.entry("date1904.xlsx", "0 台账校验通过"),
			Map.entry("date1904.xls", "0 台账校验通过"), Map.entry("excel97.xls", "0 台账校验通过"),
			Map.entry("megabyte-name.json", "2 …（共 1048576 字）"), Map.entry("pipe-in-folder", "0 不是普通文件（如命名管道或设备），已跳过"));

	@TempDir
	static Path built;

	@BeforeAll
	static void build() throws Exception {
		Workbooks ledger = Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号")
			.row("R", "市交通运输局党组", "党组", null)
			.row("B1", "机关第一党支部", "党支部", "R")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别")
			.row("m1", "王建国", "B1", "正式党员")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党员大会", LocalDate.of(2025, 3, 20));
		ledger.write(built.resolve("excel97.xls"));
		Workbooks.workbook()
			.date1904()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型")
			.row("B1", "机关第一党支部", "党支部")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党员大会", LocalDate.of(2025, 12, 31))
			.write(built.resolve("date1904.xlsx"));
		Workbooks.workbook()
			.date1904()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型")
			.row("B1", "机关第一党支部", "党支部")
			.sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期")
			.row("A1", "B1", "党员大会", LocalDate.of(2025, 12, 31))
			.write(built.resolve("date1904.xls"));
		encryptedXlsx(ledger.write(built.resolve("plain/台账.xlsx")), built.resolve("encrypted.xlsx"));
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			ledger.write(built.resolve("encrypted.xls"));
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		JsonLedgers.json()
			.add("organizations", "id", "B1", "name", "党".repeat(1 << 20), "kind", "BRANCH")
			.write(built.resolve("megabyte-name.json"));
		Path folder = Files.createDirectories(built.resolve("pipe-in-folder"));
		ledger.write(folder.resolve("台账.xlsx"));
		new ProcessBuilder("mkfifo", folder.resolve("管道.json").toString()).start().waitFor();
	}

	private static void encryptedXlsx(Path plain, Path file) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Files.copy(plain, bytes);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(bytes.toByteArray());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
	}

	static Stream<Path> corpus() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> committed = Files.list(CORPUS)) {
			committed.sorted().forEach(files::add);
		}
		for (String name : List.of("excel97.xls", "date1904.xlsx", "date1904.xls", "encrypted.xlsx", "encrypted.xls",
				"megabyte-name.json", "pipe-in-folder", "pipe-in-folder/管道.json")) {
			files.add(built.resolve(name));
		}
		return files.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void validateAndCheckExitZeroOrTwoPrintNoStackTraceNorControlCharacterAndWriteNothingOnTwo(Path file,
			@TempDir Path dir) {
		Cli validate = run("validate", "--data", file.toString());
		Path out = dir.resolve("out");
		Cli check = run("check", "--data", file.toString(), "--as-of", "2025-12-31", "--out", out.toString());
		for (Cli cli : List.of(validate, check)) {
			assertThat(cli.exitCode).as(cli.toString()).isIn(0, 2);
			assertThat(cli.out + cli.err).as(cli.toString())
				.doesNotContain("Exception")
				.doesNotContain("\tat ")
				.doesNotContain("内部错误")
				.doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
		}
		assertThat(check.exitCode).as(check.toString()).isEqualTo(validate.exitCode);
		if (check.exitCode == 2) {
			assertThat(out).as(check.toString()).doesNotExist();
		}
		else {
			assertThat(out.resolve("findings.json")).as(check.toString()).isRegularFile();
		}
		String expected = EXPECTED.get(built.relativize(file.toAbsolutePath()).toString().startsWith("..")
				? file.getFileName().toString() : built.relativize(file.toAbsolutePath()).toString());
		if (expected != null) {
			int space = expected.indexOf(' ');
			assertThat(validate.exitCode).as(validate.toString())
				.isEqualTo(Integer.parseInt(expected.substring(0, space)));
			assertThat(validate.out + validate.err).as(validate.toString()).contains(expected.substring(space + 1));
		}
	}

	@Test
	void theWholeCorpusAsOneFolderIsRefusedWithEveryProblem(@TempDir Path dir) {
		Path out = dir.resolve("out");
		Cli check = run("check", "--data", CORPUS.toString(), "--as-of", "2025-12-31", "--out", out.toString());
		assertThat(check.exitCode).as(check.toString()).isEqualTo(2);
		assertThat(check.err).contains("json-duplicate-table.json").contains("xlsx-zip-bomb.xlsx");
		assertThat(out).doesNotExist();
	}

	private static Cli run(String... args) {
		return assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Cli.run(args));
	}

}
