package org.zicha.dossier;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the feedback workbook (巡视反馈问题整改情况表), with the other headers a unit's own
 * workbook may use for them.
 */
enum FeedbackColumn {

	/** 序号. */
	NUMBER("序号", 6, "编号"),
	/** 问题: required. */
	PROBLEM("问题", 50, "反馈问题", "问题描述", "存在问题"),
	/** 涉及组织: organisation ids or names. */
	ORGANISATIONS("涉及组织", 20, "组织", "涉及单位", "责任单位"),
	/** 对应义务: duty codes, or prefixes ending in *. */
	DUTIES("对应义务", 22, "义务代码", "对应义务代码"),
	/** 整改措施. */
	MEASURE("整改措施", 40),
	/** 责任人. */
	RESPONSIBLE("责任人", 12, "责任领导"),
	/** 时限: the deadline. */
	DEADLINE("时限", 13, "整改时限", "完成时限"),
	/** 状态: 未整改, 整改中, 已完成 or 已销号. */
	STATUS("状态", 10, "整改状态");

	/** The name of the sheet of items. */
	static final String SHEET = "巡视反馈问题";

	/** The statuses an item may have; empty means the first. */
	static final List<String> STATUSES = List.of("未整改", "整改中", "已完成", "已销号");

	private final String header;

	private final int width;

	private final List<String> synonyms;

	FeedbackColumn(String header, int width, String... synonyms) {
		this.header = header;
		this.width = width;
		this.synonyms = List.of(synonyms);
	}

	String header() {
		return this.header;
	}

	int width() {
		return this.width;
	}

	/**
	 * The column a header names.
	 * @param written the header as written (spaces and a trailing * ignored)
	 * @return the column, if it is one
	 */
	static Optional<FeedbackColumn> of(String written) {
		String h = normalise(written);
		for (FeedbackColumn column : values()) {
			if (column.header.equals(h) || column.synonyms.contains(h)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	static String normalise(String header) {
		return header.replaceAll("[\\s　]", "").replaceAll("[*＊]+$", "");
	}

}
