package org.zicha.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * A Word document in the layout of an official document (GB/T 9704-2012): the title in 2号
 * 小标宋, the subtitle in 3号 楷体, headings "一、" in 3号 黑体 and "（一）" in 3号 楷体, body paragraphs
 * in 3号 仿宋 indented by two characters, justified, on fixed 28 pt lines, and an appendix
 * on a new page. The headings carry outline levels, so that Word's navigation pane lists
 * them.
 */
public final class OfficialDocument implements Closeable {

	/** The fixed line spacing of the title, in points. */
	private static final double TITLE_LINE = 35;

	/** Two characters of 3号, the first-line indent of the body, in twips. */
	private static final int TWO_CHARACTERS = (int) Math.round(Typeface.SIZE_3 * 2 * 20);

	/** One line of the body, in twips. */
	private static final int ONE_LINE = (int) Math.round(OfficialPage.LINE * 20);

	private final XWPFDocument doc = new XWPFDocument();

	/**
	 * A new, empty document on the official page.
	 */
	public OfficialDocument() {
		OfficialPage.setUp(this.doc);
	}

	/**
	 * The title: 2号 小标宋, centred.
	 * @param text the title
	 */
	public void title(String text) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, TITLE_LINE);
		run(p, text, Typeface.XIAOBIAOSONG, Typeface.SIZE_2);
	}

	/**
	 * The line under the title: 3号 楷体, centred, followed by an empty line.
	 * @param text the subtitle
	 */
	public void subtitle(String text) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, OfficialPage.LINE);
		p.setSpacingAfter(ONE_LINE);
		run(p, text, Typeface.KAITI, Typeface.SIZE_3);
	}

	/**
	 * A level-one heading "一、…": 3号 黑体, indented like the body.
	 * @param text the heading
	 */
	public void heading(String text) {
		XWPFParagraph p = body();
		outline(p, 0);
		run(p, text, Typeface.HEITI, Typeface.SIZE_3);
	}

	/**
	 * A body paragraph: 3号 仿宋.
	 * @param text the paragraph
	 */
	public void paragraph(String text) {
		run(body(), text, Typeface.FANGSONG, Typeface.SIZE_3);
	}

	/**
	 * A body paragraph that opens with a level-two ordinal "（一）", set in 楷体 as the
	 * heading it is, the rest in 仿宋.
	 * @param ordinal the ordinal
	 * @param text the rest of the paragraph
	 */
	public void paragraph(String ordinal, String text) {
		XWPFParagraph p = body();
		run(p, ordinal, Typeface.KAITI, Typeface.SIZE_3);
		run(p, text, Typeface.FANGSONG, Typeface.SIZE_3);
	}

	/**
	 * The heading of the appendix: on a new page, flush left, 3号 黑体.
	 * @param text the heading
	 */
	public void appendix(String text) {
		XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
		p.setPageBreak(true);
		p.setSpacingAfter(ONE_LINE / 2);
		outline(p, 0);
		run(p, text, Typeface.HEITI, Typeface.SIZE_3);
	}

	/**
	 * A heading inside the appendix: flush left, 3号 楷体, half a line above and below.
	 * @param text the heading
	 */
	public void appendixSection(String text) {
		XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
		p.setSpacingBefore(ONE_LINE / 2);
		p.setSpacingAfter(ONE_LINE / 2);
		outline(p, 1);
		run(p, text, Typeface.KAITI, Typeface.SIZE_3);
	}

	/**
	 * A table at the end of the document, as wide as the text.
	 * @param columns the columns
	 * @return the table, with its header row
	 */
	public OfficialTable table(List<OfficialTable.Column> columns) {
		return OfficialTable.create(this.doc, columns);
	}

	/**
	 * The signature of a document without a seal (GB/T 9704-2012, 7.3.5.2): after an
	 * empty line, the organisation and under it the date, each right-aligned two
	 * characters in from the margin.
	 * @param organisation the organisation's name
	 * @param date the date, e.g. 2025年12月31日
	 */
	public void signature(String organisation, String date) {
		paragraph(ParagraphAlignment.RIGHT, OfficialPage.LINE);
		for (String line : List.of(organisation, date)) {
			XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, OfficialPage.LINE);
			p.setIndentationRight(TWO_CHARACTERS);
			run(p, line, Typeface.FANGSONG, Typeface.SIZE_3);
		}
	}

	/**
	 * Write the document.
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(OutputStream out) throws IOException {
		this.doc.write(out);
	}

	@Override
	public void close() throws IOException {
		this.doc.close();
	}

	private XWPFParagraph body() {
		XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, OfficialPage.LINE);
		CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTInd ind = pr.isSetInd() ? pr.getInd() : pr.addNewInd();
		ind.setFirstLineChars(BigInteger.valueOf(200));
		ind.setFirstLine(BigInteger.valueOf(TWO_CHARACTERS));
		return p;
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment, double line) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		p.setSpacingBetween(line, LineSpacingRule.EXACT);
		return p;
	}

	private static void outline(XWPFParagraph p, int level) {
		CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		pr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
		p.getCTP().getPPr().addNewKeepNext();
	}

	private static void run(XWPFParagraph p, String text, Typeface face, double points) {
		XWPFRun run = p.createRun();
		face.apply(run, points);
		run.setText(text);
	}

}
