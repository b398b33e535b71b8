package org.zicha.web.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.web.OrgTree;
import org.zicha.web.Viewer;

/**
 * The counts a preview shows: records per table, and per organisation.
 */
final class LedgerCounts {

	private LedgerCounts() {
	}

	static OrgTree tree(Ledger ledger) {
		return OrgTree.of(ledger);
	}

	static List<Preview.TableCount> tables(Ledger ledger) {
		int agenda = ledger.activities().stream().mapToInt((a) -> a.agenda().size()).sum();
		return List.of(new Preview.TableCount("组织", ledger.organizations().size()),
				new Preview.TableCount("党员", ledger.members().size()),
				new Preview.TableCount("活动", ledger.activities().size()), new Preview.TableCount("议题", agenda),
				new Preview.TableCount("学习篇目", ledger.directives().size()),
				new Preview.TableCount("党费", ledger.dues().size()),
				new Preview.TableCount("谈心谈话", ledger.talks().size()),
				new Preview.TableCount("发展党员", ledger.applicants().size()),
				new Preview.TableCount("例外", ledger.exemptions().size()));
	}

	static List<Preview.OrgCount> organisations(Ledger ledger, Viewer viewer) {
		OrgTree tree = tree(ledger);
		Map<String, int[]> counts = new HashMap<>();
		Map<String, Member> members = ledger.membersById();
		ledger.members().forEach((m) -> count(counts, m.orgId(), 0));
		ledger.activities().forEach((a) -> count(counts, a.orgId(), 1));
		ledger.dues().forEach((d) -> {
			Member m = members.get(d.memberId());
			if (m != null) {
				count(counts, m.orgId(), 2);
			}
		});
		ledger.applicants().forEach((a) -> count(counts, a.orgId(), 3));
		List<Preview.OrgCount> rows = new ArrayList<>();
		for (OrgTree.Org org : tree.visibleTo(viewer)) {
			int[] c = counts.getOrDefault(org.id(), new int[4]);
			rows.add(new Preview.OrgCount(org.id(), org.name(), c[0], c[1], c[2], c[3]));
		}
		return rows;
	}

	private static void count(Map<String, int[]> counts, String org, int column) {
		if (org != null) {
			counts.computeIfAbsent(org, (k) -> new int[4])[column]++;
		}
	}

}
