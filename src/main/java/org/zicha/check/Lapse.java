package org.zicha.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.zicha.ledger.Member;
import org.zicha.ledger.Period;

/**
 * A run of consecutive months in which a member missed organisational life or dues: one
 * per full run of the required length (a run of twelve is two lapses, a run of seven
 * one).
 *
 * @param member the member
 * @param months the months of the run, in order
 * @param activityIds the events held in those months that the member missed
 */
public record Lapse(Member member, List<Period> months, List<String> activityIds) {

	/**
	 * The lapses of organisational life: runs of missed months among the months in which
	 * events were held (months without events neither count nor break a run).
	 * @param member the member
	 * @param months the member's months
	 * @param length the months in a run
	 * @return the lapses, in order
	 */
	public static List<Lapse> attendance(Member member, Collection<MemberMonth> months, int length) {
		List<MemberMonth> held = months.stream()
			.filter(MemberMonth::held)
			.sorted(Comparator.comparing(MemberMonth::month))
			.toList();
		return runs(member, held, MemberMonth::missed, MemberMonth::month, (m) -> m.heldIds(), length, false);
	}

	/**
	 * The lapses of dues: runs of consecutive counted months without an on-time payment.
	 * @param member the member
	 * @param months the member's counted months
	 * @param length the months in a run
	 * @return the lapses, in order
	 */
	public static List<Lapse> dues(Member member, Collection<DuesMonth> months, int length) {
		List<DuesMonth> sorted = months.stream().sorted(Comparator.comparing(DuesMonth::month)).toList();
		return runs(member, sorted, (m) -> !m.paidOnTime(), DuesMonth::month, (m) -> List.of(), length, true);
	}

	private static <T> List<Lapse> runs(Member member, List<T> months, Predicate<T> missed, Function<T, Period> period,
			Function<T, List<String>> events, int length, boolean adjacent) {
		List<Lapse> lapses = new ArrayList<>();
		List<T> run = new ArrayList<>();
		for (T month : months) {
			boolean continues = !run.isEmpty() && (!adjacent || YearMonth.from(period.apply(month).from())
				.equals(YearMonth.from(period.apply(run.get(run.size() - 1)).from()).plusMonths(1)));
			if (!missed.test(month) || (!run.isEmpty() && !continues)) {
				run.clear();
			}
			if (missed.test(month)) {
				run.add(month);
				if (run.size() == length) {
					lapses.add(new Lapse(member, run.stream().map(period).toList(),
							run.stream().flatMap((m) -> events.apply(m).stream()).toList()));
					run.clear();
				}
			}
		}
		return lapses;
	}

	/**
	 * The period of the lapse: the first day of its first month to the last day of its
	 * last.
	 * @return the period
	 */
	public Period period() {
		return Period.span(this.months.get(0).from(), this.months.get(this.months.size() - 1).to());
	}

	/**
	 * The evidence: the months, the events missed, and whether the member works away.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		return Evidence.of("months", this.months.stream().map((m) -> YearMonth.from(m.from()).toString()).toList(),
				"monthCount", this.months.size(), "activityIds", this.activityIds, "outstation",
				this.member.outstation(), "mobile", this.member.mobile());
	}

}
