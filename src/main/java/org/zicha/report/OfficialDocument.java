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
 * 小标宋, headings "一、" in 3号 黑体 and "（一）……。" in 3号 楷体, body paragraphs in 3号 仿宋 indented by
 * two characters, justified, on fixed 28 pt lines, the 主送机关, the closing, the 附件说明, 落款
 * and 成文日期 kept with the last lines of the text, and attachments in a landscape section.
 * The headings carry outline levels, so that Word's navigation pane lists them.
 */
public final class OfficialDocument implements Closeable {

	/** The fixed line spacing of the title, in points. */
	private static final double TITLE_LINE = 35;

	/** Two characters of 3号, the first-line indent of the body, in twips. */
	private static final int TWO_CHARACTERS = (int) Math.round(Typeface.SIZE_3 * 2 * 20);

	/** One line of the body, in twips. */
	private static final int ONE_LINE = (int) Math.round(OfficialPage.LINE * 20);

	private final XWPFDocument doc = new XWPFDocument();

	private boolean landscape;

	/**
	 * A new, empty document on the official page.
	 */
	public OfficialDocument() {
		OfficialPage.setUp(this.doc);
	}

	/**
	 * The title: 2号 小标宋, centred, one paragraph per line, followed by an empty line.
	 * @param lines the lines of the title
	 */
	public void title(List<String> lines) {
		title(lines, null);
	}

	/**
	 * The title, then a line under it in 3号 楷体, centred (a bulletin's period), then an
	 * empty line.
	 * @param lines the lines of the title
	 * @param subtitle the line under it, or null for none
	 */
	void title(List<String> lines, String subtitle) {
		for (String line : lines) {
			XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, TITLE_LINE);
			run(p, line, Typeface.XIAOBIAOSONG, Typeface.SIZE_2);
		}
		if (subtitle != null) {
			run(paragraph(ParagraphAlignment.CENTER, OfficialPage.LINE), subtitle, Typeface.KAITI, Typeface.SIZE_3);
		}
		empty();
	}

	/**
	 * An empty line of the body.
	 */
	XWPFParagraph empty() {
		return paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
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
	 * A body paragraph that opens with a level-two heading "（一）强化理论武装。", the whole
	 * heading in 楷体 as GB/T 9704 sets it, the rest in 仿宋.
	 * @param heading the heading: ordinal and title
	 * @param text the rest of the paragraph
	 */
	public void paragraph(String heading, String text) {
		XWPFParagraph p = body();
		run(p, heading, Typeface.KAITI, Typeface.SIZE_3);
		run(p, text, Typeface.FANGSONG, Typeface.SIZE_3);
	}

	/**
	 * The 主送机关 under the title: flush left, on the line after the empty line that follows
	 * the title (GB/T 9704-2012 7.3.2).
	 * @param text e.g. 市委组织部：
	 */
	void addressee(String text) {
		run(paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE), text, Typeface.FANGSONG, Typeface.SIZE_3);
	}

	/**
	 * Keep the last paragraph so far on the page of the next one: the last lines of the
	 * text go with 特此报告, the 附件说明 and the 落款, which then never stand alone on a page.
	 */
	void keepWithNext() {
		List<XWPFParagraph> paragraphs = this.doc.getParagraphs();
		if (!paragraphs.isEmpty()) {
			keepWithNext(paragraphs.get(paragraphs.size() - 1));
		}
	}

	/**
	 * The closing line of a report (特此报告。), kept with what follows it.
	 * @param text the closing
	 */
	void closing(String text) {
		XWPFParagraph p = body();
		run(p, text, Typeface.FANGSONG, Typeface.SIZE_3);
		keepWithNext(p);
	}

	/**
	 * The 附件说明 under the body (GB/T 9704-2012 7.3.3): after an empty line, indented by
	 * two characters; the names of several attachments each on a line of its own, set
	 * under the first name. Kept with what follows it.
	 * @param lines e.g. 附件：1.问题清单, 2.经批准的例外; nothing is written when empty
	 */
	void attachment(List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		keepWithNext(empty());
		String first = lines.get(0);
		double under = 2 + Typeface.width(first.substring(0, first.indexOf('：') + 1));
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph p = (i == 0) ? body() : paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
			if (i > 0) {
				p.setIndentationLeft((int) Math.round(under * TWO_CHARACTERS / 2));
			}
			run(p, lines.get(i), Typeface.FANGSONG, Typeface.SIZE_3);
			keepWithNext(p);
		}
	}

	/**
	 * The 附件说明 under the body: after an empty line, indented by two characters.
	 * @param text e.g. 附件：问题清单
	 */
	void attachment(String text) {
		attachment(List.of(text));
	}

	/**
	 * 落款 and 成文日期 of a document without a seal (GB/T 9704-2012 7.3.5.2): after an empty
	 * line, the issuer right-aligned two characters in from the margin, the date on the
	 * next line starting two characters to the right of the issuer; when the date is the
	 * longer, the date stays two characters in and the issuer moves right.
	 * @param issuer the issuing organisation
	 * @param date the date, e.g. 2025年12月31日
	 */
	public void signature(String issuer, String date) {
		keepWithNext(empty());
		double issuerWidth = Typeface.width(issuer);
		double dateWidth = Typeface.width(date);
		double issuerIndent = 2;
		double dateIndent = 2;
		if (issuerWidth <= dateWidth + 2) {
			issuerIndent = 4 + dateWidth - issuerWidth;
		}
		else {
			dateIndent = issuerWidth - dateWidth;
		}
		// the issuer and the date stay on one page
		keepWithNext(rightAligned(issuer, issuerIndent));
		rightAligned(date, dateIndent);
	}

	private XWPFParagraph rightAligned(String text, double charactersIn) {
		XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, OfficialPage.LINE);
		p.setIndentationRight((int) Math.round(charactersIn * TWO_CHARACTERS / 2));
		run(p, text, Typeface.FANGSONG, Typeface.SIZE_3);
		return p;
	}

	/**
	 * Start the appendix: a landscape section on a new page, "附件" alone at the top left
	 * in 3号 黑体, the title centred below in 2号 小标宋, then an empty line.
	 * @param mark the mark (附件)
	 * @param title the appendix's title
	 */
	void appendix(String mark, String title) {
		appendix(mark, title, true);
	}

	/**
	 * Start an attachment on a new page: its mark (附件, 附件2) alone at the top left in 3号
	 * 黑体, its title centred below in 2号 小标宋, then an empty line. The first attachment
	 * starts the landscape section; the others follow in it.
	 * @param mark the mark
	 * @param title the attachment's title
	 * @param first whether it is the first attachment
	 */
	void appendix(String mark, String title, boolean first) {
		XWPFParagraph p;
		if (first || !this.landscape) {
			XWPFParagraph end = paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
			OfficialPage.landscapeFromHere(this.doc, end);
			p = paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
		}
		else {
			p = paragraph(ParagraphAlignment.LEFT, OfficialPage.LINE);
			p.setPageBreak(true);
		}
		run(p, mark, Typeface.HEITI, Typeface.SIZE_3);
		XWPFParagraph heading = paragraph(ParagraphAlignment.CENTER, TITLE_LINE);
		outline(heading, 0);
		run(heading, title, Typeface.XIAOBIAOSONG, Typeface.SIZE_2);
		empty();
		this.landscape = true;
	}

	/**
	 * A heading inside the appendix: flush left, 3号 楷体, half a line above and below.
	 * @param text the heading
	 */
	void appendixSection(String text) {
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
		return table(columns, Typeface.SIZE_SMALL_4);
	}

	/**
	 * A table at the end of the document, as wide as the text, its cells in a size.
	 * @param columns the columns
	 * @param points the size of its text
	 * @return the table, with its header row
	 */
	OfficialTable table(List<OfficialTable.Column> columns, double points) {
		return OfficialTable.create(this.doc, columns,
				this.landscape ? OfficialPage.LANDSCAPE_TEXT_WIDTH : OfficialPage.TEXT_WIDTH, points);
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

	/**
	 * Keep a paragraph on the page of the next one, and its lines together with at least
	 * two on each page (no widow, no orphan).
	 */
	private static void keepWithNext(XWPFParagraph p) {
		CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		if (!pr.isSetKeepNext()) {
			pr.addNewKeepNext();
		}
		if (!pr.isSetWidowControl()) {
			pr.addNewWidowControl();
		}
	}

	private static void run(XWPFParagraph p, String text, Typeface face, double points) {
		XWPFRun run = p.createRun();
		face.apply(run, points);
		run.setText(text);
	}

}
