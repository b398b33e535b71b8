package org.zicha.dossier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.dossier.Entries.item;
import static org.zicha.dossier.Entries.met;
import static org.zicha.dossier.Entries.missed;

/**
 * An item of an earlier inspection's feedback checked against the entries: still missed
 * after its deadline is 整改不到位.
 */
class FollowUpTests {

	private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

	private static final List<Entry> ENTRIES = List.of(missed("THEME_DAY", "B1", "2024-02"),
			met("THEME_DAY", "B1", "2024-03"), met("THEME_DAY", "B1", "2024-04"), missed("THEME_DAY", "B2", "2024-08"),
			met("THEME_DAY", "B2", "2024-09"));

	@Test
	void anItemMetEveryPeriodAfterItsDeadlineIsKept() {
		FollowUp f = FollowUp.of(item("THEME_DAY", "B1", "2024-02-29", "已完成"), ENTRIES, AS_OF);
		assertThat(f.verdict()).isEqualTo(FollowUp.Verdict.KEPT);
		assertThat(f.checked()).isEqualTo(2);
		assertThat(f.progress()).isEqualTo(Progress.DONE);
	}

	@Test
	void anItemMissedAfterItsDeadlineIsNotEffectiveWhateverItsStatus() {
		FollowUp f = FollowUp.of(item("THEME_DAY", null, "2024-03-31", "已完成"), ENTRIES, AS_OF);
		assertThat(f.verdict()).isEqualTo(FollowUp.Verdict.STILL_MISSED);
		assertThat(f.gaps()).extracting(Entry::orgId).containsExactly("B2");
		assertThat(f.progress()).isEqualTo(Progress.NOT_EFFECTIVE);
	}

	@Test
	void aGapBeforeTheDeadlineDoesNotCount() {
		FollowUp f = FollowUp.of(item("THEME_DAY", "B1", "2024-02-29", "整改中"), ENTRIES, AS_OF);
		assertThat(f.gaps()).isEmpty();
		assertThat(f.progress()).isEqualTo(Progress.ONGOING);
	}

	@Test
	void anItemWhoseDeadlineHasNotPassedIsNotYetChecked() {
		FollowUp f = FollowUp.of(item("THEME_DAY", "B2", "2025-12-31", "整改中"), ENTRIES, AS_OF);
		assertThat(f.verdict()).isEqualTo(FollowUp.Verdict.NOT_YET_DUE);
		assertThat(f.progress()).isEqualTo(Progress.ONGOING);
	}

	@Test
	void anItemWithoutPeriodsAfterItsDeadlineCannotBeVerified() {
		FollowUp f = FollowUp.of(item("SHYK.ASSEMBLY", "B1", "2024-06-30", "已完成"), ENTRIES, AS_OF);
		assertThat(f.verdict()).isEqualTo(FollowUp.Verdict.UNVERIFIABLE);
		assertThat(f.progress()).isEqualTo(Progress.DONE);
	}

	@Test
	void anItemMappedToNoDutyKeepsItsStatus() {
		FollowUp f = FollowUp.of(item(null, null, null, "已销号"), ENTRIES, AS_OF);
		assertThat(f.verdict()).isEqualTo(FollowUp.Verdict.UNMAPPED);
		assertThat(f.progress()).isEqualTo(Progress.DONE);
	}

}
