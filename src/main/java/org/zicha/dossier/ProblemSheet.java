package org.zicha.dossier;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.zicha.report.SheetCells;

/**
 * The sheet of problems: every finding that is a problem, with the status its
 * rectification ledger gives it and what the later periods show.
 */
final class ProblemSheet {

	static final List<String> COLUMNS = List.of("序号", "领域", "义务", "问题描述", "组织", "期间", "类别", "整改台账状态", "整改情况", "完成日期",
			"其后期间", "问题编号");

	/** The column of 整改情况. */
	static final int PROGRESS = 8;

	private static final int[] WIDTHS = { 6, 12, 18, 48, 18, 16, 7, 14, 11, 12, 28, 34 };

	private final SheetCells cells;

	ProblemSheet(SheetCells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<ProblemStatus> problems) {
		this.cells.header(sheet, COLUMNS, WIDTHS);
		int r = 1;
		for (ProblemStatus p : problems) {
			Entry e = p.entry();
			Row row = sheet.createRow(r);
			this.cells.number(row, 0, r++);
			this.cells.text(row, 1, e.area());
			this.cells.text(row, 2, e.dutyTitle());
			this.cells.text(row, 3, e.finding().message());
			this.cells.text(row, 4, e.orgName());
			this.cells.text(row, 5, Texts.period(e));
			this.cells.text(row, 6, e.finding().severity().shortLabel());
			this.cells.text(row, 7, p.status());
			this.cells.text(row, PROGRESS, p.progress().label());
			this.cells.date(row, 9, p.completed());
			this.cells.text(row, 10, p.later());
			this.cells.text(row, 11, e.finding().key());
			SheetCells.fitHeight(row, WIDTHS);
		}
		SheetCells.finish(sheet, r - 1, COLUMNS.size() - 1);
		// the finding keys are for tracing on screen, not for the printout
		sheet.getWorkbook()
			.setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COLUMNS.size() - 2, 0, Math.max(r - 1, 0));
	}

}
