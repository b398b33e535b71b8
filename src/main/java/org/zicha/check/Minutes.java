package org.zicha.check;

import java.util.ArrayList;
import java.util.List;

import org.zicha.ledger.Activity;

/**
 * What a meeting's record lacks: a topic (or an agenda), the attendance (an attendee
 * list, or both the numbers expected and present) and a recorder.
 */
public final class Minutes {

	private Minutes() {
	}

	/**
	 * The parts missing from a meeting's record.
	 * @param meeting the meeting
	 * @return the missing parts in Chinese (主题, 到会情况, 记录人), empty when complete
	 */
	public static List<String> missing(Activity meeting) {
		List<String> missing = new ArrayList<>();
		if ((meeting.topic() == null || meeting.topic().isBlank()) && meeting.agenda().isEmpty()) {
			missing.add("主题");
		}
		if (!meeting.hasAttendeeList() && (meeting.expected() == null || meeting.present() == null)) {
			missing.add("到会情况");
		}
		if (meeting.recorder() == null) {
			missing.add("记录人");
		}
		return missing;
	}

}
