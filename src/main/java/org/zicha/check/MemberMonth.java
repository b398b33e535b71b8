package org.zicha.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Member;
import org.zicha.ledger.Period;

/**
 * Derived fact: a counted member's organisational life in one closed month — the org-life
 * events with an attendee list that the member's branch or group held, and those the
 * member attended.
 *
 * @param memberId the member
 * @param month the month
 * @param heldIds the events held, by date
 * @param attendedIds the events the member attended
 */
public record MemberMonth(String memberId, Period month, List<String> heldIds, List<String> attendedIds) {

	/**
	 * A member's month.
	 * @param member the member
	 * @param month the month
	 * @param held the org-life events with an attendee list held by the member's branch
	 * or group in the month
	 * @return the member's month
	 */
	public static MemberMonth of(Member member, Period month, Collection<Activity> held) {
		List<Activity> sorted = held.stream().sorted(Comparator.comparing(Activity::date)).toList();
		return new MemberMonth(member.id(), month, sorted.stream().map(Activity::id).toList(),
				sorted.stream().filter((a) -> a.attended(member.id())).map(Activity::id).toList());
	}

	/**
	 * The evidence of a member's organisational life over several months.
	 * @param member the member
	 * @param months the member's months
	 * @param required the events required
	 * @return the evidence
	 */
	public static Map<String, Object> evidence(Member member, Collection<MemberMonth> months, int required) {
		List<MemberMonth> sorted = months.stream().sorted(Comparator.comparing(MemberMonth::month)).toList();
		List<String> held = sorted.stream().flatMap((m) -> m.heldIds().stream()).toList();
		List<String> attended = sorted.stream().flatMap((m) -> m.attendedIds().stream()).toList();
		return Evidence.of("required", required, "heldCount", held.size(), "attended", attended.size(), "activityIds",
				held, "attendedIds", attended, "outstation", member.outstation(), "mobile", member.mobile());
	}

	/**
	 * Whether any event was held.
	 * @return true when at least one counts
	 */
	public boolean held() {
		return !this.heldIds.isEmpty();
	}

	/**
	 * Whether events were held and the member attended none: a missed month.
	 * @return true when missed
	 */
	public boolean missed() {
		return held() && this.attendedIds.isEmpty();
	}

}
