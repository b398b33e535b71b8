package org.zicha.report;

import java.util.List;

/**
 * The columns of the rectification ledger (整改台账), by their titles: the ledger is read
 * back by these titles, so a unit may reorder or add columns. The web application keeps
 * the same cells for each stored row.
 */
public final class RectificationColumns {

	public static final String NUMBER = "序号";

	public static final String CATEGORY = "问题类别";

	public static final String DESCRIPTION = "问题描述";

	public static final String ORGANISATION = "涉及组织";

	public static final String SOURCE = "依据";

	public static final String SEVERITY = "严重程度";

	public static final String TARGET = "整改目标";

	public static final String MEASURE = "整改措施";

	public static final String LEADER = "责任领导";

	public static final String RESPONSIBLE = "责任人";

	public static final String DEADLINE = "整改时限";

	public static final String STATUS = "整改状态";

	public static final String PROGRESS = "整改进展";

	public static final String DONE_ON = "完成日期";

	public static final String PROOF = "佐证材料";

	public static final String CLOSED_ON = "销号时间";

	public static final String NOTE = "备注";

	public static final String CHANGE = "变化";

	public static final String KEYS = "问题编号";

	/** The columns in the order they are written. */
	public static final List<String> ALL = List.of(NUMBER, CATEGORY, DESCRIPTION, ORGANISATION, SOURCE, SEVERITY,
			TARGET, MEASURE, LEADER, RESPONSIBLE, DEADLINE, STATUS, PROGRESS, DONE_ON, PROOF, CLOSED_ON, NOTE, CHANGE,
			KEYS);

	/** The columns of dates. */
	public static final List<String> DATES = List.of(DEADLINE, DONE_ON, CLOSED_ON);

	private RectificationColumns() {
	}

}
