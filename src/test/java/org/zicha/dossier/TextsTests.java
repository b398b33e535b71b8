package org.zicha.dossier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrases the dossier's writers share.
 */
class TextsTests {

	@Test
	void controlCharactersAWordDocumentCannotHoldAreRemovedTabsAndLineBreaksKept() {
		assertThat(Texts.clean("党员大会\u0001不经常\u000b\t甲\n乙\uFFFF")).isEqualTo("党员大会不经常\t甲\n乙");
		assertThat(Texts.clean(null)).isEmpty();
	}

	@Test
	void theTitleOfAGapTurnsIntoWhatTheDutyAsks() {
		assertThat(Texts.requirement("未按期召开党员大会")).isEqualTo("按期召开党员大会");
		assertThat(Texts.requirement("谈心谈话未全覆盖")).isEqualTo("谈心谈话全覆盖");
		assertThat(Texts.requirement("会议记录不完整")).isEqualTo("会议记录完整");
		assertThat(Texts.requirement("党员连续六个月不参加组织生活")).isEqualTo("党员无连续六个月不参加组织生活");
		assertThat(Texts.requirement("延长预备期超过一年")).isEqualTo("延长预备期未超过一年");
		assertThat(Texts.requirement("应设支委会而未设立")).isEqualTo("按规定设立支委会");
		assertThat(Texts.requirement("任期即将届满")).isEqualTo("任期即将届满");
	}

}
