package org.zicha.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The edit that gave rules/thresholds.xlsx the deadline of the annual reviews, kept so
 * that it can be applied again to another copy of the table (a merge of two edits of the
 * binary file): inserts the column 截止日期 before 说明 (and names it in the note of row 3),
 * gives ORG_LIFE, MEMBER_REVIEW and LEADERSHIP_LIFE.ANNUAL the deadline 3月31日 and empties
 * their 统计周期 (a review is of a year by nature). Run once on a table that lacks the
 * column:
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.zicha.testing.AnnualReviewDeadlines rules/thresholds.xlsx}.
 */
public final class AnnualReviewDeadlines {

	private static final String[] DUTIES = { "ORG_LIFE", "MEMBER_REVIEW", "LEADERSHIP_LIFE.ANNUAL" };

	private AnnualReviewDeadlines() {
	}

	/**
	 * Apply the edit.
	 * @param args the thresholds.xlsx to edit
	 * @throws IOException when it cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		apply(Path.of(args[0]));
	}

	/**
	 * Apply the edit to a table.
	 * @param table the thresholds.xlsx to edit
	 * @throws IOException when it cannot be read or written
	 */
	public static void apply(Path table) throws IOException {
		ThresholdsTable.insertColumn(table, "说明", "截止日期", "$d.setDeadline(\"$param\");");
		ThresholdsTable.replaceText(table, "至“提醒窗口（天）”各列", "至“截止日期”各列");
		for (String duty : DUTIES) {
			ThresholdsTable.set(table, duty, "截止日期", "3月31日");
			ThresholdsTable.clear(table, duty, "统计周期");
		}
	}

}
