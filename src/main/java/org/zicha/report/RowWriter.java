package org.zicha.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * Writes the rows of the appendix and the rectification ledger: the findings of one duty
 * at one organisation (and of one severity, where a duty's severities are different
 * problems), each with its detailed sentence naming the periods and persons, who leads
 * its rectification and by when.
 */
final class RowWriter {

	private final Draft draft;

	RowWriter(Draft draft) {
		this.draft = draft;
	}

	/**
	 * The rows of a theme's findings: by duty in the order the theme's sentences speak of
	 * them, then by severity, then by organisation in ledger order.
	 * @param theme the theme (null for findings of no theme)
	 * @param findings the findings
	 * @return the rows, numbered 0 (the caller numbers them)
	 */
	List<Report.Row> rows(Theme theme, List<Finding> findings) {
		List<String> dutyOrder = new ArrayList<>();
		if (theme != null) {
			theme.sentences().forEach((s) -> s.forEach((c) -> c.duties().forEach((d) -> {
				if (!dutyOrder.contains(d)) {
					dutyOrder.add(d);
				}
			})));
		}
		List<String> orgOrder = this.draft.ordered(findings.stream().map(Finding::orgId).toList());
		Map<String, List<Finding>> groups = Aggregate.group(findings,
				(f) -> f.duty() + "|" + Objects.requireNonNullElse(f.orgId(), "") + "|" + f.severity());
		List<List<Finding>> sorted = new ArrayList<>(groups.values());
		sorted.sort(Comparator.comparingInt((List<Finding> g) -> rank(dutyOrder, g.get(0).duty()))
			.thenComparing((g) -> g.get(0).duty())
			.thenComparing((g) -> g.get(0).severity())
			.thenComparingInt((g) -> rank(orgOrder, g.get(0).orgId())));
		List<Report.Row> rows = new ArrayList<>();
		for (List<Finding> group : sorted) {
			rows.add(row((theme != null) ? theme.name() : "", group));
		}
		return rows;
	}

	private static int rank(List<String> order, String value) {
		int i = order.indexOf(value);
		return (i >= 0) ? i : order.size();
	}

	/**
	 * The row of one duty's findings at one organisation.
	 * @param theme the theme's name
	 * @param findings the findings
	 * @return the row
	 */
	Report.Row row(String theme, List<Finding> findings) {
		Finding first = findings.get(0);
		Severity severity = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
		ReportInput.Tally tally = this.draft.input()
			.tallies()
			.stream()
			.filter((t) -> t.duty().equals(first.duty()) && t.orgId().equals(first.orgId()))
			.findFirst()
			.orElse(null);
		Aggregate aggregate = Aggregate.of(this.draft, findings);
		String sentence = Words.endSentence(
				this.draft.fill(this.draft.phrasing().row(first.duty(), severity), aggregate.rowValues(tally)));
		String orgId = (first.orgId() != null) ? first.orgId()
				: (this.draft.root() != null) ? this.draft.root().id() : null;
		return new Report.Row(0, theme, first.area(), first.duty(), first.title(), severity, sentence, orgId,
				(orgId != null) ? this.draft.name(orgId) : null, this.draft.periods(Aggregate.periods(findings)),
				first.source(), first.remedy(), responsible(orgId), this.draft.deadline(severity),
				List.copyOf(findings), null, Report.Tracking.NONE);
	}

	/**
	 * Who leads a row's rectification: the organisation's secretary (a group's 组长) by
	 * name, or the post when it is vacant.
	 */
	private String responsible(String orgId) {
		if (orgId == null) {
			return "";
		}
		ReportInput.Organisation org = this.draft.organisation(orgId);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("org", this.draft.name(orgId));
		values.put("head", this.draft.head(orgId));
		if (org != null && org.head() != null) {
			values.put("person", org.head());
			return this.draft.phrasing().phrase("rectification.responsible").fill(values);
		}
		return this.draft.phrasing().phrase("rectification.responsibleVacant").fill(values);
	}

}
