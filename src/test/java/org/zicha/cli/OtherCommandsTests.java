package org.zicha.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code template}, {@code validate} and {@code rules}.
 */
class OtherCommandsTests {

	@Test
	void theTemplateValidatesAsItIs(@TempDir Path dir) {
		Path template = dir.resolve("台账模板.xlsx");
		Cli written = Cli.run("template", "--out", template.toString());
		assertThat(written.exitCode).as(written.toString()).isZero();
		assertThat(template).exists();
		Cli validated = Cli.run("validate", "--data", template.toString());
		assertThat(validated.exitCode).as(validated.toString()).isZero();
		assertThat(validated.out).contains("台账校验通过：1 个文件")
			.contains("组织 1 个，党员 2 名，活动 1 条（议题 1 项），学习篇目 1 篇，党费 1 条，谈心谈话 1 条，发展党员 1 人，例外 1 项");
	}

	@Test
	void templateWithDataConvertsALedgerThatReadsTheSame(@TempDir Path dir) throws Exception {
		Path workbook = dir.resolve("ledger.xlsx");
		assertThat(Cli.run("template", "--data", "src/test/resources/conformance/p02_two_gaps_2024/data", "--out",
				workbook.toString()).exitCode)
			.isZero();
		Cli check = Cli.run("check", "--data", workbook.toString(), "--as-of", "2024-12-31", "--out",
				dir.resolve("out").toString(), "--format", "json");
		assertThat(check.exitCode).isZero();
		assertThat(Files.readString(dir.resolve("out/findings.json")))
			.contains("SHYK.COMMITTEE|B1||2024-11-01|2024-11-30")
			.contains("THEME_DAY|B2||2024-02-01|2024-02-29");
	}

	@Test
	void validateReportsEveryProblemAndExitsTwo() {
		Cli cli = Cli.run("validate", "--data", "src/test/resources/conformance/p04_unknown_branch/data");
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("台账有 1 处错误").contains("找不到组织“B7”");
	}

	@Test
	void rulesListsEveryDutyWithThresholdsAndSource() {
		Cli cli = Cli.run("rules");
		assertThat(cli.exitCode).isZero();
		assertThat(cli.out).contains("共 42 项义务")
			.contains("【组织生活】")
			.contains("SHYK.ASSEMBLY  未按期召开党员大会（一般问题）")
			.contains("阈值：统计周期 季度，次数 1，提醒窗口 20天")
			.contains("依据：《中国共产党支部工作条例（试行）》第十一条")
			.contains("CENTRAL_GROUP.ANNUAL")
			.contains("DATA.INVALID_ROW")
			.contains("ORG.COMMITTEE_SIZE  支部委员会委员人数不符合规定（一般问题）")
			.contains("阈值：次数 3，上限 7")
			.contains("依据：《中国共产党党和国家机关基层组织工作条例》第七条");
		assertThat(cli.out.indexOf("【组织生活】")).isLessThan(cli.out.indexOf("【理论学习】"));
	}

	@Test
	void rulesListsTheRowsForACategoryUnderTheirDuty(@TempDir Path rules) throws Exception {
		org.zicha.testing.RulesFolder.copyInto(rules);
		org.zicha.testing.ThresholdsTable.addRow(rules.resolve("thresholds.xlsx"), "SHYK.ASSEMBLY", "离退休",
				java.util.Map.of("统计周期", "半年", "次数", "1", "提醒窗口（天）", "30"));
		Cli cli = Cli.run("rules", "--rules", rules.toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		assertThat(cli.out).contains("""
				SHYK.ASSEMBLY  未按期召开党员大会（一般问题）
				    阈值：统计周期 季度，次数 1，提醒窗口 20天
				    阈值（组织类别“离退休”）：统计周期 半年，次数 1，提醒窗口 30天
				""");
	}

	@Test
	void aWordingMistakeIsReportedByRulesAsByCheck(@TempDir Path dir) throws Exception {
		Path rules = dir.resolve("rules");
		try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(Path.of("rules"))) {
			for (Path p : walk.toList()) {
				Path target = rules.resolve(Path.of("rules").relativize(p).toString());
				if (java.nio.file.Files.isDirectory(p)) {
					java.nio.file.Files.createDirectories(target);
				}
				else {
					java.nio.file.Files.copy(p, target);
				}
			}
		}
		Path wording = rules.resolve("report/phrasing.yml");
		java.nio.file.Files.writeString(wording,
				java.nio.file.Files.readString(wording).replace("{orgCount}个{orgUnit}未按月", "{orgCount}个{orgUnits}未按月"));
		Cli listed = Cli.run("rules", "--rules", rules.toString());
		Cli checked = Cli.run("check", "--data", "sample-data/json", "--as-of", "2025-12-31", "--rules",
				rules.toString(), "--out", dir.resolve("out").toString());
		assertThat(listed.exitCode).isEqualTo(2);
		assertThat(checked.exitCode).isEqualTo(2);
		assertThat(listed.err).contains("规则有 1 处错误")
			.contains("report/phrasing.yml：themes[2]（组织生活）.sentences[0].clauses[1].many：占位符{orgUnits}无法填入");
		assertThat(checked.err).contains(listed.err.lines().skip(1).findFirst().orElseThrow());
		assertThat(dir.resolve("out")).doesNotExist();
	}

	@Test
	void helpAndVersionAreAvailable() {
		Cli help = Cli.run("check", "--help");
		assertThat(help.exitCode).isZero();
		assertThat(help.out).contains("--as-of").contains("--fail-on").contains("--baseline");
		assertThat(Cli.run("--version").out).startsWith("zicha ");
	}

}
