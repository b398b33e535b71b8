package org.zicha.dossier;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.zicha.ledger.RecordOrigin;
import org.zicha.report.SheetCells;

/**
 * The sheet of one area: a row per record that proves a duty-period (the duty-period's
 * columns repeated, so that a filter keeps them), or one row for a duty-period without
 * records.
 */
final class AreaSheet {

	static final List<String> COLUMNS = List.of("序号", "检查事项", "组织", "期间", "落实情况", "要求", "实际", "记录日期", "记录类型", "主题",
			"主讲人", "到会情况", "记录编号", "来源文件", "工作表", "行号", "问题及说明", "整改情况", "例外理由及批准文号", "义务代码", "问题编号");

	/** The column of 落实情况. */
	static final int FULFILMENT = 4;

	/** The column of 记录编号. */
	static final int RECORD = 12;

	/** The column of 问题编号. */
	static final int KEY = 20;

	private static final int[] WIDTHS = { 6, 16, 16, 14, 10, 5, 5, 11, 14, 26, 10, 14, 16, 18, 9, 7, 36, 10, 24, 18,
			30 };

	private final SheetCells cells;

	AreaSheet(SheetCells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<Entry> entries, List<ProblemStatus> problems) {
		Map<Entry, ProblemStatus> status = new IdentityHashMap<>();
		problems.forEach((p) -> status.put(p.entry(), p));
		this.cells.header(sheet, COLUMNS, WIDTHS);
		sheet.createFreezePane(4, 1);
		int r = 1;
		int n = 1;
		for (Entry entry : entries) {
			List<Proof> proofs = entry.proofs();
			if (proofs.isEmpty()) {
				row(sheet.createRow(r++), n, entry, null, status.get(entry));
			}
			for (Proof proof : proofs) {
				row(sheet.createRow(r++), n, entry, proof, status.get(entry));
			}
			n++;
		}
		SheetCells.finish(sheet, r - 1, COLUMNS.size() - 1);
		// the duty codes and finding keys are for tracing on screen, not for the printout
		sheet.getWorkbook()
			.setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COLUMNS.size() - 3, 0, Math.max(r - 1, 0));
	}

	private void row(Row row, int number, Entry entry, Proof proof, ProblemStatus problem) {
		this.cells.number(row, 0, number);
		this.cells.text(row, 1, Texts.requirement(entry.dutyTitle()));
		this.cells.text(row, 2, entry.orgName());
		this.cells.text(row, 3, Texts.period(entry));
		this.cells.text(row, FULFILMENT, entry.fulfilment().label());
		count(row, 5, entry.required());
		count(row, 6, entry.actual());
		if (proof != null) {
			this.cells.date(row, 7, proof.date());
			this.cells.text(row, 8, proof.type());
			this.cells.text(row, 9, proof.topic());
			this.cells.text(row, 10, proof.lecturer());
			this.cells.text(row, 11, proof.attendance());
			this.cells.text(row, RECORD, proof.id());
			RecordOrigin origin = proof.origin();
			this.cells.text(row, 13, (origin != null) ? origin.file() : null);
			this.cells.text(row, 14, (origin != null) ? origin.sheet() : null);
			this.cells.text(row, 15, (origin != null) ? origin.rowLabel() : null);
		}
		else {
			this.cells.date(row, 7, null);
			for (int c = 8; c <= 15; c++) {
				this.cells.text(row, c, null);
			}
		}
		this.cells.text(row, 16, Texts.explanation(entry, problem));
		this.cells.text(row, 17, (problem != null) ? problem.progress().label() : null);
		this.cells.text(row, 18, Texts.exemption(entry));
		this.cells.text(row, 19, entry.duty());
		this.cells.text(row, KEY, (entry.finding() != null) ? entry.finding().key() : null);
		SheetCells.fitHeight(row, WIDTHS);
	}

	private void count(Row row, int column, Integer value) {
		if (value != null) {
			this.cells.number(row, column, value);
		}
		else {
			this.cells.text(row, column, null);
		}
	}

}
