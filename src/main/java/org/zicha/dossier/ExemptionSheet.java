package org.zicha.dossier;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.zicha.report.SheetCells;

/**
 * The sheet of the ledger's approved exemptions, with how many duty-periods of the window
 * each exempted.
 */
final class ExemptionSheet {

	static final List<String> COLUMNS = List.of("序号", "义务", "组织", "党员", "起始日期", "截止日期", "理由", "批准文号", "本期例外（组织·期间）");

	private static final int[] WIDTHS = { 6, 24, 20, 10, 12, 12, 36, 24, 12 };

	private final SheetCells cells;

	ExemptionSheet(SheetCells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<ExemptionRecord> exemptions) {
		this.cells.header(sheet, COLUMNS, WIDTHS);
		int r = 1;
		for (ExemptionRecord e : exemptions) {
			Row row = sheet.createRow(r);
			this.cells.number(row, 0, r++);
			this.cells.text(row, 1, e.dutyTitle() + "（" + e.duty() + "）");
			this.cells.text(row, 2, (e.orgName() != null) ? e.orgName() : "全部组织");
			this.cells.text(row, 3, e.memberName());
			this.cells.date(row, 4, e.from());
			this.cells.date(row, 5, e.to());
			this.cells.text(row, 6, e.reason());
			this.cells.text(row, 7, (e.approval() != null) ? e.approval() : "未填批准文号");
			this.cells.number(row, 8, e.exempted());
			SheetCells.fitHeight(row, WIDTHS);
		}
		SheetCells.finish(sheet, Math.max(r - 1, 0), COLUMNS.size() - 1);
	}

}
