package org.zicha.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's own messages: Chinese, with the closest valid command or option and
 * the usage line of the command concerned.
 */
class ParameterMessagesTests {

	private static final String SAMPLE = "sample-data/xlsx";

	@Test
	void unknownCommandNamesTheCommandsAndSuggestsTheClosest() {
		Cli cli = Cli.run("chek", "--data", SAMPLE);
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).isEqualTo("""
				命令参数有误：没有命令“chek”，可用的命令：check、validate、rules、template、dossier。是否要输入 check？
				查看用法：java -jar zicha.jar --help
				""");
	}

	@Test
	void unknownCommandFarFromEveryCommandSuggestsNone() {
		assertThat(Cli.run("report").err)
			.startsWith("命令参数有误：没有命令“report”，可用的命令：check、validate、rules、template、dossier\n");
	}

	@Test
	void abbreviatedOptionSuggestsTheOptionItBegins() {
		Cli cli = Cli.run("check", "--as", "2025-12-31", "--data", SAMPLE);
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).isEqualTo("""
				命令参数有误：没有选项“--as”。是否要输入 --as-of？
				查看用法：java -jar zicha.jar check --help
				""");
	}

	@Test
	void unknownOptionAfterAListOptionIsNotTakenForAFile() {
		Cli cli = Cli.run("check", "--data", SAMPLE, "--form", "2025-01-01");
		assertThat(cli.err).startsWith("命令参数有误：没有选项“--form”。是否要输入 --from 或 --format？\n");
	}

	@Test
	void missingRequiredOptionIsNamed() {
		Cli cli = Cli.run("validate");
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).isEqualTo("""
				命令参数有误：缺少必填选项 --data PATH
				查看用法：java -jar zicha.jar validate --help
				""");
	}

	@Test
	void optionWithoutItsValueIsNamed() {
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of");
		assertThat(cli.err).startsWith("命令参数有误：选项 --as-of 缺少取值（DATE）\n");
	}

	@Test
	void optionGivenTwiceIsNamed() {
		Cli cli = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--as-of", "2025-11-30");
		assertThat(cli.err).startsWith("命令参数有误：选项 --as-of 只能填写一次\n");
	}

	@Test
	void datesAreReadInTheFormsOfTheLedger(@TempDir Path out) {
		for (String date : new String[] { "2024/12/31", "2024.12.31", "2024年12月31日" }) {
			Cli cli = Cli.run("check", "--data", "src/test/resources/conformance/p01_clean_year_2024/data", "--as-of",
					date, "--out", out.resolve(date.replace('/', '-')).toString(), "--format", "json");
			assertThat(cli.exitCode).as(cli.toString()).isZero();
			assertThat(cli.out).contains("截至2024年12月31日");
		}
	}

	@Test
	void dateThatIsNoDayOfTheCalendarIsRefused() {
		Cli cli = Cli.run("check", "--data", SAMPLE, "--from", "2025/2/30");
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).startsWith("命令参数有误：选项 --from 的取值有误：“2025/2/30”不是日历上存在的日期\n");
	}

	@Test
	void controlCharactersOfAnArgumentAreNotPrintedRaw() {
		Cli cli = Cli.run("chec\u001b]0;title\u0007k");
		assertThat(cli.err).contains("chec\\x1B]0;title\\x07k").doesNotContain("\u001b");
	}

	@Test
	void templateDoesNotOverwriteAFileUnlessForced(@TempDir Path dir) throws Exception {
		Path filled = dir.resolve("台账.xlsx");
		Files.writeString(filled, "filled in");
		Cli refused = Cli.run("template", "--out", filled.toString());
		assertThat(refused.exitCode).isEqualTo(2);
		assertThat(refused.err).contains("文件“" + filled + "”已存在，未覆盖；确需覆盖请加 --force")
			.contains("查看用法：java -jar zicha.jar template --help");
		assertThat(Files.readString(filled)).isEqualTo("filled in");
		Cli forced = Cli.run("template", "--out", filled.toString(), "--force");
		assertThat(forced.exitCode).as(forced.toString()).isZero();
		assertThat(Files.size(filled)).isGreaterThan(1000);
	}

}
