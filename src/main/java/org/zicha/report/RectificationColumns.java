package org.zicha.report;

import java.util.List;

/**
 * The columns of the rectification ledger (整改台账), by their titles: the ledger is read
 * back by these titles, so a unit may reorder or add columns.
 */
final class RectificationColumns {

	static final String NUMBER = "序号";

	static final String CATEGORY = "问题类别";

	static final String DESCRIPTION = "问题描述";

	static final String ORGANISATION = "涉及组织";

	static final String SOURCE = "依据";

	static final String SEVERITY = "严重程度";

	static final String TARGET = "整改目标";

	static final String MEASURE = "整改措施";

	static final String LEADER = "责任领导";

	static final String RESPONSIBLE = "责任人";

	static final String DEADLINE = "整改时限";

	static final String STATUS = "整改状态";

	static final String PROGRESS = "整改进展";

	static final String DONE_ON = "完成日期";

	static final String PROOF = "佐证材料";

	static final String CLOSED_ON = "销号时间";

	static final String NOTE = "备注";

	static final String CHANGE = "变化";

	static final String KEYS = "问题编号";

	/** The columns in the order they are written. */
	static final List<String> ALL = List.of(NUMBER, CATEGORY, DESCRIPTION, ORGANISATION, SOURCE, SEVERITY, TARGET,
			MEASURE, LEADER, RESPONSIBLE, DEADLINE, STATUS, PROGRESS, DONE_ON, PROOF, CLOSED_ON, NOTE, CHANGE, KEYS);

	/** The columns of dates. */
	static final List<String> DATES = List.of(DEADLINE, DONE_ON, CLOSED_ON);

	private RectificationColumns() {
	}

}
