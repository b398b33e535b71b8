package org.zicha.finding;

import java.util.Objects;

/**
 * What an event-level finding is about: a member, an applicant, a directive, an activity,
 * or a ledger row.
 *
 * @param kind what sort of thing
 * @param id its id
 * @param name its name, for reading
 */
public record Subject(Kind kind, String id, String name) {

	public Subject {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	/**
	 * The kinds of subject.
	 */
	public enum Kind {

		/** A party member. */
		MEMBER,
		/** An applicant for membership. */
		APPLICANT,
		/** A directive to study. */
		DIRECTIVE,
		/** An activity (a meeting). */
		ACTIVITY,
		/** A row of a ledger file. */
		ROW

	}

}
