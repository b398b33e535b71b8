package org.zicha.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of one item of an earlier inspection's feedback: an item mapped to duties
 * is checked against the ledger, and is 整改不到位 when a duty it names is still missed after
 * its deadline.
 *
 * @param item the item
 * @param verdict what the ledger says about it
 * @param gaps the problems of its duties and organisations after its deadline
 * @param checked how many duty-periods after its deadline were evaluated
 */
public record FollowUp(FeedbackItem item, Verdict verdict, List<Entry> gaps, int checked) {

	public FollowUp {
		gaps = List.copyOf(gaps);
	}

	/**
	 * Check an item against the dossier's entries.
	 * @param item the item
	 * @param entries every entry of the dossier
	 * @param asOf the as-of day
	 * @return its follow-up
	 */
	static FollowUp of(FeedbackItem item, List<Entry> entries, LocalDate asOf) {
		if (item.duties().isEmpty() || item.deadline() == null) {
			return new FollowUp(item, Verdict.UNMAPPED, List.of(), 0);
		}
		if (!item.deadline().isBefore(asOf)) {
			return new FollowUp(item, Verdict.NOT_YET_DUE, List.of(), 0);
		}
		LocalDate deadline = item.deadline();
		List<Entry> concerned = entries.stream()
			.filter((e) -> item.duties().contains(e.duty()))
			.filter((e) -> item.orgIds().isEmpty() || item.orgIds().contains(e.orgId()))
			.toList();
		List<Entry> gaps = concerned.stream()
			.filter((e) -> e.isProblem() && e.lastSeen() != null && e.lastSeen().isAfter(deadline))
			.toList();
		int checked = (int) concerned.stream()
			.filter((e) -> e.fulfilment() == Fulfilment.MET || e.fulfilment() == Fulfilment.MISSED)
			.filter((e) -> (e.lastSeen() != null) ? e.lastSeen().isAfter(deadline)
					: e.period() != null && e.period().to().isAfter(deadline))
			.count();
		Verdict verdict = !gaps.isEmpty() ? Verdict.STILL_MISSED : (checked == 0) ? Verdict.UNVERIFIABLE : Verdict.KEPT;
		return new FollowUp(item, verdict, gaps, checked);
	}

	/**
	 * Where the item's rectification stands.
	 * @return 整改不到位 when still missed after the deadline; else 完成 when marked done,
	 * otherwise 进行中
	 */
	public Progress progress() {
		if (this.verdict == Verdict.STILL_MISSED) {
			return Progress.NOT_EFFECTIVE;
		}
		return Progress.done(this.item.status()) ? Progress.DONE : Progress.ONGOING;
	}

	/**
	 * What the ledger says about an item.
	 */
	public enum Verdict {

		/** The item names no duty: carried as written. */
		UNMAPPED("未对应义务，按填报状态列示"),
		/** Its deadline has not passed on the as-of day. */
		NOT_YET_DUE("未到整改时限"),
		/** No duty-period after its deadline was evaluated. */
		UNVERIFIABLE("时限后暂无可核验的期间"),
		/** Every duty-period after its deadline was met. */
		KEPT("经核验，时限后已按要求落实"),
		/** A duty it names was missed after its deadline. */
		STILL_MISSED("经核验，时限后仍未落实");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		/**
		 * The Chinese label.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

}
