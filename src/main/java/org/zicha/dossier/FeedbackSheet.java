package org.zicha.dossier;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.zicha.report.SheetCells;

/**
 * The sheet of the follow-up of an earlier inspection's feedback: each item as the
 * feedback workbook gave it, what the ledger shows after its deadline, and where its
 * rectification stands.
 */
final class FeedbackSheet {

	static final List<String> COLUMNS = List.of("序号", "问题", "涉及组织", "对应义务", "整改措施", "责任人", "时限", "填报状态", "核验结果", "整改情况",
			"时限后仍未落实的情况", "来源");

	/** The column of 整改情况. */
	static final int PROGRESS = 9;

	private static final int[] WIDTHS = { 6, 40, 18, 18, 32, 10, 12, 10, 22, 11, 44, 26 };

	private final SheetCells cells;

	FeedbackSheet(SheetCells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<FollowUp> followUps) {
		this.cells.header(sheet, COLUMNS, WIDTHS);
		int r = 1;
		for (FollowUp f : followUps) {
			FeedbackItem item = f.item();
			Row row = sheet.createRow(r++);
			this.cells.text(row, 0, item.number());
			this.cells.text(row, 1, item.problem());
			this.cells.text(row, 2, item.organisations());
			this.cells.text(row, 3, String.join("、", item.duties()));
			this.cells.text(row, 4, item.measure());
			this.cells.text(row, 5, item.responsible());
			this.cells.date(row, 6, item.deadline());
			this.cells.text(row, 7, item.status());
			this.cells.text(row, 8, f.verdict().label());
			this.cells.text(row, PROGRESS, f.progress().label());
			this.cells.text(row, 10,
					f.gaps().stream().map((e) -> e.finding().message()).collect(Collectors.joining("\n")));
			this.cells.text(row, 11, (item.origin() != null) ? item.origin().label() : null);
			SheetCells.fitHeight(row, WIDTHS);
		}
		SheetCells.finish(sheet, r - 1, COLUMNS.size() - 1);
	}

}
