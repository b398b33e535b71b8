package org.zicha.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Directive;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;

/**
 * Splits a ledger into partitions that can be evaluated independently: each branch with
 * its party groups, members and their records; each organisation above the branches on
 * its own. A partition also carries the few facts from elsewhere its duties look at (the
 * party lectures its secretaries gave anywhere, the directives its organisations must
 * study).
 */
final class Partitioner {

	private final Ledger ledger;

	private final Set<String> holdCommitteeMeetings;

	Partitioner(Ledger ledger) {
		this.ledger = ledger;
		this.holdCommitteeMeetings = ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.COMMITTEE_MEETING))
			.map(Activity::orgId)
			.collect(Collectors.toSet());
	}

	List<Partition> partitions(List<Object> common, List<InvalidRow> invalidRows) {
		List<Partition> partitions = new ArrayList<>();
		Map<String, Organization> orgs = this.ledger.organizationsById();
		for (Organization org : this.ledger.organizations()) {
			if (org.kind() == OrgKind.GROUP) {
				continue;
			}
			Set<String> orgIds = new LinkedHashSet<>();
			orgIds.add(org.id());
			if (org.kind() == OrgKind.BRANCH) {
				this.ledger.organizations()
					.stream()
					.filter((o) -> org.id().equals(o.parentId()) && o.kind() == OrgKind.GROUP)
					.forEach((o) -> orgIds.add(o.id()));
			}
			partitions.add(partition(org.name(), orgIds, orgs, common));
		}
		if (!invalidRows.isEmpty()) {
			List<Object> facts = new ArrayList<>(common);
			facts.addAll(invalidRows);
			partitions.add(new Partition("无效行", facts));
		}
		return partitions;
	}

	private Partition partition(String name, Set<String> orgIds, Map<String, Organization> orgs, List<Object> common) {
		List<Object> facts = new ArrayList<>(common);
		orgIds.forEach((id) -> facts.add(orgs.get(id)));
		Set<String> memberIds = new HashSet<>();
		for (Member m : this.ledger.members()) {
			if (orgIds.contains(m.orgId())) {
				facts.add(m);
				memberIds.add(m.id());
			}
		}
		Set<String> secretaries = orgIds.stream()
			.map((id) -> orgs.get(id).secretary())
			.filter((s) -> s != null)
			.collect(Collectors.toSet());
		for (Activity a : this.ledger.activities()) {
			boolean own = orgIds.contains(a.orgId());
			boolean lectureBySecretary = a.hasType(ActivityType.PARTY_LECTURE) && secretaries.contains(a.lecturer());
			if (own || lectureBySecretary) {
				facts.add(a);
			}
		}
		for (Directive d : this.ledger.directives()) {
			List<String> applies = d.forOrgs().isEmpty() ? List.copyOf(this.holdCommitteeMeetings) : d.forOrgs();
			List<String> here = applies.stream().filter(orgIds::contains).sorted().toList();
			if (!here.isEmpty()) {
				facts.add(new Directive(d.id(), d.title(), d.date(), here));
			}
		}
		this.ledger.dues().stream().filter((d) -> memberIds.contains(d.memberId())).forEach(facts::add);
		this.ledger.talks()
			.stream()
			.filter((t) -> memberIds.contains(t.by()) || memberIds.contains(t.with()))
			.forEach(facts::add);
		this.ledger.applicants().stream().filter((a) -> orgIds.contains(a.orgId())).forEach(facts::add);
		return new Partition(name, facts);
	}

}
