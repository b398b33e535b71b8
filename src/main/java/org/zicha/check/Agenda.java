package org.zicha.check;

import java.util.Collection;

import org.zicha.ledger.Activity;
import org.zicha.ledger.AgendaItem;
import org.zicha.ledger.AgendaKind;

/**
 * What the rules ask of a meeting's agenda.
 */
public final class Agenda {

	private Agenda() {
	}

	/**
	 * Whether the first item of a meeting was a study item (第一议题).
	 * @param meeting the meeting
	 * @return true when the item with order 1 is of kind STUDY
	 */
	public static boolean studyFirst(Activity meeting) {
		AgendaItem first = meeting.firstItem();
		return first != null && first.order() == 1 && first.kind() == AgendaKind.STUDY;
	}

	/**
	 * The number of agenda items of a kind across meetings.
	 * @param meetings the meetings
	 * @param kind the kind
	 * @return the number of items
	 */
	public static int items(Collection<Activity> meetings, AgendaKind kind) {
		return meetings.stream().mapToInt((m) -> m.itemsOf(kind)).sum();
	}

}
