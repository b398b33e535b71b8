package org.zicha.finding;

/**
 * A finding that an approved exemption covers: kept, with the reason and approval, apart
 * from the findings.
 *
 * @param finding the finding
 * @param reason 理由
 * @param approval 批准文号, or null
 */
public record Exempted(Finding finding, String reason, String approval) {

}
