package org.zicha.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zicha.finding.Finding;
import org.zicha.ledger.OrgKind;

/**
 * The monthly bulletin of one organisation (支部提示单): the same data as the report, cut by
 * organisation and named in full: its problems this window, what falls due before the
 * next run, its rows of the rectification ledger. A branch's bulletin takes in its party
 * groups.
 *
 * @param orgId the organisation
 * @param orgName its name
 * @param rows its rows of the appendix and the rectification ledger
 * @param closedRows its earlier rows no longer found
 * @param notices its notices
 */
public record Bulletin(String orgId, String orgName, List<Report.Row> rows, List<Report.Row> closedRows,
		List<Finding> notices) {

	/**
	 * The file name of the bulletin, without extension: {@code {orgId}-{name}}, with what
	 * a file name cannot hold replaced.
	 * @return the name
	 */
	public String fileName() {
		return (this.orgId + "-" + this.orgName).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	/**
	 * The bulletins of a report: one per branch (its groups included), and one per other
	 * organisation that has rows or notices.
	 * @param report the report
	 * @return the bulletins, in ledger order
	 */
	public static List<Bulletin> of(Report report) {
		Map<String, ReportInput.Organisation> byId = new LinkedHashMap<>();
		report.organisations().forEach((o) -> byId.put(o.id(), o));
		Map<String, List<Report.Row>> rows = new LinkedHashMap<>();
		Map<String, List<Report.Row>> closed = new LinkedHashMap<>();
		Map<String, List<Finding>> notices = new LinkedHashMap<>();
		report.rows().forEach((r) -> rows.computeIfAbsent(owner(r.orgId(), byId), (k) -> new ArrayList<>()).add(r));
		report.closedRows()
			.stream()
			.filter((r) -> r.orgId() != null || r.orgName() != null)
			.forEach((r) -> closed.computeIfAbsent(owner(ownerId(r, byId), byId), (k) -> new ArrayList<>()).add(r));
		report.notices()
			.forEach((n) -> notices.computeIfAbsent(owner(n.orgId(), byId), (k) -> new ArrayList<>()).add(n));
		List<Bulletin> bulletins = new ArrayList<>();
		for (ReportInput.Organisation org : report.organisations()) {
			boolean owns = org.kind() == OrgKind.BRANCH || rows.containsKey(org.id()) || notices.containsKey(org.id())
					|| closed.containsKey(org.id());
			if (owns && Objects.equals(owner(org.id(), byId), org.id())) {
				bulletins.add(new Bulletin(org.id(), org.name(), rows.getOrDefault(org.id(), List.of()),
						closed.getOrDefault(org.id(), List.of()), notices.getOrDefault(org.id(), List.of())));
			}
		}
		return bulletins;
	}

	/**
	 * Whose bulletin an organisation's rows go into: a group's go to its branch.
	 */
	private static String owner(String orgId, Map<String, ReportInput.Organisation> byId) {
		ReportInput.Organisation org = (orgId != null) ? byId.get(orgId) : null;
		if (org != null && org.kind() == OrgKind.GROUP && org.parentId() != null && byId.get(org.parentId()) != null
				&& byId.get(org.parentId()).kind() == OrgKind.BRANCH) {
			return org.parentId();
		}
		return orgId;
	}

	/**
	 * The organisation of an earlier row: by id when known, else by its name.
	 */
	private static String ownerId(Report.Row row, Map<String, ReportInput.Organisation> byId) {
		if (row.orgId() != null) {
			return row.orgId();
		}
		return byId.values()
			.stream()
			.filter((o) -> o.name().equals(row.orgName()))
			.map(ReportInput.Organisation::id)
			.findFirst()
			.orElse(null);
	}

}
