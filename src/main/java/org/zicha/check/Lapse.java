package org.zicha.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zicha.ledger.Member;
import org.zicha.ledger.Period;

/**
 * A run of consecutive months in which a member missed organisational life or left dues
 * unpaid: one lapse per full run of the required length, cut from the run's first month
 * (a run of twelve is two lapses, a run of seven one), so that a lapse keeps its months
 * in every later check. Each lapse also knows its whole run up to the last closed month:
 * the month it began and how many months it has lasted.
 *
 * @param member the member
 * @param months the months of the lapse, in order
 * @param activityIds the events held in those months that the member missed
 * @param runFrom the first month of the whole run
 * @param runMonths how many months the whole run has lasted
 */
public record Lapse(Member member, List<Period> months, List<String> activityIds, YearMonth runFrom, int runMonths) {

	/**
	 * The lapses of organisational life: runs of missed months among the months in which
	 * events were held (months without events neither count nor break a run).
	 * @param member the member
	 * @param months the member's months
	 * @param length the months in a lapse
	 * @return the lapses, in order
	 */
	public static List<Lapse> attendance(Member member, Collection<MemberMonth> months, int length) {
		List<MemberMonth> held = months.stream()
			.filter(MemberMonth::held)
			.sorted(Comparator.comparing(MemberMonth::month))
			.toList();
		Runs runs = new Runs(member, length);
		for (MemberMonth month : held) {
			if (month.missed()) {
				runs.add(month.month(), month.heldIds());
			}
			else {
				runs.end();
			}
		}
		return runs.lapses();
	}

	/**
	 * The lapses of dues: runs of consecutive counted months that are all still unpaid on
	 * the last day of the lapse's last month. A month paid late is paid: paying a month
	 * of a lapse not yet complete ends the run there (the months after it begin a new
	 * one), and a member who pays each month in the next never starts one.
	 * @param member the member
	 * @param months the member's counted months
	 * @param length the months in a lapse
	 * @return the lapses, in order
	 */
	public static List<Lapse> dues(Member member, Collection<DuesMonth> months, int length) {
		List<DuesMonth> sorted = months.stream().sorted(Comparator.comparing(DuesMonth::month)).toList();
		Runs runs = new Runs(member, length);
		List<DuesMonth> unpaid = new ArrayList<>();
		YearMonth previous = null;
		for (DuesMonth month : sorted) {
			YearMonth current = YearMonth.from(month.month().from());
			if (previous == null || !current.equals(previous.plusMonths(1))) {
				unpaid.clear();
				runs.end();
			}
			previous = current;
			unpaid.add(month);
			LocalDate end = month.month().to();
			int paid = -1;
			for (int i = 0; i < unpaid.size(); i++) {
				if (unpaid.get(i).paidBy(end)) {
					paid = i;
				}
			}
			if (paid >= 0) {
				unpaid = new ArrayList<>(unpaid.subList(paid + 1, unpaid.size()));
				runs.restart(unpaid.stream().map(DuesMonth::month).toList());
			}
			else if (runs.add(month.month(), List.of())) {
				unpaid.clear();
			}
		}
		return runs.lapses();
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
	 * The evidence: the months, the events missed, the whole run (its first month as
	 * {@code runFrom}, YYYY-MM, its length as {@code runMonths}), and whether the member
	 * works away.
	 * @return the evidence
	 */
	public Map<String, Object> evidence() {
		return Evidence.of("months", this.months.stream().map((m) -> YearMonth.from(m.from()).toString()).toList(),
				"monthCount", this.months.size(), "runFrom", this.runFrom.toString(), "runMonths", this.runMonths,
				"runSince", this.runFrom.getYear() + "年" + this.runFrom.getMonthValue() + "月", "activityIds",
				this.activityIds, "outstation", this.member.outstation(), "mobile", this.member.mobile());
	}

	/**
	 * Runs of months being followed: the current run's months, cut into lapses as it
	 * reaches the length; a lapse learns its run's whole length when the run ends.
	 */
	private static final class Runs {

		private final Member member;

		private final int length;

		private final List<Lapse> lapses = new ArrayList<>();

		/** The months of the current run, and the events missed in each. */
		private final List<Period> run = new ArrayList<>();

		private final List<List<String>> events = new ArrayList<>();

		/** The lapses of the current run, completed once the run ends. */
		private final List<Lapse> open = new ArrayList<>();

		Runs(Member member, int length) {
			this.member = member;
			this.length = length;
		}

		/** Add a month to the run; true when it completes a lapse. */
		boolean add(Period month, List<String> missed) {
			this.run.add(month);
			this.events.add(missed);
			int cut = this.run.size() - this.open.size() * this.length;
			if (cut == this.length) {
				int from = this.run.size() - this.length;
				this.open.add(new Lapse(this.member, List.copyOf(this.run.subList(from, this.run.size())),
						this.events.subList(from, this.events.size()).stream().flatMap(List::stream).toList(), null,
						0));
				return true;
			}
			return false;
		}

		/** The run ends and a new one begins with these months (none already cut). */
		void restart(List<Period> months) {
			end();
			months.forEach((m) -> add(m, List.of()));
		}

		void end() {
			if (!this.run.isEmpty()) {
				YearMonth from = YearMonth.from(this.run.get(0).from());
				this.open.forEach((l) -> this.lapses
					.add(new Lapse(l.member(), l.months(), l.activityIds(), from, this.run.size())));
			}
			this.open.clear();
			this.run.clear();
			this.events.clear();
		}

		List<Lapse> lapses() {
			end();
			return this.lapses;
		}

	}

}
