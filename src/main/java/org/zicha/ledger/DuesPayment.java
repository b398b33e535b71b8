package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One payment of party dues (党费), covering one or more months.
 *
 * @param memberId the member who paid
 * @param months the months the payment covers
 * @param paidOn 交纳日期
 * @param amount 金额 in yuan, or null
 */
public record DuesPayment(String memberId, List<YearMonth> months, LocalDate paidOn, BigDecimal amount) {

	public DuesPayment {
		Objects.requireNonNull(memberId, "memberId");
		Objects.requireNonNull(paidOn, "paidOn");
		months = List.copyOf(months);
	}

}
