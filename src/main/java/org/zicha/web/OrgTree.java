package org.zicha.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zicha.ledger.Ledger;

/**
 * The organisations of a ledger or a run, with their parents: what a branch secretary's
 * subtree is taken from.
 */
public final class OrgTree {

	private final Map<String, Org> orgs = new LinkedHashMap<>();

	/**
	 * A tree of organisations.
	 * @param orgs the organisations, in ledger order
	 */
	public OrgTree(List<Org> orgs) {
		orgs.forEach((o) -> this.orgs.put(o.id(), o));
	}

	/**
	 * The tree of a ledger's organisations.
	 * @param ledger the ledger
	 * @return its tree
	 */
	public static OrgTree of(Ledger ledger) {
		return new OrgTree(ledger.organizations()
			.stream()
			.map((o) -> new Org(o.id(), o.name(), o.kind().name(), o.parentId()))
			.toList());
	}

	/**
	 * Whether an organisation is another or lies under it.
	 * @param id the organisation
	 * @param ancestor the top of the subtree
	 * @return true when it lies in the subtree
	 */
	public boolean within(String id, String ancestor) {
		Set<String> seen = new java.util.HashSet<>();
		String at = id;
		while (at != null && seen.add(at)) {
			if (at.equals(ancestor)) {
				return true;
			}
			Org org = this.orgs.get(at);
			at = (org != null) ? org.parentId() : null;
		}
		return false;
	}

	/**
	 * The organisations of a subtree, or of the whole tree.
	 * @param viewer who looks
	 * @return the organisations the viewer sees, in ledger order
	 */
	public List<Org> visibleTo(Viewer viewer) {
		List<Org> visible = new ArrayList<>();
		this.orgs.values().forEach((o) -> {
			if (viewer.sees(o.id(), this)) {
				visible.add(o);
			}
		});
		return visible;
	}

	/**
	 * An organisation's name.
	 * @param id the organisation
	 * @return its name, or the id when unknown
	 */
	public String name(String id) {
		Org org = this.orgs.get(id);
		return (org != null) ? org.name() : id;
	}

	/**
	 * Whether the tree holds an organisation.
	 * @param id the organisation
	 * @return true when it does
	 */
	public boolean contains(String id) {
		return this.orgs.containsKey(id);
	}

	/**
	 * Every organisation.
	 * @return the organisations, in ledger order
	 */
	public List<Org> all() {
		return List.copyOf(this.orgs.values());
	}

	/**
	 * One organisation of the tree.
	 *
	 * @param id 组织编号
	 * @param name 组织名称
	 * @param kind the kind, as the ledger names it (BRANCH, GROUP, …)
	 * @param parentId the higher organisation, or null
	 */
	public record Org(String id, String name, String kind, String parentId) {

	}

}
