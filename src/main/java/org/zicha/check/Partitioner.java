package org.zicha.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Directive;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Talk;

/**
 * Splits a ledger into partitions that can be evaluated independently: each branch with
 * its party groups, members and their records; each organisation above the branches on
 * its own. A partition also carries the few facts from elsewhere its duties look at (the
 * party lectures its secretaries gave anywhere, the directives its organisations must
 * study). Every record is indexed by organisation (or member) once, so gathering a
 * partition's facts costs what the partition holds, not what the ledger holds.
 */
final class Partitioner {

	private final Ledger ledger;

	private final List<Object> common;

	private final Map<String, Organization> organizations;

	private final Map<String, List<Organization>> groups;

	private final Map<String, List<Member>> members;

	private final Map<String, List<Activity>> activities;

	private final Map<String, List<Activity>> lectures;

	private final Map<String, List<Object>> memberRecords;

	/** The committees of the root 党组 and 党委, which every partition holds. */
	private final List<RootCommittee> rootCommittees;

	/** The positions in the ledger of the directives each organisation must study. */
	private final Map<String, List<Integer>> directives;

	/** The organisations each directive applies to, by its position in the ledger. */
	private final List<List<String>> directiveOrgs;

	/** The positions in the ledger of the applicants of each organisation. */
	private final Map<String, List<Integer>> applicants;

	/**
	 * A partitioner of a ledger.
	 * @param ledger the ledger as it stood on the as-of day
	 * @param common the facts every partition holds (the run, its periods, the
	 * thresholds)
	 */
	Partitioner(Ledger ledger, List<Object> common) {
		this.ledger = ledger;
		this.common = List.copyOf(common);
		this.organizations = ledger.organizationsById();
		this.groups = group(
				ledger.organizations().stream().filter((o) -> o.kind() == OrgKind.GROUP && o.parentId() != null),
				Organization::parentId);
		this.members = group(ledger.members().stream(), Member::orgId);
		this.activities = new HashMap<>();
		for (Activity a : ledger.activities()) {
			this.activities.computeIfAbsent(a.orgId(), (k) -> new ArrayList<>()).add(a);
			a.jointOrgs()
				.stream()
				.distinct()
				.filter((o) -> !o.equals(a.orgId()))
				.forEach((o) -> this.activities.computeIfAbsent(o, (k) -> new ArrayList<>()).add(a));
		}
		this.lectures = group(ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.PARTY_LECTURE) && a.lecturer() != null), Activity::lecturer);
		this.memberRecords = new HashMap<>();
		for (DuesPayment payment : ledger.dues()) {
			this.memberRecords.computeIfAbsent(payment.memberId(), (k) -> new ArrayList<>()).add(payment);
		}
		for (Talk talk : ledger.talks()) {
			this.memberRecords.computeIfAbsent(talk.by(), (k) -> new ArrayList<>()).add(talk);
			if (!talk.with().equals(talk.by())) {
				this.memberRecords.computeIfAbsent(talk.with(), (k) -> new ArrayList<>()).add(talk);
			}
		}
		Map<String, Member> membersById = ledger.members()
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
		Set<String> branches = ledger.organizations()
			.stream()
			.filter((o) -> o.kind() == OrgKind.BRANCH || o.kind() == OrgKind.GENERAL_BRANCH)
			.map(Organization::id)
			.collect(Collectors.toSet());
		this.rootCommittees = ledger.organizations()
			.stream()
			.filter((o) -> o.isRoot() && o.kind().isLeading())
			.map((o) -> new RootCommittee(o.id(), o.secretary(),
					o.committeeMembers().stream().map(membersById::get).filter((m) -> m != null).toList(), branches))
			.toList();
		List<String> holdCommitteeMeetings = ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.COMMITTEE_MEETING))
			.map(Activity::orgId)
			.distinct()
			.sorted()
			.toList();
		this.directives = new HashMap<>();
		this.directiveOrgs = new ArrayList<>();
		for (int i = 0; i < ledger.directives().size(); i++) {
			Directive d = ledger.directives().get(i);
			List<String> applies = d.forOrgs().isEmpty() ? holdCommitteeMeetings : d.forOrgs();
			this.directiveOrgs.add(applies);
			for (String orgId : new LinkedHashSet<>(applies)) {
				this.directives.computeIfAbsent(orgId, (k) -> new ArrayList<>()).add(i);
			}
		}
		this.applicants = new HashMap<>();
		for (int i = 0; i < ledger.applicants().size(); i++) {
			this.applicants.computeIfAbsent(ledger.applicants().get(i).orgId(), (k) -> new ArrayList<>()).add(i);
		}
	}

	private static <T> Map<String, List<T>> group(Stream<T> records, Function<T, String> key) {
		return records.collect(Collectors.groupingBy(key, Collectors.toList()));
	}

	/**
	 * The partitions of the ledger: one per organisation that is not a party group (a
	 * branch with its groups), and one for the skipped rows if there are any.
	 * @param invalidRows the rows a lenient read skipped
	 * @return the partitions, in the ledger's order of organisations
	 */
	List<Partition> partitions(List<InvalidRow> invalidRows) {
		List<Partition> partitions = new ArrayList<>();
		for (Organization org : this.ledger.organizations()) {
			if (org.kind() == OrgKind.GROUP) {
				continue;
			}
			List<String> orgIds = new ArrayList<>();
			orgIds.add(org.id());
			if (org.kind() == OrgKind.BRANCH) {
				this.groups.getOrDefault(org.id(), List.of()).forEach((g) -> orgIds.add(g.id()));
			}
			partitions.add(new Partition(org.name(), orgIds, List.of()));
		}
		if (!invalidRows.isEmpty()) {
			partitions.add(new Partition("无效行", List.of(), invalidRows));
		}
		return partitions;
	}

	/**
	 * The whole ledger as one partition, as a single session would see it: the reference
	 * the partitioned evaluation must agree with.
	 * @param invalidRows the rows a lenient read skipped
	 * @return one partition of the organisations and skipped rows of all partitions
	 */
	List<Partition> whole(List<InvalidRow> invalidRows) {
		List<String> orgIds = partitions(List.of()).stream().flatMap((p) -> p.orgIds().stream()).toList();
		return List.of(new Partition("全部", orgIds, invalidRows));
	}

	/**
	 * The facts of a partition: the common facts and the root committees, its
	 * organisations, their members and records (with the events they held jointly), the
	 * lectures its secretaries and members gave anywhere, the talks of a root's committee
	 * members, the directives its organisations must study (naming only them), its
	 * applicants and its skipped rows.
	 * @param partition the partition
	 * @return the facts to insert
	 */
	List<Object> facts(Partition partition) {
		Set<String> orgIds = new LinkedHashSet<>(partition.orgIds());
		List<Object> facts = new ArrayList<>(this.common);
		facts.addAll(this.rootCommittees);
		Set<Object> records = new LinkedHashSet<>();
		for (String id : orgIds) {
			Organization org = this.organizations.get(id);
			facts.add(org);
			for (Member m : this.members.getOrDefault(id, List.of())) {
				facts.add(m);
				records.addAll(this.memberRecords.getOrDefault(m.id(), List.of()));
				records.addAll(this.lectures.getOrDefault(m.id(), List.of()));
			}
			records.addAll(this.activities.getOrDefault(id, List.of()));
			if (org.secretary() != null) {
				records.addAll(this.lectures.getOrDefault(org.secretary(), List.of()));
			}
			for (RootCommittee root : this.rootCommittees) {
				if (root.orgId().equals(id)) {
					root.members()
						.forEach((m) -> this.memberRecords.getOrDefault(m.id(), List.of())
							.stream()
							.filter(Talk.class::isInstance)
							.forEach(records::add));
				}
			}
		}
		facts.addAll(records);
		for (int i : positions(this.directives, orgIds)) {
			Directive d = this.ledger.directives().get(i);
			List<String> here = this.directiveOrgs.get(i).stream().filter(orgIds::contains).sorted().toList();
			facts.add(new Directive(d.id(), d.title(), d.date(), here));
		}
		for (int i : positions(this.applicants, orgIds)) {
			Applicant a = this.ledger.applicants().get(i);
			facts.add(a);
		}
		facts.addAll(partition.invalidRows());
		return facts;
	}

	/** The positions indexed under any of the organisations, in ledger order. */
	private static SortedSet<Integer> positions(Map<String, List<Integer>> index, Set<String> orgIds) {
		SortedSet<Integer> positions = new TreeSet<>();
		orgIds.forEach((id) -> positions.addAll(index.getOrDefault(id, List.of())));
		return positions;
	}

}
