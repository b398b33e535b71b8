package org.zicha.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event that was held (活动): a meeting, lecture, theme day, study session or election.
 * One event may count for several types.
 *
 * @param id unique id (活动编号)
 * @param orgId the organisation that held it
 * @param types what kinds of event it was
 * @param date 日期
 * @param topic 主题, or null
 * @param host member id of the host (主持人), or null
 * @param lecturer member id of the lecturer (主讲人) when a member, else null
 * @param lecturerName the lecturer as written (a member's name or an outside lecturer)
 * @param expected 应到人数, or null
 * @param present 实到人数 (defaults to the number of attendees), or null
 * @param attendees member ids of those present; empty when no list was recorded
 * @param recorder member id of the recorder (记录人), or null
 * @param urgent 紧急会议: a meeting called at short notice (an urgent committee meeting owes
 * no 第一议题)
 * @param note 备注, or null
 * @param agenda the items of the meeting, in order
 * @param jointOrgs 参加组织: the further organisations that held the event jointly (a 联合主题党日,
 * a 集中党课); it counts for each of them as for {@code orgId}
 * @param reviewYear 所属年度: the year an annual review (组织生活会, 民主评议党员, 民主生活会) reviews as the
 * ledger states it, or null when not stated
 */
public record Activity(String id, String orgId, List<ActivityType> types, LocalDate date, String topic, String host,
		String lecturer, String lecturerName, Integer expected, Integer present, List<String> attendees,
		String recorder, boolean urgent, String note, List<AgendaItem> agenda, List<String> jointOrgs,
		Integer reviewYear) {

	/** A year under review named in a topic: 2024年度. */
	private static final Pattern TOPIC_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");

	public Activity {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(orgId, "orgId");
		Objects.requireNonNull(date, "date");
		types = List.copyOf(types);
		attendees = List.copyOf(attendees);
		jointOrgs = List.copyOf(jointOrgs);
		agenda = agenda.stream().sorted(Comparator.comparingInt(AgendaItem::order)).toList();
	}

	/**
	 * Whether this event was of a type.
	 * @param type the type
	 * @return true when the row lists it
	 */
	public boolean hasType(ActivityType type) {
		return this.types.contains(type);
	}

	/**
	 * Whether attending this event counts as organisational life.
	 * @return true when one of its types is an org-life type
	 */
	public boolean isOrgLife() {
		return this.types.stream().anyMatch(ActivityType::isOrgLife);
	}

	/**
	 * Whether this event is a meeting that must keep a complete record.
	 * @return true when one of its types is minuted
	 */
	public boolean isMinuted() {
		return this.types.stream().anyMatch(ActivityType::isMinuted);
	}

	/**
	 * Whether an attendee list was recorded.
	 * @return true when at least one attendee is listed
	 */
	public boolean hasAttendeeList() {
		return !this.attendees.isEmpty();
	}

	/**
	 * Whether a member is on the attendee list.
	 * @param memberId the member
	 * @return true when listed
	 */
	public boolean attended(String memberId) {
		return this.attendees.contains(memberId);
	}

	/**
	 * Whether an organisation held this event: it is the organisation that recorded it or
	 * one of those that held it jointly (参加组织).
	 * @param orgId the organisation, or null
	 * @return true when it held the event
	 */
	public boolean heldBy(String orgId) {
		return orgId != null && (this.orgId.equals(orgId) || this.jointOrgs.contains(orgId));
	}

	/**
	 * Whether any of several organisations held this event.
	 * @param orgIds the organisations
	 * @return true when one of them held it
	 */
	public boolean heldByAny(Collection<String> orgIds) {
		return orgIds.contains(this.orgId) || this.jointOrgs.stream().anyMatch(orgIds::contains);
	}

	/**
	 * The year an annual review (组织生活会, 民主评议党员, 民主生活会) reviews, as the duties of those
	 * meetings' attendance and preparation read it: for now the calendar year in which
	 * the event was held. This one method is where the review year is decided for them.
	 * @return the year reviewed
	 */
	public int reviewedYear() {
		return this.date.getYear();
	}

	/**
	 * Whether this event was held inside a period.
	 * @param period the period
	 * @return true when its date lies inside
	 */
	public boolean heldIn(Period period) {
		return period.contains(this.date);
	}

	/**
	 * The year this event reviews, when it is an annual review (组织生活会, 民主评议党员, 民主生活会):
	 * its 所属年度 when the ledger states it, else a year named "YYYY年度" in its topic, else
	 * the calendar year of its date.
	 * @return the review year
	 */
	public int yearUnderReview() {
		if (this.reviewYear != null) {
			return this.reviewYear;
		}
		if (this.topic != null) {
			Matcher m = TOPIC_YEAR.matcher(this.topic);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		return this.date.getYear();
	}

	/**
	 * Whether this event reviews a year (see {@link #yearUnderReview()}).
	 * @param year the year
	 * @return true when it is the year this event reviews
	 */
	public boolean reviews(int year) {
		return yearUnderReview() == year;
	}

	/**
	 * The first item of the agenda.
	 * @return the item with the lowest order, or null when no agenda was recorded
	 */
	public AgendaItem firstItem() {
		return this.agenda.isEmpty() ? null : this.agenda.get(0);
	}

	/**
	 * Whether an agenda item studied a directive.
	 * @param directiveId the directive
	 * @return true when an item of kind STUDY lists it
	 */
	public boolean studied(String directiveId) {
		return this.agenda.stream().anyMatch((item) -> item.studied(directiveId));
	}

	/**
	 * The number of agenda items of a kind.
	 * @param kind the kind
	 * @return how many items of this meeting are of that kind
	 */
	public int itemsOf(AgendaKind kind) {
		return (int) this.agenda.stream().filter((item) -> item.kind() == kind).count();
	}

}
