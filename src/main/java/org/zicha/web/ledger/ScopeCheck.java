package org.zicha.web.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.web.OrgTree;

/**
 * What a branch secretary's upload adds that lies outside their subtree. The records it
 * adds are those of the merged ledger that the stored ledger without it lacks; each must
 * belong to an organisation of the subtree.
 */
final class ScopeCheck {

	private ScopeCheck() {
	}

	/**
	 * The records of the upload outside the scope.
	 * @param merged the stored ledger with the upload
	 * @param without the stored ledger without it (empty when there is none)
	 * @param scope the top of the secretary's subtree
	 * @return one Chinese line per record outside it
	 */
	static List<String> outside(Ledger merged, Ledger without, String scope) {
		OrgTree tree = LedgerCounts.tree(merged);
		Map<String, Member> members = merged.membersById();
		Function<String, Boolean> in = (org) -> org != null && tree.within(org, scope);
		Function<String, Boolean> memberIn = (id) -> members.containsKey(id) && in.apply(members.get(id).orgId());
		List<String> out = new ArrayList<>();
		for (Organization o : added(merged.organizations(), without.organizations())) {
			if (!in.apply(o.id())) {
				out.add("组织“" + o.name() + "”（" + o.id() + "）");
			}
		}
		added(merged.members(), without.members()).stream()
			.filter((m) -> !in.apply(m.orgId()))
			.forEach((m) -> out.add("党员“" + m.name() + "”（" + m.id() + "，" + tree.name(m.orgId()) + "）"));
		added(merged.activities(), without.activities()).stream()
			.filter((a) -> !in.apply(a.orgId()))
			.forEach((a) -> out.add("活动 " + a.id() + "（" + tree.name(a.orgId()) + "，" + a.date() + "）"));
		added(merged.dues(), without.dues()).stream()
			.filter((d) -> !memberIn.apply(d.memberId()))
			.forEach((d) -> out.add("党费（党员 " + d.memberId() + "，" + d.paidOn() + "）"));
		added(merged.talks(), without.talks()).stream()
			.filter((t) -> !memberIn.apply(t.by()) && !memberIn.apply(t.with()))
			.forEach((t) -> out.add("谈心谈话（" + t.by() + "与" + t.with() + "，" + t.date() + "）"));
		added(merged.applicants(), without.applicants()).stream()
			.filter((a) -> !in.apply(a.orgId()))
			.forEach((a) -> out.add("发展对象“" + a.name() + "”（" + tree.name(a.orgId()) + "）"));
		added(merged.directives(), without.directives()).stream()
			.filter((d) -> d.forOrgs().isEmpty() || !d.forOrgs().stream().allMatch(in::apply))
			.forEach((d) -> out.add("学习篇目“" + d.title() + "”（适用于"
					+ (d.forOrgs().isEmpty() ? "全部组织" : String.join("、", d.forOrgs())) + "）"));
		added(merged.exemptions(), without.exemptions()).stream()
			.filter((e) -> !in.apply(e.orgId()))
			.forEach((e) -> out
				.add("例外（" + e.duty() + "，" + ((e.orgId() != null) ? tree.name(e.orgId()) : "未指定组织") + "）"));
		return out;
	}

	private static <T> List<T> added(List<T> merged, List<T> without) {
		Set<T> before = new HashSet<>(without);
		return merged.stream().filter((r) -> !before.contains(r)).toList();
	}

}
