package org.zicha.dossier;

import java.time.LocalDate;

/**
 * What a filled-in rectification ledger (整改台账) says about one finding.
 *
 * @param status 整改状态 as written (未整改, 整改中, 已完成, 已销号)
 * @param completed 完成日期, or null
 * @param progress 整改进展 or 备注, or null
 * @param done whether the status is one that says the problem was rectified
 * @param notEffective whether the ledger itself marks the row 整改不到位
 */
public record Rectification(String status, LocalDate completed, String progress, boolean done, boolean notEffective) {

}
