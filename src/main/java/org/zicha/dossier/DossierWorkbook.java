package org.zicha.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.zicha.report.SheetCells;

/**
 * Writes the evidence dossier as a workbook (dossier.xlsx, 佐证目录): a contents sheet, one
 * sheet per area listing, for every duty, organisation and period, the records that prove
 * it (with the file, sheet and row each came from) or the finding that it was missed;
 * then the 履职率 by year, the problems with their rectification, the approved exemptions
 * and the follow-up of an earlier inspection's feedback. Every sheet has a filter and a
 * frozen header and prints on landscape A4, one page wide.
 */
public final class DossierWorkbook {

	/** The name of the contents sheet. */
	static final String CONTENTS = "目录";

	/** The name of the sheet of rates. */
	static final String RATES = "履职率";

	/** The name of the sheet of problems. */
	static final String PROBLEMS = "问题整改";

	/** The name of the sheet of exemptions. */
	static final String EXEMPTIONS = "经批准的例外";

	/** The name of the sheet of the earlier feedback. */
	static final String FEEDBACK = "反馈问题整改";

	/** How many rows are kept in memory before they are flushed to disk. */
	private static final int WINDOW = 100;

	private static final List<String> CONTENTS_COLUMNS = List.of("序号", "工作表", "内容", "条目", "已落实", "未落实", "经批准例外", "提醒",
			"佐证记录", "履职率");

	private static final int[] CONTENTS_WIDTHS = { 6, 16, 44, 11, 9, 9, 11, 7, 10, 9 };

	private SheetCells cells;

	private CellStyle title;

	private Font link;

	private CellStyle wrapped;

	/**
	 * Write the workbook.
	 * @param dossier the dossier
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Dossier dossier, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			fill(workbook, dossier);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private void fill(SXSSFWorkbook workbook, Dossier dossier) {
		this.cells = new SheetCells(workbook);
		this.wrapped = null;
		this.title = workbook.createCellStyle();
		Font big = workbook.createFont();
		big.setFontName("宋体");
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		this.title.setFont(big);
		this.link = workbook.createFont();
		this.link.setFontName("宋体");
		this.link.setUnderline(Font.U_SINGLE);
		this.link.setColor(IndexedColors.BLUE.getIndex());
		String heading = dossier.rootName() + "党建工作佐证目录（" + dossier.window() + "）";
		Sheet contents = workbook.createSheet(CONTENTS);
		List<String[]> lines = new ArrayList<>();
		AreaSheet areaSheet = new AreaSheet(this.cells);
		Rates rates = dossier.rates();
		List<ProblemStatus> problems = dossier.problems();
		for (String area : dossier.areas()) {
			List<Entry> entries = dossier.entries(area);
			if (entries.isEmpty()) {
				continue;
			}
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(area));
			areaSheet.write(sheet, entries, problems);
			print(sheet, heading);
			lines.add(areaLine(sheet.getSheetName(), area, entries, rates));
		}
		Sheet rateSheet = workbook.createSheet(RATES);
		new RateSheet(this.cells).write(rateSheet, dossier, rates);
		print(rateSheet, heading);
		lines.add(line(RATES, "各领域、各党组织分年度的履职率（已落实的履职事项 ÷ 纳入评价的履职事项，经批准的例外不计）"));
		Sheet problemSheet = workbook.createSheet(PROBLEMS);
		new ProblemSheet(this.cells).write(problemSheet, problems);
		print(problemSheet, heading);
		lines.add(line(PROBLEMS,
				"检查发现的" + problems.size() + "个问题及其整改情况（" + (dossier.rectificationRead() ? "依据整改台账" : "未提供整改台账") + "）"));
		Sheet exemptionSheet = workbook.createSheet(EXEMPTIONS);
		new ExemptionSheet(this.cells).write(exemptionSheet, dossier.exemptions());
		print(exemptionSheet, heading);
		lines.add(line(EXEMPTIONS, "台账中经批准的例外" + dossier.exemptions().size() + "项，及其理由和批准文号"));
		if (dossier.feedbackRead()) {
			Sheet feedbackSheet = workbook.createSheet(FEEDBACK);
			new FeedbackSheet(this.cells).write(feedbackSheet, dossier.followUps());
			print(feedbackSheet, heading);
			lines.add(line(FEEDBACK, "上次巡视（巡察）反馈的" + dossier.feedback().size() + "个问题的整改及核验情况"));
		}
		contents(contents, dossier, heading, lines, rates);
		workbook.setSheetOrder(CONTENTS, 0);
		workbook.setActiveSheet(0);
	}

	private static String[] areaLine(String sheet, String area, List<Entry> entries, Rates rates) {
		return new String[] { sheet, area + "：各项义务逐组织、逐期间的落实情况和佐证记录", String.valueOf(entries.size()),
				count(entries, Fulfilment.MET), count(entries, Fulfilment.MISSED), count(entries, Fulfilment.EXEMPTED),
				count(entries, Fulfilment.DUE),
				String.valueOf(entries.stream().mapToLong((e) -> e.proofs().size()).sum()),
				rates.of(area, null, null).percent() };
	}

	private static String count(List<Entry> entries, Fulfilment fulfilment) {
		return String.valueOf(entries.stream().filter((e) -> e.fulfilment() == fulfilment).count());
	}

	private static String[] line(String sheet, String content) {
		return new String[] { sheet, content, "", "", "", "", "", "", "" };
	}

	private void contents(Sheet sheet, Dossier dossier, String heading, List<String[]> lines, Rates rates) {
		Row top = sheet.createRow(0);
		Cell cell = top.createCell(0);
		cell.setCellValue(heading);
		cell.setCellStyle(this.title);
		top.setHeightInPoints(24);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, CONTENTS_COLUMNS.size() - 1));
		List<String> about = new ArrayList<>();
		about.add("检查期间：" + Dossier.day(dossier.from()) + "至" + Dossier.day(dossier.to()) + "；截至"
				+ Dossier.day(dossier.asOf()) + "；总体履职率" + rates.of(null, null, null).percent() + "；佐证记录"
				+ dossier.proofs().size() + "条");
		about.add("台账文件：" + String.join("、", dossier.files()));
		about.add("生成：" + dossier.tool() + "，" + dossier.generatedAt());
		int r = 1;
		for (String text : about) {
			line(sheet, r++, text);
		}
		int header = r + 1;
		this.cells.header(sheet, header, CONTENTS_COLUMNS, CONTENTS_WIDTHS);
		r = header + 1;
		int n = 1;
		CellStyle linked = null;
		for (String[] line : lines) {
			Row row = sheet.createRow(r++);
			this.cells.number(row, 0, n++);
			this.cells.text(row, 1, line[0]);
			Hyperlink hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			hyperlink.setAddress("'" + line[0] + "'!A1");
			row.getCell(1).setHyperlink(hyperlink);
			if (linked == null) {
				linked = sheet.getWorkbook().createCellStyle();
				linked.cloneStyleFrom(row.getCell(1).getCellStyle());
				linked.setFont(this.link);
			}
			row.getCell(1).setCellStyle(linked);
			for (int c = 2; c < CONTENTS_COLUMNS.size(); c++) {
				this.cells.text(row, c, line[c - 1]);
			}
			SheetCells.fitHeight(row, CONTENTS_WIDTHS);
		}
		r++;
		for (String note : Notes.WORKBOOK) {
			line(sheet, r++, note);
		}
		print(sheet, heading);
		sheet.getPrintSetup().setLandscape(false);
	}

	/**
	 * A line of text across the contents table, wrapped, its row as tall as its text.
	 */
	private void line(Sheet sheet, int r, String text) {
		if (this.wrapped == null) {
			this.wrapped = sheet.getWorkbook().createCellStyle();
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		}
		Row row = sheet.createRow(r);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.wrapped);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, CONTENTS_COLUMNS.size() - 1));
		SheetCells.fitHeight(row, new int[] { Arrays.stream(CONTENTS_WIDTHS).sum() });
	}

	/**
	 * Print on landscape A4, one page wide, the header row repeated, the dossier's title
	 * at the top of every page and the page number at the foot.
	 */
	static void print(Sheet sheet, String heading) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.getHeader().setCenter(heading + "　" + sheet.getSheetName());
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}

}
