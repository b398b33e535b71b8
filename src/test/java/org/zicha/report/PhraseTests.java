package org.zicha.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The template language of the wording file: placeholders, optional parts, lists.
 */
class PhraseTests {

	private static final Phrase MEMBERS = Phrase
		.parse("现有党员{total}名[，其中[正式党员{full}名][、预备党员{probationary}名]][，[外驻站点党员{outstation}名][、流动党员{mobile}名]]。");

	@Test
	void placeholdersAreFilledAndAllPartsKeptWhenEveryValueIsThere() {
		assertThat(MEMBERS.fill(values(97, 95, 2, 22, 2))).isEqualTo("现有党员97名，其中正式党员95名、预备党员2名，外驻站点党员22名、流动党员2名。");
	}

	@Test
	void aPartWithAZeroIsLeftOutAndTheNextItemOfTheListLosesItsSeparator() {
		assertThat(MEMBERS.fill(values(25, 25, 0, 0, 1))).isEqualTo("现有党员25名，其中正式党员25名，流动党员1名。");
		assertThat(MEMBERS.fill(values(3, 0, 3, 0, 0))).isEqualTo("现有党员3名，其中预备党员3名。");
	}

	@Test
	void aPartWhoseNestedPartsAreAllLeftOutIsLeftOut() {
		assertThat(MEMBERS.fill(values(5, 0, 0, 0, 0))).isEqualTo("现有党员5名。");
	}

	@Test
	void partsThatBeginWithTheirSeparatorKeepItWhenAnEarlierOneIsLeftOut() {
		Phrase p = Phrase.parse("{period}[，召开会议{held}次][；学习{items}项次][；召开恳谈会{forums}次]。");
		Map<String, Object> values = new HashMap<>(Map.of("period", "2025年", "held", 0, "items", 3, "forums", 4));
		assertThat(p.fill(values)).isEqualTo("2025年；学习3项次；召开恳谈会4次。");
	}

	@Test
	void aListLedByAPartWithoutSeparatorDropsTheSeparatorOfItsFirstWrittenItem() {
		Phrase p = Phrase.parse("[{period}，[召开会议{held}次][；学习{items}项次]。]");
		assertThat(p.fill(Map.of("period", "2025年", "held", 0, "items", 3))).isEqualTo("2025年，学习3项次。");
		assertThat(p.fill(Map.of("period", "2025年", "held", 0, "items", 0))).isEmpty();
	}

	@Test
	void aShareThatCannotBeComputedLeavesItsPartOut() {
		Phrase p = Phrase.parse("召开党员大会{held}次[，按期召开率{rate}]。");
		Map<String, Object> values = new HashMap<>();
		values.put("held", 4);
		values.put("rate", null);
		assertThat(p.fill(values)).isEqualTo("召开党员大会4次。");
		values.put("rate", "96.4%");
		assertThat(p.fill(values)).isEqualTo("召开党员大会4次，按期召开率96.4%。");
	}

	@Test
	void outsideAPartAMissingNumberIsWrittenAsItFormats() {
		assertThat(Phrase.parse("共{count}条").fill(Map.of("count", 0))).isEqualTo("共0条");
		assertThat(Phrase.parse("共{count}条").fill(Map.of())).isEqualTo("共条");
	}

	@Test
	void datesListsAndDecimalsAreWrittenForReading() {
		assertThat(Phrase.parse("{day}：{names}，{share}")
			.fill(Map.of("day", LocalDate.of(2025, 12, 31), "names", List.of("甲", "乙"), "share",
					new BigDecimal("0.50"))))
			.isEqualTo("2025年12月31日：甲、乙，0.50");
	}

	@Test
	void namesListsEveryPlaceholderInOrder() {
		assertThat(MEMBERS.names()).containsExactly("total", "full", "probationary", "outstation", "mobile");
	}

	@Test
	void unbalancedBracketsAndBracesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.parse("[未闭合"))
			.withMessageContaining("“[”没有配对的“]”");
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.parse("多余]")).withMessageContaining("“]”前没有“[”");
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.parse("{名称")).withMessageContaining("“{”没有配对的“}”");
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.parse("多余}")).withMessageContaining("“}”前没有“{”");
	}

	private static Map<String, Object> values(int total, int full, int probationary, int outstation, int mobile) {
		return Map.of("total", total, "full", full, "probationary", probationary, "outstation", outstation, "mobile",
				mobile);
	}

}
