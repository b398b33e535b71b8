package org.zicha.web;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The organisations whose data a request may read or write: every organisation (for an
 * administrator, an inspector or the schedule), or a branch secretary's organisation with
 * the organisations under it in one run's tree. Built once from the viewer and the tree,
 * then handed to every store method that reads or writes organisation data, which
 * restricts its query to it. What concerns no one organisation lies only in the scope of
 * everything.
 */
public final class Scope {

	private static final Scope ALL = new Scope(null, null);

	private final String top;

	private final Set<String> orgs;

	private Scope(String top, Set<String> orgs) {
		this.top = top;
		this.orgs = orgs;
	}

	/**
	 * Every organisation, including what concerns none: for administrators, inspectors
	 * and the schedule, said explicitly.
	 * @return the scope of everything
	 */
	public static Scope all() {
		return ALL;
	}

	/**
	 * What a viewer may see of a run or a ledger.
	 * @param viewer who looks
	 * @param tree the organisations of the run or ledger in question
	 * @return everything for the roles that see all, else the viewer's organisation and
	 * the organisations under it in the tree
	 */
	public static Scope of(Viewer viewer, OrgTree tree) {
		return viewer.seesAll() ? ALL : subtree(viewer.orgId(), tree);
	}

	/**
	 * What a viewer filed under their own organisation, such as ledger uploads, which
	 * belong to the organisation of the secretary who made them rather than to a run's
	 * tree.
	 * @param viewer who looks
	 * @return everything for the roles that see all, else the viewer's organisation
	 */
	public static Scope ownOrganisation(Viewer viewer) {
		return viewer.seesAll() ? ALL : new Scope(viewer.orgId(), Set.of(viewer.orgId()));
	}

	private static Scope subtree(String top, OrgTree tree) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(top);
		tree.all().stream().filter((o) -> tree.within(o.id(), top)).forEach((o) -> ids.add(o.id()));
		return new Scope(top, Collections.unmodifiableSet(ids));
	}

	/**
	 * This scope cut to one organisation's subtree.
	 * @param org the organisation
	 * @param tree the organisations of the run in question
	 * @return the organisation and those under it
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the
	 * organisation lies outside this scope
	 */
	public Scope narrow(String org, OrgTree tree) {
		require(org);
		return subtree(org, tree);
	}

	/**
	 * Whether the scope is everything.
	 * @return true for the scope of everything
	 */
	public boolean isAll() {
		return this.orgs == null;
	}

	/**
	 * The top of the subtree.
	 * @return the organisation, or null for the scope of everything
	 */
	public String top() {
		return this.top;
	}

	/**
	 * The organisations of the scope, for a query's {@code org_id IN (:orgs)}.
	 * @return the organisations, never empty
	 * @throws IllegalStateException for the scope of everything, which a query does not
	 * restrict
	 */
	public Set<String> orgs() {
		if (this.orgs == null) {
			throw new IllegalStateException("the scope of everything lists no organisations");
		}
		return this.orgs;
	}

	/**
	 * Whether what concerns an organisation lies in the scope.
	 * @param org the organisation, or null (or empty) for what concerns none
	 * @return whether it may be read or written
	 */
	public boolean includes(String org) {
		return this.orgs == null || (org != null && this.orgs.contains(org));
	}

	/**
	 * Refuse what lies outside the scope, as if it did not exist.
	 * @param org the organisation it concerns
	 * @throws org.springframework.web.server.ResponseStatusException 404 when outside
	 */
	public void require(String org) {
		if (!includes(org)) {
			throw Viewer.notFound();
		}
	}

	@Override
	public String toString() {
		return isAll() ? "Scope[all]" : "Scope" + this.orgs;
	}

}
