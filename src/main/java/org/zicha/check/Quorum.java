package org.zicha.check;

import java.util.List;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;

/**
 * How many members of a branch committee were present at one of its meetings.
 *
 * @param present how many were present
 * @param total how many the committee has
 * @param presentIds the committee members present, when an attendee list was recorded
 */
public record Quorum(int present, int total, List<String> presentIds) {

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
			return new Quorum(present.size(), committee.size(), present);
		}
		return (meeting.present() != null) ? new Quorum(meeting.present(), committee.size(), List.of()) : null;
	}

}
