package org.zicha.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Member;
import org.zicha.ledger.Period;
import org.zicha.rules.Limit;

/**
 * Derived fact: when a counted member paid the dues of one closed month (the first
 * payment covering the month), from which the rules judge whether it was paid on time (by
 * the month's last day plus the grace of DUES.MONTHLY) and whether it was still unpaid on
 * a later day (DUES.LAPSED).
 *
 * @param memberId the member
 * @param memberName the member's name
 * @param orgId the member's branch
 * @param month the month
 * @param paidOn the day of the first payment covering the month, or null
 */
public record DuesMonth(String memberId, String memberName, String orgId, Period month, LocalDate paidOn) {

	/**
	 * A member's dues for a month.
	 * @param member the member
	 * @param month the month
	 * @param payments the member's payments
	 * @return the member's dues month
	 */
	public static DuesMonth of(Member member, Period month, Collection<DuesPayment> payments) {
		YearMonth ym = YearMonth.from(month.from());
		return new DuesMonth(member.id(), member.name(), member.orgId(), month,
				payments.stream()
					.filter((p) -> p.months().contains(ym))
					.map(DuesPayment::paidOn)
					.min(Comparator.naturalOrder())
					.orElse(null));
	}

	/**
	 * The evidence of a branch's dues over a period: the members and months not paid on
	 * time.
	 * @param months the months of the branch's counted members
	 * @param grace the days after a month's end in which its dues are still on time
	 * @return the evidence
	 */
	public static Map<String, Object> evidence(Collection<DuesMonth> months, Limit grace) {
		List<DuesMonth> unpaid = months.stream()
			.filter((m) -> !m.paidWithin(grace))
			.sorted(Comparator.comparing(DuesMonth::memberId).thenComparing(DuesMonth::month))
			.toList();
		Map<String, String> names = new LinkedHashMap<>();
		unpaid.forEach((m) -> names.put(m.memberId(), m.memberName()));
		List<Map<String, Object>> detail = unpaid.stream()
			.map((m) -> Evidence.of("memberId", m.memberId(), "month", YearMonth.from(m.month().from()).toString(),
					"paidOn", m.paidOn()))
			.toList();
		return Evidence.of("members", months.stream().map(DuesMonth::memberId).distinct().count(), "unpaidCount",
				names.size(), "unpaidMembers", List.copyOf(names.keySet()), "unpaidNames", List.copyOf(names.values()),
				"unpaid", detail);
	}

	/**
	 * Whether the month was paid on time.
	 * @return true when paid on or before the month's last day
	 */
	public boolean paidOnTime() {
		return paidBy(this.month.to());
	}

	/**
	 * Whether the month was paid within a grace after its last day.
	 * @param grace the grace, or null for none
	 * @return true when paid on or before the month's last day plus the grace
	 */
	public boolean paidWithin(Limit grace) {
		return paidBy((grace != null) ? grace.after(this.month.to()) : this.month.to());
	}

	/**
	 * Whether the month had been paid by a day, on time or late.
	 * @param day the day
	 * @return true when a payment covering the month was made on or before it
	 */
	public boolean paidBy(LocalDate day) {
		return this.paidOn != null && !this.paidOn.isAfter(day);
	}

}
