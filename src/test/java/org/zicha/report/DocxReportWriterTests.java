package org.zicha.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.inspection.InspectionOptions;
import org.zicha.ledger.Period;
import org.zicha.ledger.OrgKind;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;

/**
 * The Word report of the sample ledger, checked with the real rules and read back with
 * POI: the layout of GB/T 9704-2012, the ending and the appendix in a landscape section.
 */
class DocxReportWriterTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The width of the text of a landscape page: A4's height less 35 mm and 37 mm. */
	private static final int LANDSCAPE_TEXT = 16838 - 1985 - 2098;

	private static Phrasing phrasing;

	private static Report report;

	@TempDir
	Path dir;

	@BeforeAll
	static void checkSample() {
		phrasing = Checks.phrasing();
		report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
	}

	@Test
	void sampleReportHasProblemsExemptionsAndNotices() {
		assertThat(report.problems()).hasSizeGreaterThan(2);
		assertThat(report.exempted()).isNotEmpty();
		assertThat(report.notices()).isNotEmpty();
	}

	@Test
	void bodyIsOnPortraitA4WithTheMarginsOfAnOfficialDocumentAndTheAppendixOnLandscapeA4() throws IOException {
		try (XWPFDocument doc = write(report)) {
			CTSectPr portrait = doc.getParagraphs()
				.stream()
				.filter((p) -> p.getCTPPr() != null && p.getCTPPr().isSetSectPr())
				.map((p) -> p.getCTPPr().getSectPr())
				.findFirst()
				.orElseThrow();
			assertThat(twips(portrait.getPgSz().getW())).isEqualTo(11906);
			assertThat(twips(portrait.getPgSz().getH())).isEqualTo(16838);
			assertThat(portrait.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
			CTPageMar margins = portrait.getPgMar();
			assertThat(twips(margins.getTop())).isEqualTo(2098);
			assertThat(twips(margins.getBottom())).isEqualTo(1985);
			assertThat(twips(margins.getLeft())).isEqualTo(1588);
			assertThat(twips(margins.getRight())).isEqualTo(1474);
			CTSectPr landscape = doc.getDocument().getBody().getSectPr();
			assertThat(twips(landscape.getPgSz().getW())).isEqualTo(16838);
			assertThat(twips(landscape.getPgSz().getH())).isEqualTo(11906);
			assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(landscape.getFooterReferenceList()).hasSize(2);
			assertThat(portrait.getFooterReferenceList()).hasSize(2);
		}
	}

	@Test
	void titleHasTheIssuerAndTheYearAndNoDraftingNoteFollows() throws IOException {
		try (XWPFDocument doc = write(report); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			assertThat(paragraphs.get(0).getText()).isEqualTo("中共市交通运输局党组");
			assertThat(paragraphs.get(1).getText()).isEqualTo("关于2025年度党建工作自查情况的报告");
			assertThat(paragraphs.get(2).getText()).isEmpty();
			// no 主送机关 in the sample's ledger: the line is left out, the lead-in follows
			assertThat(paragraphs.get(3).getText()).isEqualTo(report.ending().leadIn()).endsWith("现将有关情况报告如下：");
			assertThat(paragraphs.get(4).getText()).isEqualTo(phrasing.heading("basics"));
			assertThat(extractor.getText()).doesNotContain(report.coverage()).doesNotContain("依据22个党组织");
		}
	}

	@Test
	void headingsFollowInOrderWithTheirParagraphs() throws IOException {
		try (XWPFDocument doc = write(report)) {
			assertThat(headings(doc)).containsExactly(phrasing.heading("basics"), phrasing.heading("problems"),
					phrasing.heading("measures"), phrasing.heading("appendix"), phrasing.heading("exempted"));
			assertThat(texts(between(doc, phrasing.heading("basics"), phrasing.heading("problems"))))
				.isEqualTo(report.basics());
			List<String> problems = texts(between(doc, phrasing.heading("problems"), phrasing.heading("measures")));
			assertThat(problems.get(0)).isEqualTo(report.opening());
			assertThat(problems.subList(1, problems.size()))
				.isEqualTo(report.problems().stream().map(Report.Problem::text).toList());
		}
	}

	@Test
	void theWholeLevelTwoHeadingOfAMeasureIsInKaitiAndTheRestInFangsong() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> measures = between(doc, phrasing.heading("measures"), "").subList(0,
					report.measures().size());
			for (int i = 0; i < measures.size(); i++) {
				Report.Measure measure = report.measures().get(i);
				List<XWPFRun> runs = measures.get(i).getRuns();
				assertThat(runs.get(0).text()).isEqualTo(measure.heading()).startsWith("（").endsWith("。");
				assertThat(font(runs.get(0))).isEqualTo("楷体_GB2312");
				assertThat(runs.get(0).getFontSizeAsDouble()).isEqualTo(16.0);
				assertThat(runs.get(1).text()).isEqualTo(measure.text());
				assertThat(font(runs.get(1))).isEqualTo("仿宋_GB2312");
			}
		}
	}

	@Test
	void theClosingAttachmentNoteSignatureAndDateEndTheBody() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> after = between(doc, phrasing.heading("measures"), "附件1");
			List<String> texts = texts(after).subList(report.measures().size(), after.size());
			assertThat(texts).containsExactly("特此报告。", "", "附件：1.问题清单", "2.经批准的例外", "", "中共市交通运输局党组", "2026年1月5日", "");
			XWPFParagraph closing = after.get(report.measures().size());
			assertThat(closing.getFirstLineIndent()).isEqualTo(640);
			XWPFParagraph attachment = after.get(report.measures().size() + 2);
			assertThat(attachment.getFirstLineIndent()).isEqualTo(640);
			assertThat(font(attachment.getRuns().get(0))).isEqualTo("仿宋_GB2312");
			// the second name stands under the first: two characters and 附件： in
			assertThat(after.get(report.measures().size() + 3).getIndentationLeft()).isEqualTo(5 * 320);
			XWPFParagraph signature = after.get(report.measures().size() + 5);
			XWPFParagraph date = after.get(report.measures().size() + 6);
			assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			// the issuer (10 characters) two characters in; the date (2026年1月5日, 6)
			// starts two to its right
			assertThat(signature.getIndentationRight()).isEqualTo(640);
			assertThat(date.getIndentationRight()).isEqualTo(1280);
			assertThat(font(signature.getRuns().get(0))).isEqualTo("仿宋_GB2312");
			// the last lines of the text, 特此报告, the 附件说明 and the 落款 keep together
			for (XWPFParagraph p : after.subList(report.measures().size() - 1, after.size() - 2)) {
				assertThat(p.getCTPPr().isSetKeepNext()).as(p.getText()).isTrue();
			}
		}
	}

	@Test
	void theAddresseeStandsUnderTheTitleAndTheDateIsTheOneAsked() throws IOException {
		Report framed = Inspections
			.inspect(Inspections.SAMPLE,
					InspectionOptions.defaults(LocalDate.parse("2025-12-31"))
						.framed("市委组织部", LocalDate.parse("2026-01-12")))
			.report();
		try (XWPFDocument doc = write(framed)) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			assertThat(texts(paragraphs.subList(0, 5))).containsExactly("中共市交通运输局党组", "关于2025年度党建工作自查情况的报告", "",
					"市委组织部：", framed.ending().leadIn());
			assertThat(paragraphs.get(3).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
			assertThat(paragraphs.get(3).getFirstLineIndent()).isNotPositive();
			List<String> texts = texts(paragraphs);
			assertThat(texts).contains("特此报告。", "附件：1.问题清单", "2.经批准的例外", "2026年1月12日").doesNotContain("2025年12月31日");
			assertThat(texts.indexOf("特此报告。")).isGreaterThan(texts.indexOf(phrasing.heading("measures")));
			assertThat(texts).containsSubsequence("附件1", "问题清单", "附件2", "经批准的例外");
			XWPFParagraph second = paragraphs.get(texts.indexOf("附件2"));
			assertThat(second.isPageBreak()).isTrue();
		}
	}

	@Test
	void theAppendixOpensWithTheMarkAloneAtTheTopLeftAndItsTitleCentred() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			int mark = texts(paragraphs).indexOf("附件1");
			XWPFParagraph markParagraph = paragraphs.get(mark);
			assertThat(markParagraph.getCTPPr().isSetSectPr()).isFalse();
			assertThat(paragraphs.get(mark - 1).getCTPPr().isSetSectPr()).isTrue();
			assertThat(markParagraph.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
			assertThat(font(markParagraph.getRuns().get(0))).isEqualTo("黑体");
			assertThat(markParagraph.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			XWPFParagraph title = paragraphs.get(mark + 1);
			assertThat(title.getText()).isEqualTo("问题清单");
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(font(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
			assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
		}
	}

	@Test
	void theAppendixTableHasEveryRowAndFitsTheLandscapePage() throws IOException {
		try (XWPFDocument doc = write(report)) {
			XWPFTable table = doc.getTables().get(0);
			assertThat(cells(table.getRow(0))).containsExactly("序号", "问题", "涉及组织", "期间", "依据", "类别");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRows()).hasSize(report.rows().size() + 1);
			for (Report.Row row : report.rows()) {
				assertThat(cells(table.getRow(row.number()))).containsExactly(String.valueOf(row.number()),
						row.sentence(), row.orgName(), row.periods(), row.citation(), row.severity().shortLabel());
				assertThat(row.source()).startsWith(row.citation());
			}
			assertFits(table);
			XWPFRun header = table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(font(header)).isEqualTo("黑体");
			XWPFRun cell = table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(font(cell)).isEqualTo("仿宋_GB2312");
			assertThat(cell.getFontSizeAsDouble()).isEqualTo(10.5);
			int overdue = report.rows()
				.stream()
				.filter((r) -> r.source().startsWith("《中国共产党基层组织选举工作条例》第三条：任期届满"))
				.findFirst()
				.orElseThrow()
				.number();
			assertThat(cells(table.getRow(overdue)).get(4)).isEqualTo("《中国共产党基层组织选举工作条例》第三条");
		}
	}

	@Test
	void exemptedFindingsFollowInASecondTable() throws IOException {
		try (XWPFDocument doc = write(report)) {
			assertThat(texts(doc.getParagraphs())).contains(phrasing.heading("exempted"));
			XWPFTable table = doc.getTables().get(1);
			assertThat(cells(table.getRow(0))).containsExactly("序号", "事项", "理由", "批准文号");
			assertThat(table.getRows()).hasSize(report.exempted().size() + 1);
			for (int i = 0; i < report.exempted().size(); i++) {
				Exempted e = report.exempted().get(i);
				assertThat(cells(table.getRow(i + 1))).containsExactly(String.valueOf(i + 1), e.finding().message(),
						e.reason(), (e.approval() != null) ? e.approval() : "—");
			}
			assertFits(table);
		}
	}

	@Test
	void fontsAndSizesFollowTheStandard() throws IOException {
		try (XWPFDocument doc = write(report)) {
			for (XWPFParagraph titleLine : doc.getParagraphs().subList(0, 2)) {
				XWPFRun title = titleLine.getRuns().get(0);
				assertThat(font(title)).isEqualTo("方正小标宋简体");
				assertThat(title.getFontFamily(FontCharRange.ascii)).isEqualTo("方正小标宋简体");
				assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
				assertThat(titleLine.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			}
			for (XWPFParagraph heading : headingParagraphs(doc).subList(0, 3)) {
				assertThat(font(heading.getRuns().get(0))).isEqualTo("黑体");
				assertThat(heading.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			}
			List<XWPFParagraph> body = new ArrayList<>(
					between(doc, phrasing.heading("basics"), phrasing.heading("problems")));
			body.addAll(between(doc, phrasing.heading("problems"), phrasing.heading("measures")));
			for (XWPFParagraph p : body) {
				assertThat(font(p.getRuns().get(0))).isEqualTo("仿宋_GB2312");
				assertThat(p.getRuns().get(0).getFontFamily(FontCharRange.hAnsi)).isEqualTo("仿宋_GB2312");
				assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
				assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
				assertThat(p.getFirstLineIndent()).isEqualTo(640);
				assertThat(p.getCTPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
			}
		}
	}

	@Test
	void bodyAndHeadingsHaveFixedLinesOf28Points() throws Exception {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			int mark = texts(paragraphs).indexOf("附件1");
			for (XWPFParagraph p : paragraphs.subList(2, mark)) {
				assertThat(p.getSpacingLineRule()).as(p.getText()).isEqualTo(LineSpacingRule.EXACT);
				assertThat(p.getSpacingBetween()).as(p.getText()).isEqualTo(28.0);
			}
			CTSpacing defaults = doc.getStyle().getDocDefaults().getPPrDefault().getPPr().getSpacing();
			assertThat(twips(defaults.getLine())).isEqualTo(560);
			assertThat(defaults.getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
		}
	}

	@Test
	void fontTableNamesTheFallbackOfEachFace() throws IOException, Exception {
		try (XWPFDocument doc = write(report)) {
			PackagePart part = doc.getPackage().getPartsByContentType(XWPFRelation.FONT_TABLE.getContentType()).get(0);
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			NodeList fonts;
			try (InputStream in = part.getInputStream()) {
				fonts = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(W, "font");
			}
			List<String> pairs = new ArrayList<>();
			for (int i = 0; i < fonts.getLength(); i++) {
				Element font = (Element) fonts.item(i);
				Element alt = (Element) font.getElementsByTagNameNS(W, "altName").item(0);
				pairs.add(font.getAttributeNS(W, "name") + ">" + alt.getAttributeNS(W, "val"));
			}
			assertThat(pairs).contains("方正小标宋简体>宋体", "仿宋_GB2312>仿宋", "楷体_GB2312>楷体");
		}
	}

	@Test
	void footersNumberThePagesBetweenDashesOnTheOuterSide() throws IOException {
		try (XWPFDocument doc = write(report)) {
			assertThat(doc.getEvenAndOddHeadings()).isTrue();
			XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
			assertPageNumber(policy.getDefaultFooter(), ParagraphAlignment.RIGHT);
			assertPageNumber(policy.getEvenPageFooter(), ParagraphAlignment.LEFT);
		}
	}

	private static void assertPageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.getParagraphs().get(0);
		assertThat(p.getAlignment()).isEqualTo(alignment);
		assertThat(p.getText()).isEqualTo("— 1 —");
		assertThat(p.getRuns()).anySatisfy((r) -> assertThat(r.getCTR().getInstrTextList())
			.anySatisfy((t) -> assertThat(t.getStringValue().trim()).isEqualTo("PAGE")));
		assertThat(p.getRuns()).allSatisfy((r) -> {
			assertThat(font(r)).isEqualTo("宋体");
			assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
		});
	}

	@Test
	void noticesAndWarningsStayOutOfTheDocument() throws IOException {
		try (XWPFDocument doc = write(report); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).doesNotContain(phrasing.heading("notices"));
			for (Finding notice : report.notices()) {
				assertThat(text).doesNotContain(notice.message());
			}
		}
	}

	@Test
	void reportWithoutProblemsSaysSoAndHasNoMeasuresAttachmentNorAppendix() throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("R", OrgKind.GENERAL_BRANCH).name("机关党总支");
		l.quarterly("R", 2025, STAFF_FORUM);
		Report clean = Checks.report(l.build(), "2025-06-30");
		try (XWPFDocument doc = write(clean)) {
			assertThat(headings(doc)).containsExactly(phrasing.heading("basics"), phrasing.heading("problems"));
			assertThat(texts(between(doc, phrasing.heading("problems"), null)))
				.containsExactly(phrasing.heading("noProblems"), "特此报告。", "", "中共机关党总支", clean.ending().date());
			assertThat(clean.ending().date()).isEqualTo(Period.dayLabel(LocalDate.now()));
			assertThat(doc.getTables()).isEmpty();
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
				.isEqualTo(STPageOrientation.PORTRAIT);
		}
	}

	@Test
	void writeLeavesTheStreamOpen() throws IOException {
		AtomicBoolean closed = new AtomicBoolean();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OutputStream out = new OutputStream() {

			@Override
			public void write(int b) {
				bytes.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				bytes.write(b, off, len);
			}

			@Override
			public void close() {
				closed.set(true);
			}

		};
		new DocxReportWriter(phrasing).write(report, out);
		assertThat(closed).isFalse();
		assertThat(bytes.size()).isPositive();
	}

	private static void assertFits(XWPFTable table) {
		CTTblPr pr = table.getCTTbl().getTblPr();
		assertThat(pr.getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
		assertThat(table.getWidth()).isEqualTo(LANDSCAPE_TEXT);
		assertThat(table.getCTTbl().getTblGrid().getGridColList().stream().mapToInt((c) -> twips(c.getW())).sum())
			.isEqualTo(LANDSCAPE_TEXT);
		assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
		assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
	}

	private XWPFDocument write(Report report) throws IOException {
		Path file = this.dir.resolve("report.docx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new DocxReportWriter(phrasing).write(report, out);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/** The level-one headings: the paragraphs with outline level 0. */
	private static List<XWPFParagraph> headingParagraphs(XWPFDocument doc) {
		return doc.getParagraphs()
			.stream()
			.filter((p) -> p.getCTPPr() != null && p.getCTPPr().isSetOutlineLvl()
					&& p.getCTPPr().getOutlineLvl().getVal().intValue() == 0)
			.toList();
	}

	private static List<String> headings(XWPFDocument doc) {
		return texts(headingParagraphs(doc));
	}

	/**
	 * The paragraphs after the one of a text and before the next of another (null: to the
	 * end; empty: the next empty paragraph is not an end).
	 */
	private static List<XWPFParagraph> between(XWPFDocument doc, String from, String to) {
		List<XWPFParagraph> paragraphs = doc.getParagraphs();
		List<String> texts = texts(paragraphs);
		int start = texts.indexOf(from) + 1;
		int end = (to == null || to.isEmpty()) ? texts.size() : texts.subList(start, texts.size()).indexOf(to) + start;
		return paragraphs.subList(start, end);
	}

	private static List<String> texts(List<XWPFParagraph> paragraphs) {
		return paragraphs.stream().map(XWPFParagraph::getText).toList();
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map((c) -> c.getText()).toList();
	}

	private static String font(XWPFRun run) {
		return run.getFontFamily(FontCharRange.eastAsia);
	}

	private static int twips(Object value) {
		return new BigInteger(String.valueOf(value)).intValue();
	}

}
