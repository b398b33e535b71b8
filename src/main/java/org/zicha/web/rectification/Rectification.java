package org.zicha.web.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.zicha.finding.Severity;

/**
 * A rectification row: a problem of a run and what is done about it.
 *
 * @param id its id
 * @param runId the run that found it
 * @param duty the duty code
 * @param orgId the organisation
 * @param orgName its name
 * @param area 问题类别
 * @param title the duty's title
 * @param severity 严重程度
 * @param description 问题描述
 * @param source 依据
 * @param measure 整改措施
 * @param keys 问题编号: the finding keys
 * @param change 变化: 新增 / 仍存在 / 整改不到位
 * @param carriedFrom the earlier row it was carried over from, or null
 * @param status 整改状态
 * @param responsible 责任人
 * @param deadline 整改时限
 * @param progress 整改进展
 * @param evidenceText 佐证材料 (text)
 * @param evidenceFileName 佐证材料 (the uploaded file's name), or null
 * @param evidenceFileSha its hash in the file store, or null
 * @param remark 备注
 * @param doneOn 完成日期
 * @param resolvedByRun the later run that no longer found it, or null
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record Rectification(long id, long runId, String duty, String orgId, String orgName, String area, String title,
		Severity severity, String description, String source, String measure, List<String> keys, Change change,
		Long carriedFrom, Status status, String responsible, LocalDate deadline, String progress, String evidenceText,
		String evidenceFileName, String evidenceFileSha, String remark, LocalDate doneOn, Long resolvedByRun,
		String updatedBy, OffsetDateTime updatedAt) {

	static List<String> keys(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : Arrays.asList(joined.split("\n"));
	}

	/**
	 * The last day of the latest period among the keys.
	 * @return the day, or null when no key has a period
	 */
	LocalDate latestPeriodEnd() {
		return latestEnd(this.keys);
	}

	static LocalDate latestEnd(List<String> keys) {
		LocalDate latest = null;
		for (String key : keys) {
			String[] parts = key.split("\\|", -1);
			if (parts.length == 5 && !parts[4].isEmpty()) {
				LocalDate to = LocalDate.parse(parts[4]);
				latest = (latest == null || to.isAfter(latest)) ? to : latest;
			}
		}
		return latest;
	}

	/**
	 * Whether the deadline has passed without the row being done.
	 * @param today today
	 * @return true when overdue
	 */
	public boolean overdue(LocalDate today) {
		return !this.status.done() && this.deadline != null && this.deadline.isBefore(today);
	}

}
