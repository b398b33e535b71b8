package org.zicha.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded talk between two members (谈心谈话).
 *
 * @param date 日期
 * @param by member id of the one who talked (谈话人)
 * @param with member id of the one talked to (谈话对象)
 * @param kind 类型
 */
public record Talk(LocalDate date, String by, String with, TalkKind kind) {

	public Talk {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(with, "with");
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Whether this talk is a heart-to-heart talk between two members, in either
	 * direction.
	 * @param one a member
	 * @param other another member
	 * @return true when the two talked
	 */
	public boolean between(String one, String other) {
		return this.kind == TalkKind.HEART_TO_HEART && ((this.by.equals(one) && this.with.equals(other))
				|| (this.by.equals(other) && this.with.equals(one)));
	}

}
