package org.zicha.dossier;

import java.time.LocalDate;

/**
 * An approved exemption of the ledger (例外), with what it exempted in the window.
 *
 * @param duty the duty code or prefix as written
 * @param dutyTitle the duty's title, or the codes it names
 * @param orgName the organisation, or null for every organisation
 * @param memberName the member, or null for every member
 * @param from its first day
 * @param to its last day
 * @param reason 理由
 * @param approval 批准文号, or null
 * @param exempted how many duty-periods of the window it exempted
 */
public record ExemptionRecord(String duty, String dutyTitle, String orgName, String memberName, LocalDate from,
		LocalDate to, String reason, String approval, int exempted) {

}
