package org.zicha.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
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
 * study).
 */
final class Partitioner {

	private final Ledger ledger;

	private final Map<String, Organization> organizations;

	private final Map<String, List<Organization>> groups;

	private final Map<String, List<Member>> members;

	private final Map<String, List<Activity>> activities;

	private final Map<String, List<Activity>> lectures;

	private final Map<String, List<Object>> memberRecords;

	private final List<String> holdCommitteeMeetings;

	Partitioner(Ledger ledger) {
		this.ledger = ledger;
		this.organizations = ledger.organizationsById();
		this.groups = group(
				ledger.organizations().stream().filter((o) -> o.kind() == OrgKind.GROUP && o.parentId() != null),
				Organization::parentId);
		this.members = group(ledger.members().stream(), Member::orgId);
		this.activities = group(ledger.activities().stream(), Activity::orgId);
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
		this.holdCommitteeMeetings = ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.COMMITTEE_MEETING))
			.map(Activity::orgId)
			.distinct()
			.sorted()
			.toList();
	}

	private static <T> Map<String, List<T>> group(Stream<T> records, Function<T, String> key) {
		return records.collect(Collectors.groupingBy(key, Collectors.toList()));
	}

	List<Partition> partitions(List<Object> common, List<InvalidRow> invalidRows) {
		List<Partition> partitions = new ArrayList<>();
		for (Organization org : this.ledger.organizations()) {
			if (org.kind() == OrgKind.GROUP) {
				continue;
			}
			Set<String> orgIds = new LinkedHashSet<>();
			orgIds.add(org.id());
			if (org.kind() == OrgKind.BRANCH) {
				this.groups.getOrDefault(org.id(), List.of()).forEach((g) -> orgIds.add(g.id()));
			}
			partitions.add(partition(org.name(), orgIds, common));
		}
		if (!invalidRows.isEmpty()) {
			List<Object> facts = new ArrayList<>(common);
			facts.addAll(invalidRows);
			partitions.add(new Partition("无效行", facts));
		}
		return partitions;
	}

	private Partition partition(String name, Set<String> orgIds, List<Object> common) {
		List<Object> facts = new ArrayList<>(common);
		Set<Object> records = new LinkedHashSet<>();
		for (String id : orgIds) {
			Organization org = this.organizations.get(id);
			facts.add(org);
			for (Member m : this.members.getOrDefault(id, List.of())) {
				facts.add(m);
				records.addAll(this.memberRecords.getOrDefault(m.id(), List.of()));
			}
			records.addAll(this.activities.getOrDefault(id, List.of()));
			if (org.secretary() != null) {
				records.addAll(this.lectures.getOrDefault(org.secretary(), List.of()));
			}
		}
		facts.addAll(records);
		for (Directive d : this.ledger.directives()) {
			List<String> applies = d.forOrgs().isEmpty() ? this.holdCommitteeMeetings : d.forOrgs();
			List<String> here = applies.stream().filter(orgIds::contains).sorted().toList();
			if (!here.isEmpty()) {
				facts.add(new Directive(d.id(), d.title(), d.date(), here));
			}
		}
		this.ledger.applicants().stream().filter((a) -> orgIds.contains(a.orgId())).forEach(facts::add);
		return new Partition(name, facts);
	}

}
