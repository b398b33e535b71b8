package org.zicha.report;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * The typefaces of an official document (GB/T 9704-2012), each with the face Word and
 * LibreOffice fall back to when it is not installed: the fallback is declared as the
 * {@code w:altName} of the face in the document's font table.
 */
enum Typeface {

	/** 小标宋: the title. */
	XIAOBIAOSONG("方正小标宋简体", "宋体"),

	/** 仿宋: the body. */
	FANGSONG("仿宋_GB2312", "仿宋"),

	/** 楷体: level-two headings and the subtitle. */
	KAITI("楷体_GB2312", "楷体"),

	/** 黑体: level-one headings. */
	HEITI("黑体", "SimHei"),

	/** 宋体: page numbers. */
	SONGTI("宋体", "SimSun");

	/** 2号, in points. */
	static final double SIZE_2 = 22;

	/** 3号, in points. */
	static final double SIZE_3 = 16;

	/** 4号, in points. */
	static final double SIZE_4 = 14;

	/** 小四, in points. */
	static final double SIZE_SMALL_4 = 12;

	/** 五号, in points. */
	static final double SIZE_5 = 10.5;

	private final String face;

	private final String fallback;

	Typeface(String face, String fallback) {
		this.face = face;
		this.fallback = fallback;
	}

	/**
	 * The preferred face.
	 * @return its name
	 */
	String face() {
		return this.face;
	}

	/**
	 * The face used when the preferred one is missing.
	 * @return its name
	 */
	String fallback() {
		return this.fallback;
	}

	/**
	 * Set a run in this face (for Chinese and Latin text alike) and a size.
	 * @param run the run
	 * @param points the size in points
	 */
	void apply(XWPFRun run, double points) {
		CTR r = run.getCTR();
		CTRPr pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
		set((pr.sizeOfRFontsArray() > 0) ? pr.getRFontsArray(0) : pr.addNewRFonts());
		run.setFontSize(points);
		run.setComplexScriptFontSize(points);
	}

	/**
	 * The width of a text in characters of its size: a Chinese character (or any from
	 * U+2000) is one, a Latin letter or digit half.
	 * @param text the text
	 * @return its width
	 */
	static double width(String text) {
		return text.codePoints().mapToDouble((cp) -> (cp < 0x2000) ? 0.5 : 1).sum();
	}

	/**
	 * Set fonts to this face.
	 * @param fonts the fonts element
	 */
	void set(CTFonts fonts) {
		fonts.setAscii(this.face);
		fonts.setHAnsi(this.face);
		fonts.setEastAsia(this.face);
		fonts.setCs(this.face);
		fonts.setHint(STHint.EAST_ASIA);
	}

}
