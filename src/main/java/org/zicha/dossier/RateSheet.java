package org.zicha.dossier;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.zicha.report.SheetCells;

/**
 * The sheet of 履职率: for each area and then all areas together, a row for the whole tree
 * and one per organisation, with the rate of every year of the window and of the whole
 * window.
 */
final class RateSheet {

	private final SheetCells cells;

	RateSheet(SheetCells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, Dossier dossier, Rates rates) {
		List<Integer> years = dossier.years();
		List<String> columns = new ArrayList<>(List.of("领域", "组织"));
		years.forEach((y) -> columns.add(y + "年"));
		columns.addAll(List.of("全期", "纳入评价", "已落实"));
		int[] widths = new int[columns.size()];
		widths[0] = 14;
		widths[1] = 36;
		for (int c = 2; c < widths.length; c++) {
			widths[c] = 16;
		}
		widths[widths.length - 2] = 10;
		widths[widths.length - 1] = 10;
		this.cells.header(sheet, columns, widths);
		int r = 1;
		List<String> areas = new ArrayList<>(dossier.areas());
		areas.add(null);
		for (String area : areas) {
			if (rates.of(area, null, null).evaluated() == 0) {
				continue;
			}
			r = row(sheet, r, area, null, "全部组织", years, rates, widths);
			for (Organisation org : dossier.organisations()) {
				if (rates.of(area, org.id(), null).evaluated() > 0) {
					r = row(sheet, r, area, org.id(), org.name(), years, rates, widths);
				}
			}
		}
		SheetCells.finish(sheet, r - 1, columns.size() - 1);
	}

	private int row(Sheet sheet, int r, String area, String orgId, String orgName, List<Integer> years, Rates rates,
			int[] widths) {
		Row row = sheet.createRow(r);
		this.cells.text(row, 0, (area != null) ? area : "全部领域");
		this.cells.text(row, 1, orgName);
		int c = 2;
		for (Integer year : years) {
			this.cells.text(row, c++, cell(rates.of(area, orgId, year)));
		}
		Rate all = rates.of(area, orgId, null);
		this.cells.text(row, c++, all.percent());
		this.cells.number(row, c++, all.evaluated());
		this.cells.number(row, c, all.met());
		SheetCells.fitHeight(row, widths);
		return r + 1;
	}

	static String cell(Rate rate) {
		return (rate.evaluated() == 0) ? "—" : rate.percent() + "（" + rate.met() + "/" + rate.evaluated() + "）";
	}

}
