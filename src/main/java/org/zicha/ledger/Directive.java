package org.zicha.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An important speech or instruction (重要讲话、指示批示) that must be studied under 第一议题.
 *
 * @param id unique id (编号)
 * @param title 篇目
 * @param date date published or received
 * @param forOrgs ids of the organisations that must study it; empty means every
 * organisation that holds committee meetings
 */
public record Directive(String id, String title, LocalDate date, List<String> forOrgs) {

	public Directive {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(date, "date");
		forOrgs = List.copyOf(forOrgs);
	}

}
