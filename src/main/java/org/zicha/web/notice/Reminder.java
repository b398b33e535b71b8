package org.zicha.web.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.zicha.ledger.Period;

/**
 * A reminder due today: something of an organisation falls due in so many days.
 *
 * @param kind what falls due
 * @param orgId the organisation
 * @param orgName its name
 * @param item what it is about (the organisation, a directive, a person, a rectification
 * row)
 * @param what the item in words
 * @param due the day it falls due
 * @param days the threshold reached: how many days before the due day it is sent
 * @param detail for a rectification row, its status
 */
record Reminder(Kind kind, String orgId, String orgName, String item, String what, LocalDate due, int days,
		String detail) {

	/**
	 * What makes it unique, for one recipient.
	 * @param recipient the recipient's part of the key
	 * @return the key
	 */
	String key(String recipient) {
		return "reminder:" + this.kind + ":" + this.orgId + ":" + this.item + ":" + this.due + ":" + this.days + ":"
				+ recipient;
	}

	/**
	 * The subject.
	 * @return the subject
	 */
	String subject() {
		return "【到期提醒】" + switch (this.kind) {
			case TERM -> this.orgName + "本届任期将于" + Period.dayLabel(this.due) + "届满";
			case STUDY -> this.orgName + "学习“" + this.what + "”的时限为" + Period.dayLabel(this.due);
			case PROBATION -> this.orgName + "预备党员" + this.what + "的预备期将于" + Period.dayLabel(this.due) + "期满";
			case RECTIFICATION -> this.orgName + "整改事项（" + this.what + "）时限为" + Period.dayLabel(this.due);
		};
	}

	/**
	 * The text.
	 * @param today today
	 * @return the text
	 */
	String text(LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, this.due);
		String day = Period.dayLabel(this.due);
		String when = (left == 0) ? "今天（" + day + "）" : day + "（还有" + left + "天）";
		return switch (this.kind) {
			case TERM -> this.orgName + "本届任期将于" + when + "届满。请及时向上级党组织报告，制定换届工作方案，做好换届选举准备。";
			case STUDY -> this.orgName + "尚未以“第一议题”学习“" + this.what + "”，学习时限为" + when + "。请及时召开党组（党委）会议组织学习，并记入台账。";
			case PROBATION -> this.orgName + "预备党员" + this.what + "的预备期将于" + when + "期满。请按期召开支部党员大会讨论其转正事宜。";
			case RECTIFICATION -> this.orgName + "的整改事项“" + this.what + "”整改时限为" + when + "，目前状态：" + this.detail
					+ "。请按期完成整改，并在整改台账中更新进展、上传佐证材料。";
		};
	}

	/**
	 * What falls due.
	 */
	enum Kind {

		/** 任期届满: 90 and 30 days before. */
		TERM(90, 30),

		/** 第一议题学习时限: 10 days before. */
		STUDY(10),

		/** 预备期满: 30 days before. */
		PROBATION(30),

		/** 整改时限: 7 days before and on the day. */
		RECTIFICATION(7, 0);

		private final int[] days;

		Kind(int... days) {
			this.days = days;
		}

		/**
		 * The threshold reached on a day: the nearest of the days before the due day that
		 * has come, none before the first or after the due day.
		 * @param due the due day
		 * @param today today
		 * @return the threshold (days before due), or -1 when no reminder is due
		 */
		int threshold(LocalDate due, LocalDate today) {
			if (today.isAfter(due)) {
				return -1;
			}
			int reached = -1;
			for (int d : this.days) {
				if (!today.isBefore(due.minusDays(d))) {
					reached = d;
				}
			}
			return reached;
		}

	}

}
