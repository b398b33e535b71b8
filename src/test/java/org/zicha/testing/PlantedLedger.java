package org.zicha.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.OrgKind;

/**
 * A year (2025) of a unit's ledger in which every duty is met except the problems a test
 * plants: a root (党组, 党委 or 党工委) with monthly committee meetings opening with study and
 * topical studies, twelve central group sessions, a 民主生活会 and quarterly staff forums;
 * committees below it (机关党委, 党总支) with their own monthly meetings; branches with their
 * 三会一课, theme days, annual meetings, talks, dues and members who attend everything. Each
 * plant names what it breaks, so that a test states what the report must say from the
 * plan, not from the findings. Deterministic: no random source.
 */
public final class PlantedLedger {

	private static final int YEAR = 2025;

	private final LedgerBuilder l = LedgerBuilder.ledger();

	private final String root;

	private final LedgerBuilder.OrgBuilder rootOrg;

	private final Map<String, LedgerBuilder.MemberBuilder> memberBuilders = new LinkedHashMap<>();

	private final Map<String, LedgerBuilder.OrgBuilder> orgBuilders = new LinkedHashMap<>();

	private final List<String> committees = new ArrayList<>();

	private final Map<String, List<String>> branches = new LinkedHashMap<>();

	private final Set<String> skipped = new HashSet<>();

	private final Map<String, Set<Integer>> absent = new LinkedHashMap<>();

	private final Map<String, Set<Integer>> unpaid = new LinkedHashMap<>();

	private final Map<String, Integer> centralGroups = new LinkedHashMap<>();

	private final Set<String> studySecond = new HashSet<>();

	private final Map<String, String> studies = new LinkedHashMap<>();

	private final Set<String> outstation = new HashSet<>();

	private final Set<String> noRecorder = new HashSet<>();

	private final Map<String, Integer> thinAssembly = new LinkedHashMap<>();

	private String recorder;

	private Ledger built;

	private final Set<String> withoutCommittee = new HashSet<>();

	private final Map<String, String> lecturers = new LinkedHashMap<>();

	private PlantedLedger(String rootId, OrgKind kind, String name) {
		this.root = rootId;
		this.rootOrg = this.l.org(rootId, kind).name(name).centralGroup(true);
		if (kind != OrgKind.LEADING_GROUP) {
			this.rootOrg.term("2023-05-10", 5);
		}
		this.centralGroups.put(rootId, 12);
	}

	/**
	 * A unit.
	 * @param rootId the root's id
	 * @param kind the root's kind
	 * @param name the root's name
	 * @return the builder
	 */
	public static PlantedLedger unit(String rootId, OrgKind kind, String name) {
		return new PlantedLedger(rootId, kind, name);
	}

	/**
	 * The builder underneath, to plant what the methods here do not.
	 * @return the builder
	 */
	public LedgerBuilder builder() {
		return this.l;
	}

	/**
	 * Set the root's short name (简称).
	 * @param shortName the short name
	 * @return this builder
	 */
	public PlantedLedger shortName(String shortName) {
		this.rootOrg.shortName(shortName);
		return this;
	}

	/**
	 * A committee below the root (机关党委, 党总支, 党委) holding monthly committee meetings.
	 * @param id its id
	 * @param kind COMMITTEE or GENERAL_BRANCH
	 * @param name its name
	 * @param parent its higher organisation
	 * @return this builder
	 */
	public PlantedLedger committee(String id, OrgKind kind, String name, String parent) {
		this.orgBuilders.put(id, this.l.org(id, kind).name(name).parent(parent).term("2023-06-15", 5));
		this.committees.add(id);
		return this;
	}

	/**
	 * A branch with members {@code <id>-m1} (secretary) … {@code <id>-mN}; with a
	 * committee (m1–m3) when it has 7 or more members.
	 * @param id its id
	 * @param name its name
	 * @param parent its higher organisation
	 * @param count its members
	 * @return this builder
	 */
	public PlantedLedger branch(String id, String name, String parent, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			LedgerBuilder.MemberBuilder member = this.l.member(id + "-m" + i, id).name(name.substring(0, 2) + "党员" + i);
			this.memberBuilders.put(member.id(), member);
			ids.add(member.id());
		}
		LedgerBuilder.OrgBuilder org = this.l.branch(id).name(name).parent(parent).secretary(ids.get(0));
		this.orgBuilders.put(id, org);
		org.term("2024-03-01", 3);
		if (count >= 7) {
			org.hasCommittee(true).committee(ids.subList(0, 3).toArray(String[]::new));
		}
		else {
			org.hasCommittee(false);
		}
		this.branches.put(id, ids);
		return this;
	}

	/**
	 * Plant: an organisation does not hold an event of a type in a month (for quarterly
	 * events, the month they are held in: 2, 5, 8, 11 for member assemblies, 1, 4, 7, 10
	 * for lectures and staff forums; 11 for the annual meetings).
	 * @param org the organisation
	 * @param type the type
	 * @param months the months
	 * @return this builder
	 */
	public PlantedLedger skip(String org, ActivityType type, int... months) {
		for (int month : months) {
			this.skipped.add(org + "|" + type + "|" + month);
		}
		return this;
	}

	/**
	 * Plant: a committee's meeting of a month opens with another item, its study second.
	 * @param org the root or a committee
	 * @param month the month
	 * @return this builder
	 */
	public PlantedLedger studySecond(String org, int month) {
		this.studySecond.add(org + "|" + month);
		return this;
	}

	/**
	 * Plant: an organisation's central group meets only so many times (months 1 to n).
	 * @param org the organisation
	 * @param sessions the sessions
	 * @return this builder
	 */
	public PlantedLedger centralGroup(String org, int sessions) {
		this.centralGroups.put(org, sessions);
		return this;
	}

	/**
	 * A directive for the root, studied at the root's committee meeting of a month (or,
	 * with month 0, only at a central group session, never at a committee meeting).
	 * @param id its id
	 * @param issued the day issued
	 * @param month the month of the committee meeting that studies it, or 0
	 * @return this builder
	 */
	public PlantedLedger directive(String id, String issued, int month) {
		this.l.directive(id, issued, this.root);
		this.studies.put(id, (month > 0) ? this.root + "|" + month : "");
		if (month == 0) {
			LocalDate day = LocalDate.parse(issued).plusDays(5);
			this.l.activity(this.root, day.toString(), ActivityType.CENTRAL_GROUP_STUDY)
				.item(AgendaKind.STUDY, id)
				.expected(5)
				.present(5)
				.recorder("R-recorder");
			this.centralGroups.merge(this.root, -1, Integer::sum);
		}
		return this;
	}

	/**
	 * Plant: a member attends nothing in some months.
	 * @param member the member
	 * @param months the months
	 * @return this builder
	 */
	public PlantedLedger absent(String member, int... months) {
		for (int month : months) {
			this.absent.computeIfAbsent(member, (k) -> new HashSet<>()).add(month);
		}
		return this;
	}

	/**
	 * Plant: a member pays the dues of some months late (on the 28th of the next month).
	 * @param member the member
	 * @param months the months
	 * @return this builder
	 */
	public PlantedLedger paysLate(String member, int... months) {
		for (int month : months) {
			this.unpaid.computeIfAbsent(member, (k) -> new HashSet<>()).add(month);
		}
		return this;
	}

	/**
	 * Mark a member as working at an out-station.
	 * @param member the member
	 * @return this builder
	 */
	public PlantedLedger outstation(String member) {
		this.outstation.add(member);
		return this;
	}

	/**
	 * Plant: a branch of seven or more members has no committee.
	 * @param branch the branch
	 * @return this builder
	 */
	public PlantedLedger withoutCommittee(String branch) {
		this.withoutCommittee.add(branch);
		this.orgBuilders.get(branch).hasCommittee(false).committee();
		return this;
	}

	/**
	 * Plant: a branch's lectures are all given by another member than its secretary.
	 * @param branch the branch
	 * @param lecturer the member who gives them
	 * @return this builder
	 */
	public PlantedLedger lecturer(String branch, String lecturer) {
		this.lecturers.put(branch, lecturer);
		return this;
	}

	/**
	 * Mark a member as mobile (流动党员).
	 * @param member the member
	 * @return this builder
	 */
	public PlantedLedger mobile(String member) {
		this.memberBuilders.get(member).mobile();
		return this;
	}

	/**
	 * Plant: a branch's committee meeting of a month has no recorder.
	 * @param branch the branch
	 * @param month the month
	 * @return this builder
	 */
	public PlantedLedger noRecorder(String branch, int month) {
		this.noRecorder.add(branch + "|" + month);
		return this;
	}

	/**
	 * Plant: a branch's member assembly of a month is attended by only so many members.
	 * @param branch the branch
	 * @param month the month (2, 5, 8 or 11)
	 * @param present the members present
	 * @return this builder
	 */
	public PlantedLedger thinAssembly(String branch, int month, int present) {
		this.thinAssembly.put(branch + "|" + month, present);
		return this;
	}

	/**
	 * An organisation made by {@link #committee} or {@link #branch}, to change.
	 * @param id its id
	 * @return its builder
	 */
	public LedgerBuilder.OrgBuilder org(String id) {
		return this.orgBuilders.get(id);
	}

	/**
	 * Plant: a committee's meetings of some months have no item of a kind (PARTY_BUILDING
	 * or IDEOLOGY).
	 * @param org the root or a committee
	 * @param kind the agenda kind
	 * @param months the months
	 * @return this builder
	 */
	public PlantedLedger skipTopic(String org, String kind, int... months) {
		for (int month : months) {
			this.skipped.add(org + "|" + kind + "|" + month);
		}
		return this;
	}

	/**
	 * A member made by {@link #branch}, to change.
	 * @param id the member's id
	 * @return the member's builder
	 */
	public LedgerBuilder.MemberBuilder member(String id) {
		return this.memberBuilders.get(id);
	}

	/**
	 * The ledger.
	 * @return the ledger
	 */
	public Ledger build() {
		if (this.built != null) {
			return this.built;
		}
		this.recorder = this.branches.values().iterator().next().get(0);
		for (String org : concat(List.of(this.root), this.committees)) {
			leading(org);
		}
		this.branches.forEach(this::branchYear);
		this.built = this.l.build();
		return this.built;
	}

	private void leading(String org) {
		for (int month = 1; month <= 12; month++) {
			if (this.skipped.contains(org + "|" + ActivityType.COMMITTEE_MEETING + "|" + month)) {
				continue;
			}
			LedgerBuilder.ActivityBuilder meeting = this.l.activity(org, date(month, 8), ActivityType.COMMITTEE_MEETING)
				.expected(5)
				.present(5)
				.recorder(this.recorder);
			List<String> studied = new ArrayList<>();
			for (Map.Entry<String, String> study : this.studies.entrySet()) {
				if (study.getValue().equals(org + "|" + month)) {
					studied.add(study.getKey());
				}
			}
			boolean second = this.studySecond.contains(org + "|" + month);
			if (second) {
				meeting.item(AgendaKind.OTHER);
			}
			meeting.item(AgendaKind.STUDY, studied.toArray(String[]::new));
			if (!this.skipped.contains(org + "|PARTY_BUILDING|" + month)) {
				meeting.item(AgendaKind.PARTY_BUILDING);
			}
			if (!this.skipped.contains(org + "|IDEOLOGY|" + month)) {
				meeting.item(AgendaKind.IDEOLOGY);
			}
			meeting.item(AgendaKind.STRICT_GOVERNANCE);
		}
		int sessions = this.centralGroups.getOrDefault(org, 0);
		for (int month = 1; month <= sessions; month++) {
			this.l.activity(org, date(month, 18), ActivityType.CENTRAL_GROUP_STUDY)
				.expected(5)
				.present(5)
				.recorder(this.recorder);
		}
		if (org.equals(this.root)) {
			if (!this.skipped.contains(org + "|" + ActivityType.LEADERSHIP_LIFE_MEETING + "|12")) {
				this.l.activity(org, date(12, 20), ActivityType.LEADERSHIP_LIFE_MEETING)
					.expected(5)
					.present(5)
					.recorder(this.recorder);
			}
			for (int month = 1; month <= 10; month += 3) {
				if (!this.skipped.contains(org + "|" + ActivityType.STAFF_FORUM + "|" + month)) {
					this.l.activity(org, date(month, 22), ActivityType.STAFF_FORUM).recorder(this.recorder);
				}
			}
		}
	}

	private void branchYear(String branch, List<String> ids) {
		boolean committee = ids.size() >= 7 && !this.withoutCommittee.contains(branch);
		ids.stream().filter(this.outstation::contains).forEach((m) -> this.memberBuilders.get(m).outstation());
		for (int month = 1; month <= 12; month++) {
			List<String> present = present(ids, month);
			event(branch, month, 10, ActivityType.THEME_DAY, present, null);
			if (committee) {
				event(branch, month, 5, ActivityType.BRANCH_COMMITTEE, present(ids.subList(0, 3), month), null);
			}
			if (month % 3 == 2) {
				Integer thin = this.thinAssembly.get(branch + "|" + month);
				event(branch, month, 12, ActivityType.MEMBER_ASSEMBLY,
						(thin != null) ? present.subList(0, thin) : present, null);
				if (thin != null) {
					this.l.lastActivity().expected(ids.size()).present(thin);
				}
			}
			if (month % 3 == 1) {
				event(branch, month, 25, ActivityType.PARTY_LECTURE, present,
						this.lecturers.getOrDefault(branch, ids.get(0)));
			}
		}
		if (!this.skipped.contains(branch + "|" + ActivityType.ORG_LIFE_MEETING + "|11")) {
			event(branch, 11, 20, ActivityType.ORG_LIFE_MEETING, present(ids, 11), null);
		}
		if (!this.skipped.contains(branch + "|" + ActivityType.MEMBER_REVIEW + "|11")) {
			event(branch, 11, 21, ActivityType.MEMBER_REVIEW, present(ids, 11), null);
		}
		List<String> heads = committee ? ids.subList(0, 3) : ids.subList(0, 1);
		for (int i = 0; i < heads.size(); i++) {
			for (int j = i + 1; j < heads.size(); j++) {
				this.l.talk(date(3, 2 + i + j), heads.get(i), heads.get(j));
			}
		}
		for (int k = heads.size(); k < ids.size(); k++) {
			this.l.talk(date(4, 1 + k % 28), heads.get(k % heads.size()), ids.get(k));
		}
		for (String member : ids) {
			Set<Integer> late = this.unpaid.getOrDefault(member, Set.of());
			for (int month = 1; month <= 12; month++) {
				String paid = late.contains(month)
						? LocalDate.of(YEAR, month, 1).plusMonths(1).withDayOfMonth(28).toString() : date(month, 5);
				this.l.dues(member, paid, YEAR + "-%02d".formatted(month));
			}
		}
	}

	private void event(String org, int month, int day, ActivityType type, List<String> present, String lecturer) {
		if (this.skipped.contains(org + "|" + type + "|" + month)) {
			return;
		}
		LedgerBuilder.ActivityBuilder event = this.l.activity(org, date(month, day), type).attendees(present);
		if (!this.noRecorder.contains(org + "|" + month) || type != ActivityType.BRANCH_COMMITTEE) {
			event.recorder(present.get(0));
		}
		if (lecturer != null) {
			event.lecturer(lecturer);
		}
	}

	private List<String> present(List<String> ids, int month) {
		return ids.stream().filter((m) -> !this.absent.getOrDefault(m, Set.of()).contains(month)).toList();
	}

	private static String date(int month, int day) {
		return LocalDate.of(YEAR, month, day).toString();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
