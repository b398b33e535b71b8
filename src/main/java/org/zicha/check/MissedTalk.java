package org.zicha.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.zicha.ledger.Member;
import org.zicha.ledger.Period;

/**
 * Derived fact: a heart-to-heart talk a branch owed in a period and did not hold —
 * between two committee members, or between a member and the committee (or the
 * secretary).
 *
 * @param orgId the branch
 * @param period the period
 * @param member the member who had no talk (for a pair, the committee member with the
 * lower id)
 * @param other for a pair, the other committee member; null for a member who had no talk
 * with the committee
 */
public record MissedTalk(String orgId, Period period, Member member, Member other) {

	/**
	 * A pair of committee members who did not talk.
	 * @param orgId the branch
	 * @param period the period
	 * @param first one committee member
	 * @param second the other
	 * @return the missed talk
	 */
	public static MissedTalk betweenPair(String orgId, Period period, Member first, Member second) {
		return new MissedTalk(orgId, period, first, second);
	}

	/**
	 * A member who had no talk with the committee (or the secretary).
	 * @param orgId the branch
	 * @param period the period
	 * @param member the member
	 * @return the missed talk
	 */
	public static MissedTalk withMember(String orgId, Period period, Member member) {
		return new MissedTalk(orgId, period, member, null);
	}

	/**
	 * The evidence of a branch's missed talks in a period: the pairs and the members, by
	 * id, with their names and how many there are, and what the check leaves out (the
	 * talks between members who are not on the committee, which the duty also asks for).
	 * @param missed the missed talks
	 * @return the evidence
	 */
	public static Map<String, Object> evidence(Collection<MissedTalk> missed) {
		List<MissedTalk> pairs = missed.stream()
			.filter((t) -> t.other != null)
			.sorted(Comparator.comparing((MissedTalk t) -> t.member.id()).thenComparing((t) -> t.other.id()))
			.toList();
		List<String> members = missed.stream()
			.filter((t) -> t.other == null)
			.map((t) -> t.member.id())
			.sorted()
			.toList();
		Map<String, String> names = new LinkedHashMap<>();
		missed.stream()
			.flatMap((t) -> Stream.of(t.member, t.other))
			.filter((m) -> m != null)
			.sorted(Comparator.comparing(Member::id))
			.forEach((m) -> names.put(m.id(), m.name()));
		return Evidence.of("missingPairs", pairs.stream().map((t) -> List.of(t.member.id(), t.other.id())).toList(),
				"missingMembers", members, "memberNames", names, "pairCount", pairs.size(), "memberCount",
				members.size(), "notChecked", "党员和党员之间的谈心谈话");
	}

}
