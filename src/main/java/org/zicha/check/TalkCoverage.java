package org.zicha.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.Talk;

/**
 * Who in a branch had the heart-to-heart talks of a year and who did not: every pair of
 * committee members with each other, every other member with a committee member (with the
 * secretary where there is no committee).
 *
 * @param required the talks each pair needs
 * @param missingPairs pairs of committee members who did not talk, by id
 * @param missingMembers other members who did not talk with the committee, by id
 * @param names the names of the members listed
 */
public record TalkCoverage(int required, List<List<String>> missingPairs, List<String> missingMembers,
		Map<String, String> names) {

	/**
	 * The coverage in a branch with a committee.
	 * @param branch the branch
	 * @param counted the members counted for the period
	 * @param talks the talks of the branch's members
	 * @param period the period
	 * @param required talks each pair needs
	 * @return the coverage
	 */
	public static TalkCoverage withCommittee(Organization branch, Collection<Member> counted, Collection<Talk> talks,
			Period period, int required) {
		return of(branch.committeeMembers(), counted, talks, period, required);
	}

	/**
	 * The coverage in a branch without a committee: every member with the secretary.
	 * @param branch the branch
	 * @param counted the members counted for the period
	 * @param talks the talks of the branch's members
	 * @param period the period
	 * @param required talks each pair needs
	 * @return the coverage
	 */
	public static TalkCoverage withSecretary(Organization branch, Collection<Member> counted, Collection<Talk> talks,
			Period period, int required) {
		return of((branch.secretary() != null) ? List.of(branch.secretary()) : List.of(), counted, talks, period,
				required);
	}

	private static TalkCoverage of(List<String> leaders, Collection<Member> counted, Collection<Talk> talks,
			Period period, int required) {
		List<Talk> held = talks.stream().filter((t) -> period.contains(t.date())).toList();
		List<Member> members = counted.stream().sorted(java.util.Comparator.comparing(Member::id)).toList();
		List<String> leading = members.stream().map(Member::id).filter(leaders::contains).toList();
		Map<String, String> names = new LinkedHashMap<>();
		List<List<String>> pairs = new ArrayList<>();
		for (int i = 0; i < leading.size(); i++) {
			for (int j = i + 1; j < leading.size(); j++) {
				String a = leading.get(i);
				String b = leading.get(j);
				if (held.stream().filter((t) -> t.between(a, b)).count() < required) {
					pairs.add(List.of(a, b));
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Member m : members) {
			if (leaders.contains(m.id())) {
				continue;
			}
			long talked = held.stream().filter((t) -> leaders.stream().anyMatch((l) -> t.between(l, m.id()))).count();
			if (talked < required) {
				missing.add(m.id());
			}
		}
		for (Member m : members) {
			if (missing.contains(m.id()) || pairs.stream().anyMatch((p) -> p.contains(m.id()))) {
				names.put(m.id(), m.name());
			}
		}
		return new TalkCoverage(required, pairs, missing, names);
	}

	/**
	 * Whether everyone had the talks required.
	 * @return true when no pair and no member is missing
	 */
	public boolean complete() {
		return this.missingPairs.isEmpty() && this.missingMembers.isEmpty();
	}

	/**
	 * The evidence: the pairs and members missing, with names, and a summary for the
	 * sentence.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		List<String> parts = new ArrayList<>();
		if (!this.missingPairs.isEmpty()) {
			parts.add(this.missingPairs.size() + "对支部委员之间");
		}
		if (!this.missingMembers.isEmpty()) {
			parts.add(this.missingMembers.size() + "名党员");
		}
		return Evidence.of("required", this.required, "missingPairs", this.missingPairs, "missingMembers",
				this.missingMembers, "memberNames", this.names, "summary", String.join("、", parts));
	}

}
