package org.zicha;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher {@code ./zicha} as the README's first command runs it: the extracted jar
 * with its class-data-sharing archive gives what {@code java -jar target/zicha.jar}
 * gives.
 */
class LauncherIT {

	private static final Path LAUNCHER = Path.of("zicha").toAbsolutePath();

	private static final Path JAR = Path.of("target/zicha.jar").toAbsolutePath();

	private static final Path SAMPLE = Path.of("sample-data/xlsx").toAbsolutePath();

	@Test
	void theBuildLeavesTheExtractedJarAndItsArchive() {
		assertThat(Path.of("target/zicha-app/zicha.jar")).isNotEmptyFile();
		assertThat(Path.of("target/zicha-app/zicha.jsa")).isNotEmptyFile();
		assertThat(Path.of("target/zicha-app/lib")).isNotEmptyDirectory();
	}

	@Test
	void theLauncherFindsWhatTheJarFinds(@TempDir Path work) throws Exception {
		Run launched = run(work, List.of(LAUNCHER.toString()), "check", "--data", SAMPLE.toString(), "--as-of",
				"2025-12-31", "--out", "launched", "--format", "json");
		Run jar = run(work, List.of("java", "-jar", JAR.toString()), "check", "--data", SAMPLE.toString(), "--as-of",
				"2025-12-31", "--out", "jar", "--format", "json");
		assertThat(launched.exit).as(launched.output).isZero();
		assertThat(jar.exit).as(jar.output).isZero();
		assertThat(launched.output).doesNotContain("warning").doesNotContain("CDS");
		assertThat(findings(work.resolve("launched/findings.json")))
			.isEqualTo(findings(work.resolve("jar/findings.json")));
	}

	@Test
	void theLauncherPassesExitCodesAndMessagesThrough(@TempDir Path work) throws Exception {
		Run invalid = run(work, List.of(LAUNCHER.toString()), "check", "--data", SAMPLE.toString(), "--as-of",
				"yesterday");
		assertThat(invalid.exit).isEqualTo(2);
		assertThat(invalid.output).contains("不是有效的日期").doesNotContain("at org.");
		Run version = run(work, List.of(LAUNCHER.toString()), "--version");
		assertThat(version.exit).isZero();
		assertThat(version.output).startsWith("zicha ");
	}

	private static ObjectNode findings(Path file) throws Exception {
		ObjectNode node = (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(file));
		ObjectNode run = (ObjectNode) node.get("run");
		run.remove("generatedAt");
		run.remove("dataDigest");
		return node;
	}

	private static Run run(Path dir, List<String> launcher, String... args) throws Exception {
		List<String> command = new ArrayList<>(launcher);
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exit, String output) {
	}

}
