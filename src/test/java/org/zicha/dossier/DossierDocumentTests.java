package org.zicha.dossier;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.zicha.testing.Dossiers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dossier.docx of the three-year ledger, read back with POI: the summary in the layout of
 * report.docx.
 */
class DossierDocumentTests {

	@TempDir
	static Path folder;

	private static XWPFDocument doc;

	@BeforeAll
	static void write() {
		doc = Dossiers.document(Dossiers.threeYears(folder, Dossiers.feedback(folder)));
	}

	@AfterAll
	static void close() throws IOException {
		doc.close();
	}

	@Test
	void titleHeadingsAndSignatureAreThoseOfAnOfficialDocument() {
		List<String> texts = texts();
		assertThat(texts.subList(0, 2)).containsExactly("机关党总支", "关于2023年至2025年党建工作履职情况的说明");
		assertThat(texts).containsSubsequence("一、总体情况", "二、分领域履职情况", "三、经批准的例外", "四、上次巡视（巡察）反馈问题整改情况");
		assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("机关党总支", "2025年12月31日");
		List<XWPFParagraph> paragraphs = doc.getParagraphs();
		assertThat(paragraphs.get(paragraphs.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
		assertThat(paragraphs.get(0).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
		assertThat(paragraph("一、总体情况").getRuns().get(0).getFontFamily()).isEqualTo("黑体");
		CTSectPr section = doc.getDocument().getBody().getSectPr();
		assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
		CTPageMar margins = section.getPgMar();
		assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098));
		assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1588));
	}

	@Test
	void theOverviewGivesTheRatesOfEveryYearAndWhereTheProblemsStand() {
		String overview = texts().get(texts().indexOf("一、总体情况") + 1);
		assertThat(overview).contains("机关党总支及所属3个党组织")
			.contains("共463项，已落实447项，总体履职率96.5%（2023年96.8%、2024年97.4%、2025年95.4%）");
		assertThat(texts()).contains("检查发现问题18个（重要问题1个、一般问题17个），正在整改18个（未提供整改台账，整改情况均按进行中列示）。")
			.anySatisfy((t) -> assertThat(t).startsWith("上次巡视（巡察）反馈问题3个，已完成整改1个、正在整改1个、整改不到位1个"));
	}

	@Test
	void eachAreaHasItsRatesByOrganisationAndYear() {
		XWPFTable rates = doc.getTables().get(0);
		assertThat(cells(rates.getRow(0))).containsExactly("组织", "2023年", "2024年", "2025年", "全期");
		assertThat(cells(rates.getRow(3))).containsExactly("第二党支部", "89.7%", "93.1%", "96.3%", "93.1%（81/87）");
		assertThat(cells(rates.getRow(rates.getNumberOfRows() - 1))).containsExactly("合计", "94.7%", "95.6%", "97.8%",
				"96.1%（268/279）");
		assertThat(rates.getRow(0).isRepeatHeader()).isTrue();
	}

	@Test
	void theProblemsOfAnAreaAreGroupedByDutyAndOrganisation() {
		XWPFTable problems = doc.getTables().get(1);
		assertThat(cells(problems.getRow(0))).containsExactly("序号", "问题", "组织", "期间", "整改情况");
		assertThat(problems.getRows()).extracting((r) -> r.getCell(1).getText() + " " + r.getCell(3).getText())
			.contains("未按期召开党员大会 2024年第一季度", "未按期开展主题党日 2023年7月", "未按期开展主题党日 2024年8月");
		XWPFTable dues = table("党员未按月交纳党费");
		assertThat(dues.getRows()).extracting((r) -> r.getCell(3).getText()).contains("2025年7月至9月");
	}

	@Test
	void theFeedbackTableSaysWhatTheLedgerShowsAfterEachDeadline() {
		XWPFTable feedback = doc.getTables().get(doc.getTables().size() - 1);
		assertThat(cells(feedback.getRow(0))).containsExactly("序号", "反馈问题", "时限", "核验结果", "整改情况");
		assertThat(feedback.getRows().subList(1, 4)).extracting((r) -> r.getCell(4).getText())
			.containsExactly("完成", "整改不到位", "进行中");
		assertThat(feedback.getRow(2).getCell(3).getText()).isEqualTo("经核验，时限后仍未落实：第二党支部2024年8月");
	}

	private static List<String> texts() {
		List<String> texts = new ArrayList<>();
		doc.getParagraphs().stream().map(XWPFParagraph::getText).filter((t) -> !t.isBlank()).forEach(texts::add);
		return texts;
	}

	private static XWPFParagraph paragraph(String text) {
		return doc.getParagraphs().stream().filter((p) -> p.getText().equals(text)).findFirst().orElseThrow();
	}

	private static XWPFTable table(String cell) {
		return doc.getTables()
			.stream()
			.filter((t) -> t.getRows().stream().anyMatch((r) -> r.getCell(1).getText().equals(cell)))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map((c) -> c.getText()).toList();
	}

}
