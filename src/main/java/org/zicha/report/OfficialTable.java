package org.zicha.report;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table of an official document's appendix: as wide as the text, fixed layout, ruled,
 * the header row in 黑体 repeated on every page, the cells in 仿宋 (小四, or 五号 in a wide
 * appendix).
 */
final class OfficialTable {

	/** The space between a cell's border and its text, left and right, in twips. */
	private static final int CELL_MARGIN = 108;

	private static final String BLACK = "000000";

	private final XWPFTable table;

	private final List<Column> columns;

	private final int[] widths;

	private final int width;

	private final double points;

	private OfficialTable(XWPFTable table, List<Column> columns, int width, double points) {
		this.table = table;
		this.columns = columns;
		this.width = width;
		this.points = points;
		this.widths = widths(columns, width);
	}

	/**
	 * A new table at the end of a document, with its header row.
	 * @param doc the document
	 * @param columns the columns
	 * @param width the width of the text, in twips
	 * @param points the size of the text of its cells
	 * @return the table
	 */
	static OfficialTable create(XWPFDocument doc, List<Column> columns, int width, double points) {
		OfficialTable table = new OfficialTable(doc.createTable(1, columns.size()), columns, width, points);
		table.layOut();
		XWPFTableRow header = table.table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < columns.size(); i++) {
			table.fill(header.getCell(i), i, columns.get(i).header(), Typeface.HEITI, ParagraphAlignment.CENTER);
		}
		return table;
	}

	/**
	 * Add a row, kept on one page.
	 * @param cells the cells' text, one per column
	 */
	void row(List<String> cells) {
		XWPFTableRow row = this.table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < this.columns.size(); i++) {
			String text = (i < cells.size() && cells.get(i) != null) ? cells.get(i) : "";
			fill(row.getCell(i), i, text, Typeface.FANGSONG,
					this.columns.get(i).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		}
	}

	private void layOut() {
		this.table.setWidth(this.width);
		this.table.setWidthType(TableWidthType.DXA);
		XWPFBorderType single = XWPFBorderType.SINGLE;
		this.table.setTopBorder(single, 4, 0, BLACK);
		this.table.setBottomBorder(single, 4, 0, BLACK);
		this.table.setLeftBorder(single, 4, 0, BLACK);
		this.table.setRightBorder(single, 4, 0, BLACK);
		this.table.setInsideHBorder(single, 4, 0, BLACK);
		this.table.setInsideVBorder(single, 4, 0, BLACK);
		CTTbl tbl = this.table.getCTTbl();
		CTTblPr pr = tbl.getTblPr();
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
		dxa(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(), CELL_MARGIN);
		dxa(margins.isSetRight() ? margins.getRight() : margins.addNewRight(), CELL_MARGIN);
		CTTblGrid grid = (tbl.getTblGrid() != null) ? tbl.getTblGrid() : tbl.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : this.widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	private void fill(XWPFTableCell cell, int column, String text, Typeface face, ParagraphAlignment alignment) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		dxa(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), this.widths[column]);
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(alignment);
		p.setSpacingBetween(1, LineSpacingRule.AUTO);
		XWPFRun run = p.createRun();
		face.apply(run, this.points);
		run.setText(text);
	}

	private static void dxa(CTTblWidth width, int twips) {
		width.setW(BigInteger.valueOf(twips));
		width.setType(STTblWidth.DXA);
	}

	/**
	 * The columns' widths in twips: their weights scaled to the width of the text, the
	 * last one taking what rounding leaves, so that they sum to it exactly.
	 */
	private static int[] widths(List<Column> columns, int width) {
		int total = columns.stream().mapToInt(Column::weight).sum();
		int[] widths = new int[columns.size()];
		int left = width;
		for (int i = 0; i < widths.length - 1; i++) {
			widths[i] = (int) Math.round((double) columns.get(i).weight() * width / total);
			left -= widths[i];
		}
		widths[widths.length - 1] = left;
		return widths;
	}

	/**
	 * A column.
	 *
	 * @param header its header
	 * @param weight its share of the width, relative to the other columns
	 * @param centred whether its cells are centred (short values such as numbers)
	 */
	record Column(String header, int weight, boolean centred) {

	}

}
