package org.zicha.dossier;

import java.time.LocalDate;
import java.util.List;

import org.zicha.ledger.RecordOrigin;

/**
 * One problem an earlier inspection fed back (巡视反馈问题), as its rectification was recorded
 * in the feedback workbook.
 *
 * @param number 序号 as written
 * @param problem 问题
 * @param organisations 涉及组织 as written, or null
 * @param orgIds the organisations it names, resolved (empty: every organisation)
 * @param duties the duty codes it maps to (a prefix written with * expanded); empty when
 * it names none
 * @param measure 整改措施, or null
 * @param responsible 责任人, or null
 * @param deadline 时限, or null
 * @param status 状态 as written (未整改 when empty)
 * @param origin where it was read
 */
public record FeedbackItem(String number, String problem, String organisations, List<String> orgIds,
		List<String> duties, String measure, String responsible, LocalDate deadline, String status,
		RecordOrigin origin) {

	public FeedbackItem {
		orgIds = List.copyOf(orgIds);
		duties = List.copyOf(duties);
	}

}
