package org.zicha.web.notice;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTests {

	private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

	@Test
	void aTermIsRemindedFromNinetyDaysThenFromThirtyDaysBeforeUntilTheDueDay() {
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE.minusDays(91))).isEqualTo(-1);
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE.minusDays(90))).isEqualTo(90);
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE.minusDays(31))).isEqualTo(90);
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE.minusDays(30))).isEqualTo(30);
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE)).isEqualTo(30);
		assertThat(Reminder.Kind.TERM.threshold(DUE, DUE.plusDays(1))).isEqualTo(-1);
	}

	@Test
	void aRectificationIsRemindedSevenDaysBeforeAndOnTheDay() {
		assertThat(Reminder.Kind.RECTIFICATION.threshold(DUE, DUE.minusDays(8))).isEqualTo(-1);
		assertThat(Reminder.Kind.RECTIFICATION.threshold(DUE, DUE.minusDays(7))).isEqualTo(7);
		assertThat(Reminder.Kind.RECTIFICATION.threshold(DUE, DUE.minusDays(1))).isEqualTo(7);
		assertThat(Reminder.Kind.RECTIFICATION.threshold(DUE, DUE)).isZero();
		assertThat(Reminder.Kind.RECTIFICATION.threshold(DUE, DUE.plusDays(1))).isEqualTo(-1);
	}

	@Test
	void theTextSaysHowManyDaysAreLeftOrThatItIsToday() {
		Reminder r = new Reminder(Reminder.Kind.RECTIFICATION, "B1G2", "政策法规科党小组", "row-1-22", "第22项：会议记录不完整", DUE, 7,
				"未整改");
		assertThat(r.subject()).isEqualTo("【到期提醒】政策法规科党小组整改事项（第22项：会议记录不完整）时限为2026年3月31日");
		assertThat(r.text(DUE.minusDays(7))).startsWith("政策法规科党小组的整改事项“第22项：会议记录不完整”整改时限为2026年3月31日（还有7天），目前状态：未整改。");
		assertThat(r.text(DUE)).contains("整改时限为今天（2026年3月31日）");
		assertThat(r.key("mail:sec")).isEqualTo("reminder:RECTIFICATION:B1G2:row-1-22:2026-03-31:7:mail:sec");
	}

}
