package org.zicha.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Shown}: ledger text as a message shows it.
 */
class ShownTests {

	@Test
	void controlCharactersAreWrittenAsVisibleEscapes() {
		assertThat(Shown.escaped("A\u001b[2J\u001b]52;c;ZXZpbA==\u0007B\r\n\u009b"))
			.isEqualTo("A\\x1B[2J\\x1B]52;c;ZXZpbA==\\x07B\\x0D\\x0A\\x9B");
	}

	@Test
	void charactersThatReorderTextOnScreenAreWrittenAsEscapes() {
		assertThat(Shown.escaped("党费\u202E001\u2066")).isEqualTo("党费\\u202E001\\u2066");
	}

	@Test
	void plainTextIsUnchanged() {
		String text = "机关第一党支部 2025年第一季度党员大会（含党课）";
		assertThat(Shown.escaped(text)).isSameAs(text);
	}

	@Test
	void aLongValueIsCutToItsFirstFiftyCharactersAndItsLength() {
		assertThat(Shown.value("党".repeat(50))).isEqualTo("党".repeat(50));
		assertThat(Shown.value("党".repeat(51))).isEqualTo("党".repeat(50) + "…（共 51 字）");
		assertThat(Shown.value("\u001b".repeat(60))).isEqualTo("\\x1B".repeat(50) + "…（共 60 字）");
	}

	@Test
	void charactersOutsideTheBasicPlaneCountOnce() {
		assertThat(Shown.value("𠀀".repeat(51))).isEqualTo("𠀀".repeat(50) + "…（共 51 字）");
	}

}
