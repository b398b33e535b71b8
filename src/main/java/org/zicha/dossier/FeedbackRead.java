package org.zicha.dossier;

import java.util.List;

import org.zicha.ledger.LedgerProblem;

/**
 * What was read from a feedback workbook: its items, or every problem that stops it from
 * being used.
 *
 * @param items the items, in the workbook's order
 * @param problems every problem, each with its file, sheet, row, column and value
 */
public record FeedbackRead(List<FeedbackItem> items, List<LedgerProblem> problems) {

	public FeedbackRead {
		items = List.copyOf(items);
		problems = List.copyOf(problems);
	}

}
