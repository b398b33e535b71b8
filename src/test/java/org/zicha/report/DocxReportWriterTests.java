package org.zicha.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.zicha.inspection.InspectionOptions;
import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.rules.RuleBook;
import org.zicha.testing.Checks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report of the sample ledger, checked with the real rules and read back with
 * POI.
 */
class DocxReportWriterTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static Phrasing phrasing;

	private static Report report;

	@TempDir
	Path dir;

	@BeforeAll
	static void checkSample() {
		RuleBook book = Checks.rules();
		LedgerRead read = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false);
		phrasing = Checks.phrasing();
		report = Checks.inspect(read, InspectionOptions.defaults(LocalDate.parse("2025-12-31"))).report();
	}

	@Test
	void sampleReportHasProblemsExemptionsAndNotices() {
		assertThat(report.problems()).hasSizeGreaterThan(2);
		assertThat(report.exempted()).isNotEmpty();
		assertThat(report.notices()).isNotEmpty();
	}

	@Test
	void pageIsA4WithTheMarginsOfAnOfficialDocument() throws IOException {
		try (XWPFDocument doc = write(report)) {
			CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
			CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(twips(size.getW())).isEqualTo(11906);
			assertThat(twips(size.getH())).isEqualTo(16838);
			assertThat(twips(margins.getTop())).isEqualTo(2098);
			assertThat(twips(margins.getBottom())).isEqualTo(1985);
			assertThat(twips(margins.getLeft())).isEqualTo(1588);
			assertThat(twips(margins.getRight())).isEqualTo(1474);
		}
	}

	@Test
	void titleSubtitleAndHeadingsFollowInOrder() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			assertThat(paragraphs.get(0).getText()).isEqualTo(report.title());
			assertThat(paragraphs.get(1).getText()).isEqualTo(report.subtitle());
			assertThat(headings(doc)).containsExactly(phrasing.heading("basics"), phrasing.heading("problems"),
					phrasing.heading("measures"), phrasing.heading("appendix"));
			assertThat(texts(between(doc, "basics", "problems"))).isEqualTo(report.basics());
		}
	}

	@Test
	void problemParagraphsAreTheProblemsTextsInOrder() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<String> problems = texts(between(doc, "problems", "measures"));
			assertThat(problems).isEqualTo(report.problems().stream().map(Report.Problem::text).toList());
			assertThat(problems.get(0)).startsWith("一是");
			assertThat(problems.get(1)).startsWith("二是");
		}
	}

	@Test
	void measuresOpenWithTheirOrdinalInKaiti() throws IOException {
		try (XWPFDocument doc = write(report)) {
			List<XWPFParagraph> measures = between(doc, "measures", "appendix");
			assertThat(texts(measures))
				.isEqualTo(report.measures().stream().map((m) -> m.ordinal() + m.text()).toList());
			assertThat(measures.get(0).getText()).startsWith("（一）");
			for (int i = 0; i < measures.size(); i++) {
				List<XWPFRun> runs = measures.get(i).getRuns();
				assertThat(runs.get(0).text()).isEqualTo(report.measures().get(i).ordinal());
				assertThat(font(runs.get(0))).isEqualTo("楷体_GB2312");
				assertThat(font(runs.get(1))).isEqualTo("仿宋_GB2312");
				assertThat(runs.get(1).getFontSizeAsDouble()).isEqualTo(16.0);
			}
		}
	}

	@Test
	void fontsAndSizesFollowTheStandard() throws IOException {
		try (XWPFDocument doc = write(report)) {
			XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
			assertThat(font(title)).isEqualTo("方正小标宋简体");
			assertThat(title.getFontFamily(FontCharRange.ascii)).isEqualTo("方正小标宋简体");
			assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
			assertThat(doc.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			XWPFRun subtitle = doc.getParagraphs().get(1).getRuns().get(0);
			assertThat(font(subtitle)).isEqualTo("楷体_GB2312");
			assertThat(subtitle.getFontSizeAsDouble()).isEqualTo(16.0);
			for (XWPFParagraph heading : headingParagraphs(doc)) {
				assertThat(font(heading.getRuns().get(0))).isEqualTo("黑体");
				assertThat(heading.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			}
			List<XWPFParagraph> body = new ArrayList<>(between(doc, "basics", "problems"));
			body.addAll(between(doc, "problems", "measures"));
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
			for (XWPFParagraph p : paragraphs.subList(1, paragraphs.size())) {
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
	void appendixStartsOnANewPageWithATableOfEveryIssue() throws IOException {
		try (XWPFDocument doc = write(report)) {
			XWPFParagraph heading = headingParagraphs(doc).get(3);
			assertThat(heading.isPageBreak()).isTrue();
			XWPFTable table = doc.getTables().get(0);
			assertThat(cells(table.getRow(0))).containsExactly("序号", "问题", "涉及组织", "期间", "依据", "类别");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			List<Report.Issue> issues = report.issues();
			assertThat(table.getRows()).hasSize(issues.size() + 1);
			for (Report.Issue issue : issues) {
				List<String> row = cells(table.getRow(issue.number()));
				assertThat(row).containsExactly(String.valueOf(issue.number()), issue.sentence(),
						String.join("、", issue.organisations()), issue.periods(), issue.source(),
						issue.severity().shortLabel());
			}
			assertFitsTheText(table);
			XWPFRun header = table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(font(header)).isEqualTo("黑体");
			XWPFRun cell = table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(font(cell)).isEqualTo("仿宋_GB2312");
			assertThat(cell.getFontSizeAsDouble()).isEqualTo(12.0);
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
			assertFitsTheText(table);
		}
	}

	@Test
	void noticesStayOutOfTheDocument() throws IOException {
		try (XWPFDocument doc = write(report); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).doesNotContain(phrasing.heading("notices"));
			for (Finding notice : report.notices()) {
				assertThat(text).doesNotContain(notice.message());
			}
		}
	}

	@Test
	void reportWithoutProblemsSaysSoAndHasNoMeasuresNorAppendix() throws IOException {
		Report clean = new Report(report.title(), report.subtitle(), report.basics(), List.of(), List.of(), List.of(),
				report.notices(), report.heatMap(), report.asOf());
		try (XWPFDocument doc = write(clean)) {
			assertThat(headings(doc)).containsExactly(phrasing.heading("basics"), phrasing.heading("problems"));
			assertThat(texts(between(doc, "problems", null))).containsExactly(phrasing.heading("noProblems"));
			assertThat(doc.getTables()).isEmpty();
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

	private static void assertFitsTheText(XWPFTable table) {
		CTTblPr pr = table.getCTTbl().getTblPr();
		assertThat(pr.getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
		int textWidth = 11906 - 1588 - 1474;
		assertThat(table.getWidth()).isEqualTo(textWidth);
		assertThat(table.getCTTbl().getTblGrid().getGridColList().stream().mapToInt((c) -> twips(c.getW())).sum())
			.isEqualTo(textWidth);
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
			.filter((p) -> p.getCTPPr().isSetOutlineLvl() && p.getCTPPr().getOutlineLvl().getVal().intValue() == 0)
			.toList();
	}

	private static List<String> headings(XWPFDocument doc) {
		return texts(headingParagraphs(doc));
	}

	/** The paragraphs after one heading and before the next one (null: the end). */
	private static List<XWPFParagraph> between(XWPFDocument doc, String from, String to) {
		List<XWPFParagraph> paragraphs = doc.getParagraphs();
		List<String> texts = texts(paragraphs);
		int start = texts.indexOf(phrasing.heading(from)) + 1;
		int end = (to != null) ? texts.indexOf(phrasing.heading(to)) : texts.size();
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
