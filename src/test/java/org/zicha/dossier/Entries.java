package org.zicha.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.ledger.Period;

/**
 * Entries of a dossier made by hand, for the tests of what the dossier concludes from
 * them.
 */
final class Entries {

	private Entries() {
	}

	/**
	 * A month a branch met a monthly duty.
	 * @param duty the duty
	 * @param org the organisation
	 * @param month the month, {@code 2024-05}
	 * @return the entry
	 */
	static Entry met(String duty, String org, String month) {
		Period p = Period.month(YearMonth.parse(month));
		return new Entry(duty, "未按期" + duty, "组织生活", org, org, null, p, Fulfilment.MET, true, 1, 1, "要求1次，实际1次",
				List.of(), null, null, null, null);
	}

	/**
	 * A month a branch missed a monthly duty.
	 * @param duty the duty
	 * @param org the organisation
	 * @param month the month, {@code 2024-05}
	 * @return the entry
	 */
	static Entry missed(String duty, String org, String month) {
		Period p = Period.month(YearMonth.parse(month));
		Finding f = new Finding(duty, "组织生活", Severity.MINOR, org, org, null, p, "未按期" + duty, org + p.label() + "未落实",
				Map.of("required", 1, "actual", 0), "依据", "措施", null);
		return new Entry(duty, f.title(), "组织生活", org, org, null, p, Fulfilment.MISSED, true, 1, 0, null, List.of(), f,
				null, null, p.to());
	}

	/**
	 * An item of feedback.
	 * @param duty the duty it maps to, or null
	 * @param org the organisation, or null for every one
	 * @param deadline its deadline, ISO, or null
	 * @param status its status
	 * @return the item
	 */
	static FeedbackItem item(String duty, String org, String deadline, String status) {
		return new FeedbackItem("1", "问题", org, (org != null) ? List.of(org) : List.of(),
				(duty != null) ? List.of(duty) : List.of(), null, null,
				(deadline != null) ? LocalDate.parse(deadline) : null, status, null);
	}

}
