package org.zicha.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves references to organisations and members against the valid rows. A reference to
 * a row that exists but was itself invalid is a consequential problem; a reference to
 * nothing is a problem of its own.
 */
final class References {

	private final Map<String, Organization> organizations = new HashMap<>();

	private final Set<String> knownOrganizations = new HashSet<>();

	private final Map<String, Member> members = new HashMap<>();

	private final Map<String, List<Member>> membersByName = new HashMap<>();

	private final Set<String> knownMembers = new HashSet<>();

	References(Collection<Organization> valid, Collection<String> anyOrgIds, Collection<Member> validMembers,
			Collection<String> anyMemberRefs) {
		valid.forEach((o) -> this.organizations.put(o.id(), o));
		this.knownOrganizations.addAll(anyOrgIds);
		for (Member m : validMembers) {
			this.members.put(m.id(), m);
			this.membersByName.computeIfAbsent(m.name(), (n) -> new ArrayList<>()).add(m);
		}
		this.knownMembers.addAll(anyMemberRefs);
	}

	Map<String, Organization> organizations() {
		return this.organizations;
	}

	/**
	 * Resolve the organisation a cell names.
	 * @param reader the row
	 * @param key the column
	 * @return the organisation, or null when the cell is empty or names none (a problem)
	 */
	Organization organization(RowReader reader, String key) {
		String id = reader.text(key);
		return (id != null) ? organization(reader, key, id) : null;
	}

	Organization organization(RowReader reader, String key, String id) {
		Organization org = this.organizations.get(id);
		if (org == null) {
			if (this.knownOrganizations.contains(id)) {
				reader.problem(key, id, "引用的组织“" + id + "”所在行有误", true);
			}
			else {
				reader.problem(key, id, "找不到组织“" + id + "”（组织表中没有这个组织编号）", false);
			}
		}
		return org;
	}

	/**
	 * Resolve the branch a cell names: an organisation of kind BRANCH.
	 * @param reader the row
	 * @param key the column
	 * @return the branch, or null (a problem)
	 */
	Organization branch(RowReader reader, String key) {
		Organization org = organization(reader, key);
		if (org != null && org.kind() != OrgKind.BRANCH) {
			reader.problem(key, "“" + org.id() + "”不是党支部（组织类型为 " + org.kind() + "）");
			return null;
		}
		return org;
	}

	List<String> organizations(RowReader reader, String key) {
		List<String> ids = new ArrayList<>();
		for (String id : reader.list(key)) {
			if (organization(reader, key, id) != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * Resolve the member a cell names, by id or by a unique name.
	 * @param reader the row
	 * @param key the column
	 * @return the member's id, or null when the cell is empty or names no one (a problem)
	 */
	String member(RowReader reader, String key) {
		String ref = reader.text(key);
		return (ref != null) ? member(reader, key, ref) : null;
	}

	String member(RowReader reader, String key, String ref) {
		Member member = find(ref);
		if (member != null) {
			return member.id();
		}
		List<Member> named = this.membersByName.getOrDefault(ref, List.of());
		if (named.size() > 1) {
			reader.problem(key, ref,
					"姓名“" + ref + "”对应多名党员（" + String.join("、", named.stream().map(Member::id).toList()) + "），请改填党员编号",
					false);
		}
		else if (this.knownMembers.contains(ref)) {
			reader.problem(key, ref, "引用的党员“" + ref + "”所在行有误", true);
		}
		else {
			reader.problem(key, ref, "找不到党员“" + ref + "”（党员表中没有这个编号或姓名）", false);
		}
		return null;
	}

	/**
	 * Resolve the members a list cell names, each once.
	 * @param reader the row
	 * @param key the column
	 * @return their ids in the order written: the cell's own list when it named each
	 * member once by id (so that the record shares it with the row)
	 */
	List<String> members(RowReader reader, String key) {
		List<String> refs = reader.list(key);
		Set<String> ids = new LinkedHashSet<>();
		for (String ref : refs) {
			String id = member(reader, key, ref);
			if (id != null) {
				ids.add(id);
			}
		}
		List<String> resolved = List.copyOf(ids);
		return resolved.equals(refs) ? refs : resolved;
	}

	/**
	 * Find a member by id, or by a name that only one member has.
	 * @param ref an id or a name
	 * @return the member, or null when the reference is unknown or ambiguous
	 */
	Member find(String ref) {
		Member byId = this.members.get(ref);
		if (byId != null) {
			return byId;
		}
		List<Member> named = this.membersByName.getOrDefault(ref, List.of());
		return (named.size() == 1) ? named.get(0) : null;
	}

}
