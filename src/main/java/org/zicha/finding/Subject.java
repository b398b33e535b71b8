package org.zicha.finding;

import java.util.Objects;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Directive;
import org.zicha.ledger.Member;

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
	 * A member as the subject of a finding.
	 * @param member the member
	 * @return the subject
	 */
	public static Subject of(Member member) {
		return new Subject(Kind.MEMBER, member.id(), member.name());
	}

	/**
	 * An applicant as the subject of a finding.
	 * @param applicant the applicant
	 * @return the subject
	 */
	public static Subject of(Applicant applicant) {
		return new Subject(Kind.APPLICANT, applicant.id(), applicant.name());
	}

	/**
	 * A directive as the subject of a finding.
	 * @param directive the directive
	 * @return the subject
	 */
	public static Subject of(Directive directive) {
		return new Subject(Kind.DIRECTIVE, directive.id(), directive.title());
	}

	/**
	 * An activity as the subject of a finding, named by its topic.
	 * @param activity the activity
	 * @return the subject
	 */
	public static Subject of(Activity activity) {
		return new Subject(Kind.ACTIVITY, activity.id(), (activity.topic() != null) ? activity.topic() : activity.id());
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
