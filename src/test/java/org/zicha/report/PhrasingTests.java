package org.zicha.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.testing.Checks;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The wording file checked against the rules: every key, every placeholder, every area in
 * a theme, every duty with its sentences; a mistake names its key.
 */
class PhrasingTests {

	private static final Path FILE = Path.of("rules").resolve(Phrasing.FILE);

	@Test
	void theBundledWordingFitsTheBundledRules() throws IOException {
		assertThat(problems(Files.readString(FILE))).isEmpty();
	}

	@Test
	void aPlaceholderThatCannotBeFilledIsNamedWithItsKeyAndWhatCanBeUsed() throws IOException {
		List<String> problems = problems(replace("{org}有{count}次会议未将", "{org}有{cout}次会议未将"));
		assertThat(problems).singleElement()
			.asString()
			.startsWith("themes[0]（理论武装）.sentences[0].clauses[0].one：占位符{cout}无法填入")
			.contains("{count}", "{orgs}");
	}

	@Test
	void aPlaceholderOfTheStatisticsThatARunDoesNotComputeIsNamed() throws IOException {
		List<String> problems = problems(replace("{stats.centralGroupStudies}", "{stats.centralGroupStudy}"));
		assertThat(problems).hasSize(3)
			.anySatisfy((p) -> assertThat(p).startsWith("basics[0]：占位符{stats.centralGroupStudy}无法填入"))
			.anySatisfy((p) -> assertThat(p).startsWith("committee：占位符{stats.centralGroupStudy}无法填入"))
			.anySatisfy((p) -> assertThat(p).startsWith("byYear.year：占位符{stats.centralGroupStudy}无法填入"));
	}

	@Test
	void anAreaOfARuleInNoThemeIsNamedWithItsDuties() throws IOException {
		List<String> problems = problems(replace("areas: [主体责任, 组织建设, 联系群众]", "areas: [主体责任, 组织建设]"));
		assertThat(problems)
			.anySatisfy((p) -> assertThat(p).startsWith("themes：规则中的领域“联系群众”（STAFF_FORUM.QUARTERLY）不属于任何主题"));
		assertThat(problems)
			.anySatisfy((p) -> assertThat(p).contains("义务 STAFF_FORUM.QUARTERLY 属于领域“联系群众”，不在本主题的 areas 中"));
	}

	@Test
	void aDutyWithoutItsSentenceInTheAppendixOrItsClauseInTheBodyIsNamed() throws IOException {
		String text = replace("  STAFF_FORUM.QUARTERLY: \"{org}{periods}未召开职工恳谈会\"\n", "");
		assertThat(problems(text))
			.containsExactly("duties.STAFF_FORUM.QUARTERLY：缺少义务 STAFF_FORUM.QUARTERLY（未按期召开职工恳谈会）在问题清单中的问题描述");
		String body = Files.readString(FILE)
			.replace("          - duties: [STAFF_FORUM.QUARTERLY]\n            eachNamed: true\n"
					+ "            one: \"；{org}{periods}未召开职工恳谈会\"\n"
					+ "            many: \"；{orgCount}个党组织未按季度召开职工恳谈会，共缺{missing}次\"\n", "");
		assertThat(problems(body))
			.containsExactly("themes[1]（管党治党责任）.sentences：义务 STAFF_FORUM.QUARTERLY（未按期召开职工恳谈会）没有出现在本主题的任何一句中");
	}

	@Test
	void aDutyStatedInTheBodyWithoutItsActionInTheMeasuresIsNamed() throws IOException {
		List<String> problems = problems(
				replace("        - duties: [STAFF_FORUM.QUARTERLY]\n          text: \"按季度召开职工恳谈会",
						"        - text: \"按季度召开职工恳谈会"));
		assertThat(problems).containsExactly(
				"themes[1]（管党治党责任）.measure.actions：义务 STAFF_FORUM.QUARTERLY（未按期召开职工恳谈会）的问题写入了正文，但下步工作没有针对它的措施（在某项措施的 duties 中列出）");
	}

	@Test
	void aDutyTheRulesDoNotKnowIsNamed() throws IOException {
		List<String> problems = problems(replace("duties: [CENTRAL_GROUP.ANNUAL]\n        text:",
				"duties: [CENTRAL_GROUP.ANUAL]\n        text:"));
		assertThat(problems).containsExactly("themes[0]（理论武装）.clauses[1].duties：规则中没有义务 CENTRAL_GROUP.ANUAL");
	}

	@Test
	void bracketsThatDoNotCloseAreNamedWithTheirKey() throws IOException {
		List<String> problems = problems(replace("coverage: \"检查期间：{period}，", "coverage: \"[检查期间：{period}，"));
		assertThat(problems).singleElement().asString().startsWith("coverage：“[”没有配对的“]”");
	}

	@Test
	void aMissingKeyAndMoreThanFiveThemesAreNamed() throws IOException {
		assertThat(problems(replace("  attachment: \"附件：{appendix}\"\n", ""))).containsExactly("ending.attachment：缺少");
		assertThat(problems(replace("  reopened: \"整改中\"", "  reopened: \"重新整改\"")))
			.containsExactly("rectification.reopened：应为 statuses 中的一项");
	}

	@Test
	void statusesThatCannotMakeADropDownAreNamed() throws IOException {
		assertThat(problems(replace("statuses: [未整改, 整改中, 已完成, 已销号]", "statuses: [未整改, 整改中, 已完成, 已销号, \"待验收,复核\"]")))
			.containsExactly("rectification.statuses：整改状态不能为空或含逗号、引号，合计不超过255个字符");
	}

	@Test
	void textThatIsNoYamlIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Phrasing.parse(new ByteArrayInputStream("title: [\n".getBytes(StandardCharsets.UTF_8))))
			.withMessageStartingWith("不是有效的 YAML");
	}

	private static String replace(String from, String to) throws IOException {
		String text = Files.readString(FILE);
		assertThat(text).contains(from);
		return text.replace(from, to);
	}

	static List<String> problems(String yaml) {
		Phrasing phrasing = Phrasing.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
		return phrasing.problems(Checks.rules().duties(), statistics());
	}

	/**
	 * The names of the statistics a run computes.
	 */
	static Set<String> statistics() {
		CheckResult result = Checks.check(LedgerBuilder.ledger().build(), "2025-12-31");
		Set<String> names = new TreeSet<>();
		names(null, result.stats(), names);
		return names;
	}

	private static void names(String prefix, Object value, Set<String> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> names(((prefix != null) ? prefix + "." : "") + k, v, into));
		}
		else if (prefix != null) {
			into.add(prefix);
		}
	}

}
