package org.zicha.web.run;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored run.
 *
 * @param id its id
 * @param asOf the as-of day
 * @param from the window's first day
 * @param to the window's last day
 * @param rulesDigest sha256 of the rule files
 * @param rulesOrigin where the rules came from
 * @param dataDigest sha256 of the ledger files
 * @param tool the tool and version
 * @param startedBy who started it (定时任务 for the schedule)
 * @param scheduled whether the monthly schedule started it
 * @param generatedAt when it ran
 * @param previousRunId the run it was compared with, or null
 * @param reportTitle the title of its drafted report
 * @param withdrawal its withdrawal, or null while it stands
 */
public record StoredRun(long id, LocalDate asOf, LocalDate from, LocalDate to, String rulesDigest, String rulesOrigin,
		String dataDigest, String tool, String startedBy, boolean scheduled, OffsetDateTime generatedAt,
		Long previousRunId, String reportTitle, Withdrawal withdrawal) {

	/**
	 * Whether the run was withdrawn (已撤回): kept and readable, but left out of the trend,
	 * of the baselines of later runs and of "the latest run".
	 * @return true when withdrawn
	 */
	public boolean withdrawn() {
		return this.withdrawal != null;
	}

	/**
	 * Who withdrew a run, when and why.
	 *
	 * @param by the administrator
	 * @param at when
	 * @param reason the reason given
	 */
	public record Withdrawal(String by, OffsetDateTime at, String reason) {

	}

}
