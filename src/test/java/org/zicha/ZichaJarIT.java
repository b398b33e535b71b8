package org.zicha;

import java.io.IOException;
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
 * The packaged jar, run as a user runs it: {@code java -jar target/zicha.jar}, from a
 * folder without a {@code rules/} folder so that the bundled rules are used.
 */
class ZichaJarIT {

	private static final Path JAR = Path.of("target/zicha.jar").toAbsolutePath();

	private static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

	@Test
	void xlsxAndJsonSampleLedgersGiveTheSameFindings(@TempDir Path work) throws Exception {
		Run json = run(work, "check", "--data", SAMPLE.resolve("json").toString(), "--as-of", "2025-12-31", "--out",
				"json-out", "--format", "json");
		Run xlsx = run(work, "check", "--data", SAMPLE.resolve("xlsx").toString(), "--as-of", "2025-12-31", "--out",
				"xlsx-out", "--format", "json");
		assertThat(json.exit).as(json.output).isZero();
		assertThat(xlsx.exit).as(xlsx.output).isZero();
		assertThat(json.output).contains("规则：内置规则")
			.contains("发现问题56条（重要问题12条、一般问题44条），在问题清单中合为38项；近期到期事项18条；经批准的例外2条。");
		ObjectNode fromJson = findings(work.resolve("json-out/findings.json"));
		ObjectNode fromXlsx = findings(work.resolve("xlsx-out/findings.json"));
		assertThat(fromXlsx).isEqualTo(fromJson);
		assertThat(fromJson.get("findings").size()).isEqualTo(74);
	}

	@Test
	void checkWritesEveryOutputByDefault(@TempDir Path work) throws Exception {
		Run run = run(work, "check", "--data", SAMPLE.resolve("xlsx").toString(), "--as-of", "2025-12-31");
		assertThat(run.exit).as(run.output).isZero();
		for (String file : List.of("findings.json", "report.md", "report.docx", "rectification.xlsx", "report.html")) {
			assertThat(work.resolve("zicha-out/2025-12-31").resolve(file)).isNotEmptyFile();
			assertThat(run.output).contains(file);
		}
		assertThat(Files.readString(work.resolve("zicha-out/2025-12-31/report.md"))).contains("## 二、存在的问题")
			.contains("一是理论武装抓得还不够紧");
	}

	@Test
	void exitCodesAreZeroOneAndTwo(@TempDir Path work) throws Exception {
		String data = SAMPLE.resolve("json").toString();
		assertThat(run(work, "check", "--data", data, "--as-of", "2025-12-31", "--format", "json").exit).isZero();
		assertThat(run(work, "check", "--data", data, "--as-of", "2025-12-31", "--format", "json", "--fail-on",
				"MAJOR").exit)
			.isEqualTo(1);
		Run invalid = run(work, "check", "--data", data, "--as-of", "yesterday");
		assertThat(invalid.exit).isEqualTo(2);
		assertThat(invalid.output).contains("不是有效的日期").doesNotContain("at org.");
		Path broken = work.resolve("broken.json");
		Files.writeString(broken, "{\"organizations\": [{\"id\": \"B1\", \"name\": \"一支部\", \"kind\": \"支部\"}], "
				+ "\"members\": [{\"id\": \"m1\", \"name\": \"王\", \"orgId\": \"B9\", \"status\": \"FULL\"}]}");
		Run bad = run(work, "check", "--data", broken.toString(), "--as-of", "2025-12-31", "--out", "bad-out");
		assertThat(bad.exit).isEqualTo(2);
		assertThat(bad.output).contains("broken.json members[0]（党员编号 m1）.orgId，值“B9”：找不到组织“B9”");
		assertThat(work.resolve("bad-out")).doesNotExist();
	}

	@Test
	void theDossierOfTheSampleIsWrittenFromTheJar(@TempDir Path work) throws Exception {
		Path template = work.resolve("反馈.xlsx");
		assertThat(run(work, "template", "--feedback", "--out", template.toString()).exit).isZero();
		Run run = run(work, "dossier", "--data", SAMPLE.resolve("xlsx").toString(), "--from", "2025-01-01", "--to",
				"2025-12-31", "--feedback", template.toString(), "--out", "dossier");
		assertThat(run.exit).as(run.output).isZero();
		for (String file : List.of("dossier.xlsx", "dossier.docx", "dossier.json")) {
			assertThat(work.resolve("dossier").resolve(file)).isNotEmptyFile();
		}
		assertThat(run.output).contains("zicha 佐证目录：市交通运输局党组").contains("上次反馈问题 0 个");
	}

	@Test
	void aBaselineOfAnotherUnitIsNamedWithItsWholePath(@TempDir Path work) throws Exception {
		Path other = work.resolve("各单位历次自查结果存档/2025年第四季度/s10_baseline_other_unit_of_the_county/findings.json");
		Files.createDirectories(other.getParent());
		Files.writeString(other,
				"""
						{"run": {"asOf": "2025-11-30", "from": "2025-01-01", "to": "2025-11-30", "roots": {"X": "某县教育局党委"}},
						 "findings": [{"key": "SHYK.ASSEMBLY|X1||2025-07-01|2025-09-30", "duty": "SHYK.ASSEMBLY", "area": "组织生活",
						   "severity": "MINOR", "orgId": "X1", "orgName": "某县第一中学党支部", "title": "未按期召开党员大会",
						   "message": "未召开", "period": {"from": "2025-07-01", "to": "2025-09-30"}}]}
						""");
		Run run = run(work, "check", "--data", SAMPLE.resolve("json").toString(), "--as-of", "2025-12-31", "--baseline",
				other.toString(), "--out", "out");
		assertThat(run.exit).as(run.output).isEqualTo(2);
		assertThat(run.output).contains("“" + other + "”").doesNotContain("…（共");
	}

	@Test
	void anOutputFolderThatIsAFileIsNamedWithItsWholePath(@TempDir Path work) throws Exception {
		Path file = work.resolve("p01_out_is_a_file_with_a_rather_long_name/结果.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "这是一个文件");
		Run run = run(work, "check", "--data", SAMPLE.resolve("json").toString(), "--as-of", "2025-12-31", "--out",
				file.toString());
		assertThat(run.exit).as(run.output).isEqualTo(2);
		assertThat(run.output).contains("无法写入输出文件夹“" + file + "”").doesNotContain("…（共");
	}

	@Test
	void aJsonNumberThatJsonDoesNotHaveIsNamedWithItsLineAndColumn(@TempDir Path work) throws Exception {
		Path ledger = work.resolve("ledger.json");
		Files.writeString(ledger, """
				{
				  "organizations": [
				    {"id": "B1", "name": "第一党支部", "kind": "党支部", "termYears": NaN}
				  ]
				}
				""");
		Run run = run(work, "validate", "--data", ledger.toString());
		assertThat(run.exit).as(run.output).isEqualTo(2);
		assertThat(run.output).contains("ledger.json：不是有效的 JSON：第3行第63列的“NaN”不是 JSON 中的数（JSON 没有 NaN、Infinity 这样的数）")
			.doesNotContain("格式有误");
		Files.writeString(ledger, "{\"members\": [{\"id\": \"m1\", \"name\": \"王\", \"orgId\": -Infinity}]}\n");
		assertThat(run(work, "validate", "--data", ledger.toString()).output)
			.contains("第1行第49列的“-Infinity”不是 JSON 中的数");
	}

	@Test
	void controlCharactersAndALoneSurrogateOfALedgerCellStayOutOfThePage(@TempDir Path work) throws Exception {
		String json = Files.readString(SAMPLE.resolve("json/ledger.json"), StandardCharsets.UTF_8)
			.replace("\"name\": \"机关第一党支部\"", "\"name\": \"机关第一\\u0007党支部\\ud800\\u001b[31m\"");
		assertThat(json).contains("\\ud800");
		Path ledger = work.resolve("ledger.json");
		Files.writeString(ledger, json, StandardCharsets.UTF_8);
		Run run = run(work, "check", "--data", ledger.toString(), "--as-of", "2025-12-31", "--out", "out", "--format",
				"html,md");
		assertThat(run.exit).as(run.output).isZero();
		String page = Files.readString(work.resolve("out/report.html"), StandardCharsets.UTF_8);
		assertThat(page).contains("机关第一党支部[31m")
			.doesNotContain("\u0007")
			.doesNotContain("\u001b")
			.doesNotContain("\ufffd");
		assertThat(page.chars().filter((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
		assertThat(page.chars().filter((c) -> Character.isSurrogate((char) c))).isEmpty();
	}

	private static ObjectNode findings(Path file) throws IOException {
		ObjectNode doc = (ObjectNode) JsonMapper.builder().build().readTree(file.toFile());
		ObjectNode run = (ObjectNode) doc.get("run");
		run.remove("generatedAt");
		run.remove("dataDigest");
		return doc;
	}

	private static Run run(Path dir, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exit, String output) {
	}

}
