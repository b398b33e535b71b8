package org.zicha.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Activity;

/**
 * Derived fact: a part that a meeting's record must have and lacks.
 *
 * @param activityId the meeting
 * @param order where the part stands in a record (for listing the parts in order)
 * @param part the part, as the rule names it (主题, 到会情况, 记录人)
 */
public record MissingPart(String activityId, int order, String part) {

	/**
	 * The evidence of a meeting's incomplete record.
	 * @param meeting the meeting
	 * @param missing the parts it lacks
	 * @return the evidence: the parts in order, and the meeting
	 */
	public static Map<String, Object> evidence(Activity meeting, Collection<MissingPart> missing) {
		return Evidence.of("missing",
				missing.stream().sorted(Comparator.comparingInt(MissingPart::order)).map(MissingPart::part).toList(),
				"activityIds", List.of(meeting.id()));
	}

}
