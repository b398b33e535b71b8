package org.zicha.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A rectification ledger (整改台账) read back from a workbook that an earlier run wrote and
 * the branches filled in: every row with its finding keys and every cell they typed.
 *
 * @param source the file it was read from, for messages
 * @param entries its rows, in order
 */
public record RectificationLedger(String source, List<Entry> entries) {

	public RectificationLedger {
		entries = List.copyOf(entries);
	}

	/**
	 * This ledger carried over to the rows of a later run, by the rules of
	 * {@code check --rectification}: each row takes what was typed into the earlier rows
	 * that share a finding key, and is marked 新增, 仍存在 or 整改不到位 (its status set back) when
	 * an earlier row of its findings, or of its duty at its organisation for an earlier
	 * period, was marked rectified. A persisting row keeps the earlier 整改时限. The rows are
	 * taken as drafted: whatever an earlier carry-over gave them (change, tracking,
	 * deadline) is set aside first.
	 * @param rows the rows of the later run
	 * @param asOf the later run's as-of day, from which a row's own deadline counts
	 * @param phrasing the wording (the statuses that count as done, the reopened status,
	 * the deadlines)
	 * @return the rows, carried over, in the same order
	 */
	public List<Report.Row> carryInto(List<Report.Row> rows, LocalDate asOf, Phrasing phrasing) {
		List<Report.Row> drafted = rows.stream()
			.map((r) -> r.with(r.number(), null, Report.Tracking.NONE)
				.withDeadline(asOf.plusDays(phrasing.deadlineDays(r.severity()))))
			.toList();
		return Carryover.carry(drafted, this, phrasing, new HashSet<>());
	}

	/**
	 * One row of the ledger.
	 *
	 * @param row its row number in the sheet (from 1, the header being row 1)
	 * @param keys the keys of its findings (问题编号)
	 * @param cells every non-empty cell by column title: a date as a {@code LocalDate},
	 * anything else as text
	 */
	public record Entry(int row, List<String> keys, Map<String, Object> cells) {

		public Entry {
			keys = List.copyOf(keys);
			cells = Map.copyOf(cells);
		}

		/**
		 * A cell as text.
		 * @param column the column title
		 * @return its text, or null when empty
		 */
		public String text(String column) {
			Object value = this.cells.get(column);
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			return (value != null) ? value.toString() : null;
		}

		/**
		 * Its 整改状态.
		 * @return the status as typed, or null
		 */
		public String status() {
			return text(RectificationColumns.STATUS);
		}

		/**
		 * Its 完成日期.
		 * @return the day, or null when empty or not a date
		 */
		public LocalDate doneOn() {
			return (this.cells.get(RectificationColumns.DONE_ON) instanceof LocalDate day) ? day : null;
		}

		/**
		 * What it says of the work: its 整改进展, or else its 备注.
		 * @return the text, or null
		 */
		public String progress() {
			String progress = text(RectificationColumns.PROGRESS);
			return (progress != null) ? progress : text(RectificationColumns.NOTE);
		}

		/**
		 * Its 变化 against the run before the one that wrote it.
		 * @return the word (新增, 仍存在, 整改不到位 …), or null
		 */
		public String change() {
			return text(RectificationColumns.CHANGE);
		}

		/**
		 * The duty and organisation of its findings ({@code duty|orgId}), from its first
		 * key.
		 * @return the duty and organisation, or null without keys
		 */
		public String dutyAndOrg() {
			if (this.keys.isEmpty()) {
				return null;
			}
			String[] parts = this.keys.get(0).split("\\|", -1);
			return (parts.length >= 2) ? parts[0] + "|" + parts[1] : null;
		}

	}

}
