package org.zicha.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@link OutputFiles}: all or nothing, and a message that says why when it is nothing.
 */
class OutputFilesTests {

	private static final String SAMPLE = "sample-data/json";

	@TempDir
	Path dir;

	@Test
	void anOutputFolderThatIsAFileIsRefusedSayingSoAndLeftAsItWas() throws IOException {
		Path file = Files.writeString(this.dir.resolve("结果"), "一份文件");
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out", file.toString());
		assertThat(cli.exitCode).as(cli.toString()).isEqualTo(2);
		assertThat(cli.err).contains("无法写入输出文件夹“" + file + "”：它是一个文件，不是文件夹");
		assertThat(file).hasContent("一份文件");
	}

	@Test
	void anOutputFolderUnderAFileIsRefusedNamingTheFileAndNothingIsCreated() throws IOException {
		Path file = Files.writeString(this.dir.resolve("结果"), "一份文件");
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
				file.resolve("2025/12").toString());
		assertThat(cli.exitCode).as(cli.toString()).isEqualTo(2);
		assertThat(cli.err).contains("“" + file + "”是一个文件，不能在其中创建文件夹");
		assertThat(list(this.dir)).containsExactly(file);
	}

	@Test
	void missingParentsAreCreatedAndAllRemovedWhenAWriteFails() {
		Path out = this.dir.resolve("报告/2025/12");
		OutputFiles files = new OutputFiles(out);
		files.add("findings.json", (stream) -> stream.write("{}".getBytes(StandardCharsets.UTF_8)));
		files.add("report.docx", (stream) -> {
			throw new IOException("No space left on device");
		});
		UsageException ex = catchThrowableOfType(UsageException.class, files::write);
		assertThat(ex).hasMessage("无法写入输出文件夹“" + out + "”：它所在的磁盘空间不足");
		assertThat(list(this.dir)).isEmpty();
	}

	@Test
	void aFailureAfterSomeFilesWereMovedInPutsTheEarlierFilesBack() throws IOException {
		Path out = Files.createDirectories(this.dir.resolve("结果"));
		Files.writeString(out.resolve("findings.json"), "上次的结果");
		Files.createDirectories(out.resolve("report.md").resolve("占位"));
		OutputFiles files = new OutputFiles(out);
		files.add("findings.json", (stream) -> stream.write("本次".getBytes(StandardCharsets.UTF_8)));
		files.add("report.md", (stream) -> stream.write("本次".getBytes(StandardCharsets.UTF_8)));
		UsageException ex = catchThrowableOfType(UsageException.class, files::write);
		assertThat(ex).hasMessage("无法写入输出文件夹“" + out + "”：“" + out.resolve("report.md") + "”是一个文件夹，不能用结果文件替换");
		assertThat(out.resolve("findings.json")).hasContent("上次的结果");
		assertThat(list(out)).containsExactlyInAnyOrder(out.resolve("findings.json"), out.resolve("report.md"));
	}

	@Test
	void aWriterThatThrowsLeavesNothingBehind() {
		Path out = this.dir.resolve("结果");
		OutputFiles files = new OutputFiles(out);
		files.add("findings.json", (stream) -> {
			throw new IllegalStateException("a bug");
		});
		catchThrowableOfType(IllegalStateException.class, files::write);
		assertThat(out).doesNotExist();
	}

	@Test
	void aSymbolicLinkInTheOutputFolderIsReplacedNotWrittenThrough() throws IOException {
		Path out = Files.createDirectories(this.dir.resolve("结果"));
		Path elsewhere = Files.writeString(this.dir.resolve("别处.txt"), "不应改动");
		Files.createSymbolicLink(out.resolve("findings.json"), elsewhere);
		OutputFiles files = new OutputFiles(out);
		files.add("findings.json", (stream) -> stream.write("{}".getBytes(StandardCharsets.UTF_8)));
		files.write();
		assertThat(elsewhere).hasContent("不应改动");
		assertThat(out.resolve("findings.json")).isRegularFile().hasContent("{}");
		assertThat(list(out)).containsExactly(out.resolve("findings.json"));
	}

	@Test
	void aFolderWithoutWritePermissionIsRefusedSayingSo() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere whatever the permissions");
		Path locked = Files.createDirectories(this.dir.resolve("只读"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
					locked.resolve("结果").toString());
			assertThat(cli.exitCode).as(cli.toString()).isEqualTo(2);
			assertThat(cli.err).contains("没有写入权限");
			assertThat(list(locked)).isEmpty();
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	private static java.util.List<Path> list(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
