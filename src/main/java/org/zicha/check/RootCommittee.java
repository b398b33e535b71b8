package org.zicha.check;

import java.util.List;
import java.util.Set;

import org.zicha.ledger.Member;

/**
 * The committee of a root 党组 or 党委 (its 班子), inserted into every partition: its members
 * are found in their own branches, where the duties that follow them (double
 * organisational life, lectures at branches) are checked, and its talks before a 民主生活会
 * are checked where the root is.
 *
 * @param orgId the root organisation
 * @param secretary the root's secretary, or null
 * @param members the members of the committee (secretary and deputies included) recorded
 * in the members table, by id
 * @param branches the ledger's branches and general branches, where its members give
 * lectures to grassroots members
 */
public record RootCommittee(String orgId, String secretary, List<Member> members, Set<String> branches) {

	public RootCommittee {
		members = List.copyOf(members);
		branches = Set.copyOf(branches);
	}

	/**
	 * Whether a member is on the committee.
	 * @param memberId the member
	 * @return true when on it
	 */
	public boolean includes(String memberId) {
		return this.members.stream().anyMatch((m) -> m.id().equals(memberId));
	}

}
