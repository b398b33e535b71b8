package org.zicha.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zicha.finding.Subject;

/**
 * Where the rectification of one problem stands: the status the rectification ledger
 * gives it, and what the later periods of the same duty and organisation show.
 *
 * @param entry the problem
 * @param status the status as written in the rectification ledger, or what stands in for
 * it
 * @param completed the day the ledger says it was rectified, or null
 * @param progress 完成, 进行中 or 整改不到位
 * @param later what the later duty-periods of the same duty and organisation (and member)
 * show
 */
public record ProblemStatus(Entry entry, String status, LocalDate completed, Progress progress, String later) {

	/** The status of a problem when no rectification ledger was read. */
	static final String NO_LEDGER = "未提供整改台账";

	/** The status of a problem the rectification ledger does not list. */
	static final String NOT_LISTED = "未列入整改台账";

	/**
	 * Where a problem stands.
	 * @param problem the problem
	 * @param entries the entries of its duty and organisation (or more)
	 * @param rectifications what the rectification ledger says, by finding key
	 * @param ledgerRead whether a rectification ledger was read
	 * @return its status
	 */
	static ProblemStatus of(Entry problem, List<Entry> entries, Map<String, Rectification> rectifications,
			boolean ledgerRead) {
		Rectification rectification = rectifications.get(problem.finding().key());
		String status = !ledgerRead ? NO_LEDGER
				: (rectification == null) ? NOT_LISTED
						: (rectification.status() == null || rectification.status().isBlank()) ? "未整改"
								: rectification.status().strip();
		List<Entry> after = entries.stream()
			.filter((e) -> e != problem && sameConcern(e, problem) && problem.period() != null && e.period() != null
					&& e.period().from().isAfter(problem.period().to()))
			.filter((e) -> e.fulfilment() == Fulfilment.MET || e.fulfilment() == Fulfilment.MISSED)
			.toList();
		List<Entry> again = after.stream().filter(Entry::isProblem).toList();
		String later = !again.isEmpty() ? "其后再次出现（" + again.get(0).periodLabel() + "等" + again.size() + "个期间）"
				: after.isEmpty() ? "其后暂无可评价的期间" : "其后" + after.size() + "个期间均已落实";
		boolean done = rectification != null && rectification.done();
		Progress progress = ((rectification != null && rectification.notEffective()) || (done && !again.isEmpty()))
				? Progress.NOT_EFFECTIVE : done ? Progress.DONE : Progress.ONGOING;
		return new ProblemStatus(problem, status, (rectification != null) ? rectification.completed() : null, progress,
				later);
	}

	/**
	 * Whether two entries are about the same thing to rectify: the same duty and
	 * organisation, and for a duty about a person, the same person (or the entry of the
	 * members who met it, which lists no one).
	 */
	private static boolean sameConcern(Entry a, Entry b) {
		if (!a.duty().equals(b.duty()) || !Objects.equals(a.orgId(), b.orgId())) {
			return false;
		}
		Subject s = b.subject();
		boolean personal = s != null && (s.kind() == Subject.Kind.MEMBER || s.kind() == Subject.Kind.APPLICANT);
		return !personal || a.subject() == null || a.subject().id().equals(s.id());
	}

}
