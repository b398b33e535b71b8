package org.zicha.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.zicha.ledger.Member;

/**
 * Derived fact: a heart-to-heart talk owed before a meeting (组织生活会, 民主生活会) and not held
 * in the time before it: between the secretary and a member ({@code other} null), or
 * between two members of a committee.
 *
 * @param activityId the meeting
 * @param member the member (of a pair, the one whose id sorts first)
 * @param other the second member of a pair, or null
 */
public record MissedMeetingTalk(String activityId, Member member, Member other) {

	/**
	 * The evidence of a meeting's missed talks: the pairs and the members, by id, with
	 * their names and how many there are.
	 * @param missed the missed talks of the meeting
	 * @param activityId the meeting
	 * @return the evidence
	 */
	public static Map<String, Object> evidence(Collection<MissedMeetingTalk> missed, String activityId) {
		List<List<String>> pairs = missed.stream()
			.filter((t) -> t.other != null)
			.map((t) -> List.of(t.member.id(), t.other.id()))
			.sorted(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing((p) -> p.get(1)))
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
		return Evidence.of("missingPairs", pairs, "missingMembers", members, "memberNames", names, "memberNameList",
				List.copyOf(names.values()), "pairCount", pairs.size(), "memberCount", members.size(), "activityIds",
				List.of(activityId));
	}

}
