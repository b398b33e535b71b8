package org.zicha.inspection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day something falls due in a ledger, ahead of which a reminder is sent.
 *
 * @param kind what falls due
 * @param orgId the organisation concerned
 * @param item what it is about: the organisation (a term), the directive's id, the
 * person's id
 * @param what the item in words: the organisation's name, the directive's title, the
 * person's name
 * @param due the day it falls due
 */
public record Deadline(Kind kind, String orgId, String item, String what, LocalDate due) {

	public Deadline {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(orgId, "orgId");
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(due, "due");
	}

	/**
	 * What falls due.
	 */
	public enum Kind {

		/** 任期届满: the committee's term ends (换届). */
		TERM,

		/** 第一议题学习时限: the last day to study a directive. */
		STUDY,

		/** 预备期满: a probationary member's probation ends (转正). */
		PROBATION

	}

}
