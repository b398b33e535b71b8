package org.zicha.check;

import java.util.Collection;
import java.util.List;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;

/**
 * How many of those entitled to attend a meeting were present: the members of a branch
 * committee at its meeting, the members with a vote at a member assembly.
 *
 * @param present how many were present
 * @param total how many were entitled (the committee, the full members, or the number
 * expected)
 * @param presentIds those present, when an attendee list was recorded
 * @param listed whether the count comes from the attendee list (else from the numbers
 * expected and present)
 */
public record Quorum(int present, int total, List<String> presentIds, boolean listed) {

	/**
	 * The committee members present at a committee meeting: the attendees on the
	 * committee, or the recorded number present when there is no attendee list.
	 * @param branch the branch
	 * @param meeting the meeting
	 * @return the quorum, or null when neither attendees nor a number present are
	 * recorded or the committee's members are not
	 */
	public static Quorum ofCommittee(Organization branch, Activity meeting) {
		List<String> committee = branch.committeeMembers();
		if (committee.isEmpty()) {
			return null;
		}
		if (meeting.hasAttendeeList()) {
			List<String> present = meeting.attendees().stream().filter(committee::contains).toList();
			return new Quorum(present.size(), committee.size(), present, true);
		}
		return (meeting.present() != null) ? new Quorum(meeting.present(), committee.size(), List.of(), false) : null;
	}

	/**
	 * The members with a vote present at a member assembly: with an attendee list, the
	 * full members listed among the branch's full members counted on the day
	 * (probationary members have no vote); without one, the numbers present and expected.
	 * @param meeting the assembly
	 * @param fullMembers the branch's full members counted on the day of the assembly
	 * @return the quorum, or null when neither is recorded
	 */
	public static Quorum ofAssembly(Activity meeting, Collection<Member> fullMembers) {
		if (meeting.hasAttendeeList() && !fullMembers.isEmpty()) {
			List<String> voting = fullMembers.stream().map(Member::id).sorted().toList();
			List<String> present = meeting.attendees().stream().filter(voting::contains).toList();
			return new Quorum(present.size(), voting.size(), present, true);
		}
		if (meeting.expected() != null && meeting.expected() > 0 && meeting.present() != null) {
			return new Quorum(meeting.present(), meeting.expected(), List.of(), false);
		}
		return null;
	}

}
