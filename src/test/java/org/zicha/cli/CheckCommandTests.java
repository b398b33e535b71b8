package org.zicha.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTests {

	private static final String SAMPLE = "sample-data/json";

	@Test
	void checkOnTheSampleDataExitsZeroPrintsTheSummaryAndWritesFindings(@TempDir Path out) throws IOException {
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out", out.toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		assertThat(cli.out).contains("检查期间：2025年1月1日至2025年12月31日（截至2025年12月31日）")
			.contains("发现问题70条（重要问题13条、一般问题57条），在问题清单中合为47项；近期到期事项18条；经批准的例外2条。")
			.contains("组织生活 16 条")
			.contains(out.resolve("findings.json").toString());
		JsonNode doc = JsonMapper.builder().build().readTree(out.resolve("findings.json").toFile());
		assertThat(doc.get("run").get("asOf").asString()).isEqualTo("2025-12-31");
		assertThat(doc.get("findings").size()).isEqualTo(88);
		assertThat(doc.get("exempted").size()).isEqualTo(2);
		assertThat(doc.get("stats").get("members").get("total").asInt()).isEqualTo(100);
	}

	@Test
	void failOnExitsOneWhenAFindingOfThatSeverityOrWorseExists(@TempDir Path out) {
		assertThat(Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out", out.toString(), "--fail-on",
				"MAJOR").exitCode)
			.isEqualTo(1);
		assertThat(Cli.run("check", "--data", "src/test/resources/conformance/p01_clean_year_2024/data", "--as-of",
				"2024-12-31", "--out", out.toString(), "--fail-on", "MAJOR").exitCode)
			.isZero();
	}

	@Test
	void invalidLedgerExitsTwoNamesTheProblemAndWritesNothing(@TempDir Path out) {
		Cli cli = Cli.run("check", "--data", "src/test/resources/conformance/p04_unknown_branch/data", "--as-of",
				"2024-12-31", "--out", out.resolve("out").toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("ledger.json members[9]（党员编号 m22）.orgId，值“B7”：找不到组织“B7”")
			.doesNotContain("Exception");
		assertThat(out.resolve("out")).doesNotExist();
	}

	@Test
	void invalidOptionsExitTwoWithAChineseMessage(@TempDir Path out) {
		Cli badDate = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-13-01", "--out", out.toString());
		assertThat(badDate.exitCode).isEqualTo(2);
		assertThat(badDate.err).contains("选项 --as-of 的取值有误：“2025-13-01”不是日历上存在的日期");
		Cli window = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--from", "2025-06-01", "--to",
				"2025-05-01", "--out", out.toString());
		assertThat(window.exitCode).isEqualTo(2);
		assertThat(window.err).contains("--to（2025-05-01）早于 --from（2025-06-01）");
		Cli severity = Cli.run("check", "--data", SAMPLE, "--fail-on", "HUGE", "--out", out.toString());
		assertThat(severity.exitCode).isEqualTo(2);
		assertThat(severity.err).contains("“HUGE”不是问题类别");
		Cli missing = Cli.run("check", "--data", "no/such/folder", "--out", out.toString());
		assertThat(missing.exitCode).isEqualTo(2);
		assertThat(missing.err).contains("--data：找不到文件或文件夹“no/such/folder”").doesNotContain("台账有", "--lenient");
		assertThat(out).isEmptyDirectory();
	}

	@Test
	void lenientSkipsBadRowsAndReportsEachAsAFinding(@TempDir Path data, @TempDir Path out) throws IOException {
		Files.writeString(data.resolve("ledger.json"), """
				{"organizations": [{"id": "B1", "name": "一支部", "kind": "党支部"}],
				 "activities": [{"id": "A1", "orgId": "B1", "types": ["主题党日"], "date": "2025-02-30"},
				                {"id": "A2", "orgId": "B1", "types": ["主题党日"], "date": "2025-01-15"}]}
				""");
		Cli strict = Cli.run("check", "--data", data.toString(), "--as-of", "2025-01-31", "--out", out.toString());
		assertThat(strict.exitCode).isEqualTo(2);
		assertThat(strict.err).contains("ledger.json activities[0]（活动编号 A1）.date，值“2025-02-30”：不是日历上存在的日期");
		Cli lenient = Cli.run("check", "--data", data.toString(), "--as-of", "2025-01-31", "--out", out.toString(),
				"--lenient", "--format", "json");
		assertThat(lenient.exitCode).as(lenient.toString()).isZero();
		assertThat(lenient.out).contains("有 1 行台账记录有误，已跳过");
		JsonNode findings = JsonMapper.builder()
			.build()
			.readTree(out.resolve("findings.json").toFile())
			.get("findings");
		assertThat(findings.size()).isEqualTo(1);
		assertThat(findings.get(0).get("key").asString()).isEqualTo("DATA.INVALID_ROW||ledger.json:activities:0||");
		assertThat(findings.get(0).get("message").asString()).contains("不是日历上存在的日期");
	}

	@Test
	void ruleCompileErrorExitsTwoWithFileAndLine(@TempDir Path rules, @TempDir Path out) throws IOException {
		copyRules(rules);
		Path broken = rules.resolve("orglife/meetings.drl");
		String text = Files.readString(broken)
			.replace("$org : Organization(kind == OrgKind.BRANCH)", "$org : Organisation(kind == OrgKind.BRANCH)");
		Files.writeString(broken, text);
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--rules", rules.toString(), "--out",
				out.toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("规则有").contains("orglife/meetings.drl 第").contains("Organisation");
		assertThat(out).isEmptyDirectory();
	}

	@Test
	void editedThresholdsInARulesFolderChangeTheFindings(@TempDir Path rules, @TempDir Path out) throws IOException {
		copyRules(rules);
		Path table = rules.resolve("thresholds.xlsx");
		org.zicha.testing.ThresholdsTable.set(table, "CENTRAL_GROUP.ANNUAL", "次数", "9");
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--rules", rules.toString(), "--out",
				out.toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		assertThat(Files.readString(out.resolve("findings.json"), StandardCharsets.UTF_8))
			.doesNotContain("CENTRAL_GROUP.ANNUAL|R|");
	}

	static void copyRules(Path target) throws IOException {
		Path source = Path.of("rules");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				Files.createDirectories(to.getParent());
				Files.copy(file, to);
			}
		}
	}

}
