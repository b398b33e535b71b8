package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of an official document (GB/T 9704-2012): A4 with the standard margins, the
 * body text as the document's default (3号 仿宋, fixed 28 pt lines), the font table with the
 * fallback faces, and the page number "— 1 —" in 4号 宋体 at the foot, right on odd pages
 * and left on even pages.
 */
final class OfficialPage {

	/** Twips in a millimetre. */
	static final double TWIPS_PER_MM = 56.7;

	/** A4 width in twips. */
	static final int WIDTH = 11906;

	/** A4 height in twips. */
	static final int HEIGHT = 16838;

	/** Top margin: 37 mm. */
	static final int TOP = mm(37);

	/** Bottom margin: 35 mm. */
	static final int BOTTOM = mm(35);

	/** Left margin: 28 mm. */
	static final int LEFT = mm(28);

	/** Right margin: 26 mm. */
	static final int RIGHT = mm(26);

	/** The width of the text, in twips. */
	static final int TEXT_WIDTH = WIDTH - LEFT - RIGHT;

	/**
	 * The margins of a landscape page (top, bottom, left, right): the portrait margins
	 * turned with the page, the binding edge (28 mm) on top.
	 */
	static final int[] LANDSCAPE_MARGINS = { mm(28), mm(26), mm(35), mm(37) };

	/** The width of the text of a landscape page, in twips. */
	static final int LANDSCAPE_TEXT_WIDTH = HEIGHT - LANDSCAPE_MARGINS[2] - LANDSCAPE_MARGINS[3];

	/** The fixed line spacing of the body, in points. */
	static final double LINE = 28;

	/**
	 * The footer's distance from the bottom edge: the top of the page number sits 7 mm
	 * below the text.
	 */
	private static final int FOOTER = mm(35 - 7) - (int) Math.round(Typeface.SIZE_4 * 20);

	/** One character of 4号, the gap between the page number and the margin. */
	private static final int ONE_CHARACTER = (int) Math.round(Typeface.SIZE_4 * 20);

	private OfficialPage() {
	}

	/**
	 * Twips of millimetres.
	 * @param mm millimetres
	 * @return twips
	 */
	static int mm(double mm) {
		return (int) Math.round(mm * TWIPS_PER_MM);
	}

	/**
	 * Lay out a new document as an official document.
	 * @param doc the document
	 */
	static void setUp(XWPFDocument doc) {
		defaults(doc);
		fontTable(doc);
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
		CTBody body = doc.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		layOut(section, false);
	}

	/**
	 * Start a landscape section: the pages so far stay portrait (their section ends with
	 * the paragraph given), the pages from here on are landscape A4 with the same page
	 * numbers.
	 * @param doc the document
	 * @param end the last paragraph of the portrait pages
	 */
	static void landscapeFromHere(XWPFDocument doc, XWPFParagraph end) {
		CTSectPr last = doc.getDocument().getBody().getSectPr();
		CTPPr pr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
		pr.setSectPr((CTSectPr) last.copy());
		layOut(last, true);
	}

	private static void layOut(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? HEIGHT : WIDTH));
		size.setH(BigInteger.valueOf(landscape ? WIDTH : HEIGHT));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(landscape ? LANDSCAPE_MARGINS[0] : TOP));
		margins.setBottom(BigInteger.valueOf(landscape ? LANDSCAPE_MARGINS[1] : BOTTOM));
		margins.setLeft(BigInteger.valueOf(landscape ? LANDSCAPE_MARGINS[2] : LEFT));
		margins.setRight(BigInteger.valueOf(landscape ? LANDSCAPE_MARGINS[3] : RIGHT));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		margins.setFooter(BigInteger.valueOf(landscape ? mm(12) : FOOTER));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * The document defaults: what the cadre types into the draft is body text.
	 */
	private static void defaults(XWPFDocument doc) {
		CTStyles styles = doc.createStyles().getCtStyles();
		CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		Typeface.FANGSONG.set(run.addNewRFonts());
		run.addNewSz().setVal(BigInteger.valueOf(Math.round(Typeface.SIZE_3 * 2)));
		run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(Typeface.SIZE_3 * 2)));
		CTLanguage lang = run.addNewLang();
		lang.setVal("en-US");
		lang.setEastAsia("zh-CN");
		CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(Math.round(LINE * 20)));
		spacing.setLineRule(STLineSpacingRule.EXACT);
	}

	/**
	 * The font table, naming for each face the face to use when it is missing.
	 */
	private static void fontTable(XWPFDocument doc) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
			.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (Typeface face : Typeface.values()) {
			xml.append("<w:font w:name=\"")
				.append(face.face())
				.append("\"><w:altName w:val=\"")
				.append(face.fallback())
				.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		xml.append("</w:fonts>");
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
			try (OutputStream out = part.getOutputStream()) {
				out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
			}
			doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * "— 1 —": a PAGE field between em dashes, one character in from the outer margin.
	 */
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphArray(0);
		p.setAlignment(alignment);
		p.setSpacingBetween(1, LineSpacingRule.AUTO);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(ONE_CHARACTER);
		}
		else {
			p.setIndentationLeft(ONE_CHARACTER);
		}
		text(p, "— ");
		field(p, STFldCharType.BEGIN);
		XWPFRun instruction = run(p);
		instruction.getCTR().addNewInstrText().setStringValue("PAGE");
		field(p, STFldCharType.SEPARATE);
		text(p, "1");
		field(p, STFldCharType.END);
		text(p, " —");
	}

	private static void field(XWPFParagraph p, STFldCharType.Enum type) {
		run(p).getCTR().addNewFldChar().setFldCharType(type);
	}

	private static void text(XWPFParagraph p, String text) {
		run(p).setText(text);
	}

	private static XWPFRun run(XWPFParagraph p) {
		XWPFRun run = p.createRun();
		Typeface.SONGTI.apply(run, Typeface.SIZE_4);
		return run;
	}

}
