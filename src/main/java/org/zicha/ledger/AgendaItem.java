package org.zicha.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One item (议题) of a meeting's agenda.
 *
 * @param order its place on the agenda, 1 = first
 * @param title 议题
 * @param kind 议题类别
 * @param studies ids of the directives studied in this item
 */
public record AgendaItem(int order, String title, AgendaKind kind, List<String> studies) {

	public AgendaItem {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		studies = List.copyOf(studies);
	}

	/**
	 * Whether this item is a study item that studied a directive.
	 * @param directiveId the directive
	 * @return true when the item is of kind STUDY and lists the directive
	 */
	public boolean studied(String directiveId) {
		return this.kind == AgendaKind.STUDY && this.studies.contains(directiveId);
	}

}
