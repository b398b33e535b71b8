package org.zicha.dossier;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.dossier.Entries.met;
import static org.zicha.dossier.Entries.missed;

/**
 * Where the rectification of a problem stands: from the rectification ledger, and 整改不到位
 * when a problem marked done is found again later.
 */
class ProblemStatusTests {

	private final Entry february = missed("THEME_DAY", "B1", "2024-02");

	private final List<Entry> keptSince = List.of(this.february, met("THEME_DAY", "B1", "2024-03"),
			met("THEME_DAY", "B2", "2024-03"));

	private final List<Entry> missedAgain = List.of(this.february, met("THEME_DAY", "B1", "2024-03"),
			missed("THEME_DAY", "B1", "2024-05"));

	@Test
	void withoutARectificationLedgerAProblemIsOngoing() {
		ProblemStatus status = ProblemStatus.of(this.february, this.keptSince, Map.of(), false);
		assertThat(status.status()).isEqualTo("未提供整改台账");
		assertThat(status.progress()).isEqualTo(Progress.ONGOING);
		assertThat(status.later()).isEqualTo("其后1个期间均已落实");
	}

	@Test
	void aProblemMarkedDoneAndNotFoundAgainIsDone() {
		ProblemStatus status = ProblemStatus.of(this.february, this.keptSince, rectified("已完成"), true);
		assertThat(status.progress()).isEqualTo(Progress.DONE);
	}

	@Test
	void aProblemMarkedDoneButFoundAgainIsNotEffective() {
		ProblemStatus status = ProblemStatus.of(this.february, this.missedAgain, rectified("已销号"), true);
		assertThat(status.progress()).isEqualTo(Progress.NOT_EFFECTIVE);
		assertThat(status.later()).isEqualTo("其后再次出现（2024年5月等1个期间）");
	}

	@Test
	void aProblemInProgressIsOngoingEvenWhenMetSince() {
		assertThat(ProblemStatus.of(this.february, this.keptSince, rectified("整改中"), true).progress())
			.isEqualTo(Progress.ONGOING);
	}

	@Test
	void aProblemTheLedgerDoesNotListIsSaidSo() {
		assertThat(ProblemStatus.of(this.february, this.keptSince, Map.of(), true).status()).isEqualTo("未列入整改台账");
	}

	private Map<String, Rectification> rectified(String status) {
		return Map.of(this.february.finding().key(),
				new Rectification(status, null, null, status.equals("已完成") || status.equals("已销号"), false));
	}

}
