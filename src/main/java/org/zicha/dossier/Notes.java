package org.zicha.dossier;

import java.util.List;

/**
 * The explanations printed with the dossier: what its columns and words mean.
 */
final class Notes {

	/** Under the contents of the workbook. */
	static final List<String> WORKBOOK = List.of("说明：",
			"1. 各领域工作表按“义务—组织—期间”逐项列示：已落实的，列出证明其落实的台账记录（日期、类型、主题、主讲人、到会情况、记录编号）及其所在的台账文件、工作表和行号；未落实的，列出发现的问题及其整改情况；经批准例外的，列出理由和批准文号。",
			"2. 一个期间有多条佐证记录的，每条记录占一行，序号相同；可用表头的筛选按钮按组织、期间、落实情况等筛选。",
			"3. 履职率 = 已落实的履职事项 ÷ 纳入评价的履职事项。履职事项指党组织自身的义务：按月、季、半年、年度考核的，每个组织·期间为一项；逐次会议、逐篇学习篇目考核的，每次会议、每篇为一项；只计已结束的期间，不计针对党员个人、发展对象的事项和经批准的例外。",
			"4. 整改情况：整改台账标为“已完成”“已销号”且其后未再出现的，为“完成”；其后同一义务再次出现的，为“整改不到位”；其余为“进行中”。", "5. 提醒为尚未到期、临近期限仍未落实的事项，不是问题。");

	private Notes() {
	}

}
