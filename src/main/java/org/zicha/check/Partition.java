package org.zicha.check;

import java.util.List;

import org.zicha.ledger.InvalidRow;

/**
 * One organisation subtree (or the rows a lenient read skipped), evaluated in a session
 * of its own. Its facts are gathered only when it is evaluated, and dropped with its
 * session.
 *
 * @param name what the partition covers, for messages
 * @param orgIds the organisations it covers: a branch and its party groups, or one
 * organisation above the branches
 * @param invalidRows the skipped rows it covers
 */
record Partition(String name, List<String> orgIds, List<InvalidRow> invalidRows) {

	Partition {
		orgIds = List.copyOf(orgIds);
		invalidRows = List.copyOf(invalidRows);
	}

}
