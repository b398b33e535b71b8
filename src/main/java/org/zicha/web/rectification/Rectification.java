package org.zicha.web.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.zicha.finding.Severity;

/**
 * A rectification row of a run: a row of its drafted report's rectification ledger (one
 * duty × organisation, numbered as in rectification.xlsx) or an earlier row it no longer
 * finds (closed), and what is done about it.
 *
 * @param id its id
 * @param runId the run
 * @param number 序号, as in the run's rectification.xlsx
 * @param closed whether it is an earlier row the run no longer finds
 * @param duty the duty code
 * @param orgId the organisation ("" for none)
 * @param orgName 涉及组织
 * @param theme 问题类别
 * @param area the area
 * @param title the duty's title
 * @param severity 严重程度, or null for an earlier row that had none
 * @param description 问题描述
 * @param periods the periods, in words
 * @param source 依据
 * @param measure 整改措施
 * @param keys 问题编号: the finding keys
 * @param change 变化: 新增 / 仍存在 / 整改不到位 / 已解决, or null for an earlier row whose period lies
 * before the window
 * @param carriedFrom the earlier run's row it was carried over from, or null
 * @param resolvedByRun the later run that no longer found it, or null
 * @param state what the branches fill in
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record Rectification(long id, long runId, int number, boolean closed, String duty, String orgId, String orgName,
		String theme, String area, String title, Severity severity, String description, String periods, String source,
		String measure, List<String> keys, Change change, Long carriedFrom, Long resolvedByRun, State state,
		String updatedBy, OffsetDateTime updatedAt) {

	public Rectification {
		keys = List.copyOf(keys);
	}

	static List<String> keys(String joined) {
		return (joined == null || joined.isBlank()) ? List.of()
				: Arrays.stream(joined.split("\\R")).map(String::strip).filter((k) -> !k.isEmpty()).toList();
	}

	/**
	 * Whether the deadline has passed without the row being done.
	 * @param today today
	 * @return true when overdue
	 */
	public boolean overdue(LocalDate today) {
		return !this.closed && !this.state.status().done() && this.state.deadline() != null
				&& this.state.deadline().isBefore(today);
	}

	/**
	 * The row with another state.
	 * @param state the state
	 * @param by who changed it
	 * @param at when
	 * @return the row
	 */
	Rectification with(State state, String by, OffsetDateTime at) {
		return new Rectification(this.id, this.runId, this.number, this.closed, this.duty, this.orgId, this.orgName,
				this.theme, this.area, this.title, this.severity, this.description, this.periods, this.source,
				this.measure, this.keys, this.change, this.carriedFrom, this.resolvedByRun, state, by, at);
	}

	/**
	 * What the branches fill in for a row: the columns of rectification.xlsx they keep up
	 * to date.
	 *
	 * @param status 整改状态
	 * @param responsible 责任人
	 * @param deadline 整改时限
	 * @param target 整改目标
	 * @param leader 责任领导
	 * @param progress 整改进展
	 * @param evidenceText 佐证材料 (text)
	 * @param evidenceFileName 佐证材料 (the uploaded file's name), or null
	 * @param evidenceFileSha its hash in the file store, or null
	 * @param remark 备注
	 * @param doneOn 完成日期
	 * @param closedOn 销号时间
	 */
	public record State(Status status, String responsible, LocalDate deadline, String target, String leader,
			String progress, String evidenceText, String evidenceFileName, String evidenceFileSha, String remark,
			LocalDate doneOn, LocalDate closedOn) {

	}

}
