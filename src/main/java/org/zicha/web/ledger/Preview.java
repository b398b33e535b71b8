package org.zicha.web.ledger;

import java.util.List;

import org.zicha.ledger.LedgerProblem;

/**
 * What an upload would change, shown before it is confirmed; nothing is stored yet.
 *
 * @param token the id to confirm it by (valid for a while, for the same user)
 * @param files the files, each with what it does to the stored ledger
 * @param tables the number of records of each table of the merged ledger
 * @param organisations the records of each organisation of the merged ledger
 * @param errors the first {@value #MAX_ERRORS} problems: the upload cannot be confirmed
 * while there is one
 * @param moreErrors how many more problems there are beyond those listed
 * @param warnings what was ignored (unknown sheets and columns, …)
 * @param identical whether every file is identical to the one already stored (confirming
 * changes nothing)
 */
public record Preview(String token, List<FileChange> files, List<TableCount> tables, List<OrgCount> organisations,
		List<Problem> errors, int moreErrors, List<String> warnings, boolean identical) {

	/** The most problems a preview lists (the rest are counted). */
	public static final int MAX_ERRORS = 200;

	/**
	 * A preview of every problem found: the first {@value #MAX_ERRORS} are kept.
	 * @param token the id to confirm it by
	 * @param files the files
	 * @param tables the records of each table
	 * @param organisations the records of each organisation
	 * @param errors every problem
	 * @param warnings what was ignored
	 * @param identical whether every file is identical to the stored one
	 * @return the preview
	 */
	static Preview of(String token, List<FileChange> files, List<TableCount> tables, List<OrgCount> organisations,
			List<Problem> errors, List<String> warnings, boolean identical) {
		int listed = Math.min(errors.size(), MAX_ERRORS);
		return new Preview(token, files, tables, organisations, List.copyOf(errors.subList(0, listed)),
				errors.size() - listed, warnings, identical);
	}

	/**
	 * Whether the upload can be confirmed.
	 * @return true without errors
	 */
	public boolean acceptable() {
		return this.errors.isEmpty();
	}

	/**
	 * How many problems there are in all.
	 * @return the listed ones and the others
	 */
	public int errorCount() {
		return this.errors.size() + this.moreErrors;
	}

	/**
	 * One file of an upload.
	 *
	 * @param name its name
	 * @param size its size in bytes
	 * @param sha256 the hash of its content
	 * @param change 新增 (a new source), 替换 (replaces the stored file of the same name) or
	 * 相同 (identical to it)
	 */
	public record FileChange(String name, long size, String sha256, String change) {

	}

	/**
	 * The records of one table.
	 *
	 * @param table the table's Chinese name
	 * @param count how many records
	 */
	public record TableCount(String table, int count) {

	}

	/**
	 * The records of one organisation.
	 *
	 * @param orgId 组织编号
	 * @param orgName 组织名称
	 * @param members 党员
	 * @param activities 活动
	 * @param dues 党费 rows of its members
	 * @param applicants 发展党员
	 */
	public record OrgCount(String orgId, String orgName, int members, int activities, int dues, int applicants) {

	}

	/**
	 * One problem, located: file, sheet, row, column and value.
	 *
	 * @param file the file
	 * @param sheet the sheet (or JSON table), or null
	 * @param row the row as Excel numbers it (or the JSON index), or -1
	 * @param column the column header, or null
	 * @param value the offending value, or null
	 * @param message what is wrong
	 * @param text the whole problem in one Chinese line
	 */
	public record Problem(String file, String sheet, int row, String column, String value, String message,
			String text) {

		/**
		 * A problem of the ledger reader.
		 * @param p the problem
		 * @return it, located
		 */
		public static Problem of(LedgerProblem p) {
			return new Problem(p.file(), p.sheet(), p.row(), p.column(), p.value(), p.message(), p.toString());
		}

	}

}
