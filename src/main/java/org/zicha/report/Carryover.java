package org.zicha.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zicha.finding.Finding;

/**
 * Carries the rectification ledger of an earlier run over to this run's rows: each row
 * takes what the branches typed (status, 责任人, 完成日期, 进展, 佐证材料, 备注 …) from the earlier rows
 * that share a finding key, and is marked 新增 or 仍存在; a row an earlier ledger marked
 * rectified (已完成, 已销号) stays so and is marked 已整改（历史问题） when its findings are only those
 * of periods that began before it was marked, and is marked 整改不到位 (its status set back)
 * when its duty at its organisation is missed for a period that begins after that. The
 * earlier rows no longer found follow, marked 已解决 (or left as they were when they lie
 * before the window, which this run does not look at). Without an earlier ledger, a run
 * compared with an earlier findings.json marks its rows from the findings' changes and
 * lists the resolved findings.
 */
final class Carryover {

	/** The columns whose typed values are carried over. */
	static final List<String> TYPED = List.of(RectificationColumns.TARGET, RectificationColumns.LEADER,
			RectificationColumns.RESPONSIBLE, RectificationColumns.STATUS, RectificationColumns.PROGRESS,
			RectificationColumns.DONE_ON, RectificationColumns.PROOF, RectificationColumns.CLOSED_ON,
			RectificationColumns.NOTE);

	private final Draft draft;

	private final RowWriter rows;

	Carryover(Draft draft, RowWriter rows) {
		this.draft = draft;
		this.rows = rows;
	}

	/**
	 * The rows with their change and what was typed for them, and the earlier rows no
	 * longer found.
	 * @param current this run's rows, numbered
	 * @return the rows and the closed rows, numbered on
	 */
	Result apply(List<Report.Row> current) {
		RectificationLedger previous = this.draft.input().previous();
		if (previous != null) {
			return fromLedger(current, previous);
		}
		if (this.draft.input().compared()) {
			return fromFindings(current);
		}
		return new Result(current, List.of());
	}

	private Result fromLedger(List<Report.Row> current, RectificationLedger previous) {
		Set<RectificationLedger.Entry> used = new HashSet<>();
		List<Report.Row> rows = carry(current, previous, this.draft.phrasing(), used);
		List<Report.Row> closed = new ArrayList<>();
		int number = rows.size() + 1;
		for (RectificationLedger.Entry entry : previous.entries()) {
			if (used.contains(entry)) {
				continue;
			}
			Report.Change change = beforeWindow(entry) ? null : Report.Change.RESOLVED;
			closed.add(closedRow(number++, entry, change));
		}
		return new Result(rows, closed);
	}

	/**
	 * The rows with their change and what was typed for them in an earlier ledger: the
	 * cells of the earlier rows that share a finding key; 整改不到位 (and the status set back)
	 * when an earlier row of the same findings, or of the same duty at the same
	 * organisation for an earlier period, was marked rectified.
	 * @param current the rows of the later run
	 * @param previous the earlier ledger
	 * @param phrasing the wording (the statuses that count as done, the reopened status)
	 * @param used collects the earlier rows carried over
	 * @return the rows, carried over
	 */
	static List<Report.Row> carry(List<Report.Row> current, RectificationLedger previous, Phrasing phrasing,
			Set<RectificationLedger.Entry> used) {
		Map<String, List<RectificationLedger.Entry>> byKey = new LinkedHashMap<>();
		Map<String, List<RectificationLedger.Entry>> byDutyAndOrg = new LinkedHashMap<>();
		for (RectificationLedger.Entry entry : previous.entries()) {
			entry.keys().forEach((k) -> byKey.computeIfAbsent(k, (x) -> new ArrayList<>()).add(entry));
			if (entry.dutyAndOrg() != null) {
				byDutyAndOrg.computeIfAbsent(entry.dutyAndOrg(), (x) -> new ArrayList<>()).add(entry);
			}
		}
		List<String> done = phrasing.doneStatuses();
		List<Report.Row> rows = new ArrayList<>();
		for (Report.Row row : current) {
			Set<RectificationLedger.Entry> matched = new LinkedHashSet<>();
			row.keys().forEach((k) -> matched.addAll(byKey.getOrDefault(k, List.of())));
			Set<RectificationLedger.Entry> rectified = new LinkedHashSet<>();
			matched.stream().filter((e) -> done.contains(e.status())).forEach(rectified::add);
			byDutyAndOrg.getOrDefault(row.duty() + "|" + Objects.requireNonNullElse(row.orgId(), ""), List.of())
				.stream()
				.filter((e) -> done.contains(e.status()))
				.forEach(rectified::add);
			boolean relapsed = rectified.stream().anyMatch((e) -> missedAfter(row, e));
			Report.Change change;
			List<RectificationLedger.Entry> sources = new ArrayList<>(matched);
			if (relapsed) {
				change = Report.Change.RELAPSED;
				rectified.stream().filter((e) -> !sources.contains(e)).forEach(sources::add);
			}
			else if (!matched.isEmpty() && covered(row, rectified)) {
				change = Report.Change.RECTIFIED;
			}
			else {
				change = matched.isEmpty() ? Report.Change.NEW : Report.Change.PERSISTING;
			}
			used.addAll(sources);
			Map<String, Object> typed = typed(sources);
			boolean reopen = relapsed || (change == Report.Change.PERSISTING
					&& done.contains(String.valueOf(typed.get(RectificationColumns.STATUS))));
			if (reopen) {
				typed.put(RectificationColumns.STATUS, Phrasing.text(phrasing.node("rectification.reopened")));
			}
			Report.Row carried = row.with(row.number(), change, new Report.Tracking(typed));
			LocalDate deadline = relapsed ? null
					: matched.stream()
						.map((e) -> e.cells().get(RectificationColumns.DEADLINE))
						.filter(LocalDate.class::isInstance)
						.map(LocalDate.class::cast)
						.min(LocalDate::compareTo)
						.orElse(null);
			rows.add((deadline != null) ? carried.withDeadline(deadline) : carried);
		}
		return rows;
	}

	/**
	 * Whether a row finds its duty missed for a period that begins after an earlier row
	 * was marked rectified: after its 完成日期, or, without one, after the periods of the
	 * earlier row's findings (the run whose ledger it was marked in had looked no
	 * further). A finding of the earlier row's own periods found again is no relapse: the
	 * period is past, and nothing was missed since.
	 */
	static boolean missedAfter(Report.Row row, RectificationLedger.Entry entry) {
		LocalDate marked = markedOn(entry);
		Set<String> earlier = Set.copyOf(entry.keys());
		return row.findings()
			.stream()
			.filter((f) -> !earlier.contains(f.key()))
			.anyMatch((f) -> marked == null || (f.period() != null && f.period().from().isAfter(marked)));
	}

	/**
	 * Whether every finding of a row is one an earlier row marked rectified had: the row
	 * stays rectified. A row that also holds a finding no rectified row had is not (its
	 * status is set back, though the new finding's period began before the mark).
	 */
	private static boolean covered(Report.Row row, Set<RectificationLedger.Entry> rectified) {
		Set<String> keys = new HashSet<>();
		rectified.forEach((e) -> keys.addAll(e.keys()));
		return keys.containsAll(row.keys());
	}

	/**
	 * The day from which an earlier row counts as rectified: its 完成日期, or else the end of
	 * the latest period of its findings; null when it says neither.
	 */
	static LocalDate markedOn(RectificationLedger.Entry entry) {
		if (entry.doneOn() != null) {
			return entry.doneOn();
		}
		return entry.keys()
			.stream()
			.map(Carryover::end)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * Whether every finding of an earlier row lies before this run's window, so that the
	 * run could not find it again.
	 */
	private boolean beforeWindow(RectificationLedger.Entry entry) {
		if (entry.keys().isEmpty()) {
			return true;
		}
		LocalDate from = this.draft.input().from();
		return entry.keys().stream().map(Carryover::end).allMatch((end) -> end != null && end.isBefore(from));
	}

	private static LocalDate end(String key) {
		String[] parts = key.split("\\|", -1);
		try {
			return (parts.length == 5 && !parts[4].isEmpty()) ? LocalDate.parse(parts[4]) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The typed cells of earlier rows: each column's value from the first row that has
	 * one; the notes of several rows joined.
	 */
	private static Map<String, Object> typed(List<RectificationLedger.Entry> sources) {
		Map<String, Object> typed = new LinkedHashMap<>();
		for (String column : TYPED) {
			List<Object> values = sources.stream()
				.map((e) -> e.cells().get(column))
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			if (values.isEmpty()) {
				continue;
			}
			boolean text = column.equals(RectificationColumns.PROGRESS) || column.equals(RectificationColumns.PROOF)
					|| column.equals(RectificationColumns.NOTE);
			typed.put(column, (text && values.size() > 1)
					? String.join("\n", values.stream().map(Object::toString).toList()) : values.get(0));
		}
		return typed;
	}

	private static Report.Row closedRow(int number, RectificationLedger.Entry entry, Report.Change change) {
		Map<String, Object> cells = new LinkedHashMap<>(entry.cells());
		String dutyAndOrg = entry.dutyAndOrg();
		String duty = (dutyAndOrg != null) ? dutyAndOrg.substring(0, dutyAndOrg.indexOf('|')) : "";
		String orgId = (dutyAndOrg != null && !dutyAndOrg.endsWith("|"))
				? dutyAndOrg.substring(dutyAndOrg.indexOf('|') + 1) : null;
		return new Report.Row(number, "", entry.text(RectificationColumns.CATEGORY), duty, "", null,
				entry.text(RectificationColumns.DESCRIPTION), orgId, entry.text(RectificationColumns.ORGANISATION), "",
				entry.text(RectificationColumns.SOURCE), entry.text(RectificationColumns.MEASURE),
				entry.text(RectificationColumns.RESPONSIBLE), null, List.of(), change, new Report.Tracking(cells));
	}

	private Result fromFindings(List<Report.Row> current) {
		List<Report.Row> rows = current.stream()
			.map((r) -> r.with(r.number(),
					r.findings().stream().anyMatch((f) -> f.change() == Finding.Change.PERSISTING)
							? Report.Change.PERSISTING : Report.Change.NEW,
					r.tracking()))
			.toList();
		List<Report.Row> closed = new ArrayList<>();
		int number = rows.size() + 1;
		List<Finding> resolved = this.draft.input()
			.resolved()
			.stream()
			.filter((f) -> f.severity() != org.zicha.finding.Severity.NOTICE)
			.toList();
		for (List<Finding> group : Aggregate.group(resolved, (f) -> f.duty() + "|" + f.orgId() + "|" + f.severity())
			.values()) {
			Theme theme = this.draft.phrasing().theme(group.get(0).area());
			Report.Row row = this.rows.row((theme != null) ? theme.name() : "", group);
			closed.add(row.with(number++, Report.Change.RESOLVED, Report.Tracking.NONE));
		}
		return new Result(rows, closed);
	}

	/**
	 * The rows and the closed rows.
	 *
	 * @param rows this run's rows
	 * @param closed the earlier rows no longer found
	 */
	record Result(List<Report.Row> rows, List<Report.Row> closed) {

	}

}
