package org.zicha.check;

import java.util.List;

import org.zicha.ledger.Activity;
import org.zicha.ledger.Organization;

/**
 * How many of those who should attend a meeting were present.
 *
 * @param present how many were present
 * @param total how many should attend
 * @param presentIds the members counted as present, when an attendee list was recorded
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

	/**
	 * The members present at a member assembly against those expected.
	 * @param assembly the assembly
	 * @return the quorum, or null when the number expected or present is not recorded
	 */
	public static Quorum ofAssembly(Activity assembly) {
		if (assembly.expected() == null || assembly.present() == null || assembly.expected() == 0) {
			return null;
		}
		return new Quorum(assembly.present(), assembly.expected(), List.of());
	}

	/**
	 * Whether more than a share of those who should attend were present.
	 * @param share the share, such as 0.5
	 * @return true when present &gt; share × total
	 */
	public boolean met(double share) {
		return this.present > share * this.total;
	}

}
