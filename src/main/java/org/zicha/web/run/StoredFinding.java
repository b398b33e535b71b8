package org.zicha.web.run;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import org.zicha.finding.Severity;
import org.zicha.ledger.Period;

/**
 * A stored finding of a run.
 *
 * @param id its id
 * @param runId the run
 * @param kind FOUND (a problem or a notice), EXEMPTED, or RESOLVED (the previous run's,
 * no longer found)
 * @param key the stable key
 * @param duty the duty code
 * @param area the area
 * @param severity the severity
 * @param orgId the organisation, or null
 * @param orgName its name
 * @param subjectKind what an event-level finding is about, or null
 * @param subjectId its id
 * @param subjectName its name
 * @param periodFrom the period's first day, or null
 * @param periodTo its last day
 * @param title the duty's title
 * @param message the sentence
 * @param evidence what was required and found (a JSON object, served as one)
 * @param source the regulation
 * @param remedy what to do
 * @param change NEW or PERSISTING against the previous run, or null
 * @param reason an exemption's reason
 * @param approval an exemption's approval
 */
public record StoredFinding(long id, long runId, String kind, String key, String duty, String area, Severity severity,
		String orgId, String orgName, String subjectKind, String subjectId, String subjectName, LocalDate periodFrom,
		LocalDate periodTo, String title, String message,
		@JsonRawValue @Schema(type = "object", description = "要求和实际情况（JSON 对象）") String evidence, String source,
		String remedy, String change, String reason, String approval) {

	/**
	 * The period in words.
	 * @return e.g. 2025年3月, or empty
	 */
	public String periodLabel() {
		return (this.periodFrom != null) ? Period.infer(this.periodFrom, this.periodTo).label() : "";
	}

	/**
	 * The change in words.
	 * @return 新增, 仍存在, 已解决, or empty
	 */
	public String changeLabel() {
		if ("RESOLVED".equals(this.kind)) {
			return "已解决";
		}
		if (this.change == null) {
			return "";
		}
		return "NEW".equals(this.change) ? "新增" : "仍存在";
	}

}
