package org.zicha.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branches' bulletins of the sample: one per branch with its groups, one per other
 * organisation with problems or notices; specific and named.
 */
class BulletinTests {

	private static Report report;

	private static List<Bulletin> bulletins;

	@BeforeAll
	static void sample() {
		report = Inspections.inspect(Inspections.SAMPLE, "2025-12-31").report();
		bulletins = Bulletin.of(report);
	}

	@Test
	void everyBranchHasABulletinAndEveryRowAndNoticeIsInExactlyOne() {
		assertThat(bulletins).extracting(Bulletin::orgId)
			.containsExactly("R", "C", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8");
		assertThat(bulletins.stream().flatMap((b) -> b.rows().stream()).map(Report.Row::number))
			.containsExactlyInAnyOrderElementsOf(report.rows().stream().map(Report.Row::number).toList());
		assertThat(bulletins.stream().flatMap((b) -> b.notices().stream()).map(Finding::key))
			.containsExactlyInAnyOrderElementsOf(report.notices().stream().map(Finding::key).toList());
	}

	@Test
	void aBranchsBulletinTakesInTheRowsOfItsGroups() {
		Bulletin b4 = bulletin("B4");
		assertThat(b4.rows()).extracting(Report.Row::orgId).contains("B4", "B4G2");
		assertThat(b4.fileName()).isEqualTo("B4-公路建设养护党支部");
	}

	@Test
	void theMarkdownNamesTheProblemsTheNoticesAndTheRectificationRows() throws IOException {
		String md = markdown(bulletin("B4"));
		assertThat(md).startsWith("# 公路建设养护党支部党建工作提示单\n\n（2025年1月至12月，截至2025年12月31日）\n");
		assertThat(md).contains("## 一、本期存在的问题", "## 二、近期到期事项", "## 三、整改事项");
		assertThat(md).contains("邹明（外驻站点，4月至9月）")
			.contains("- 公路建设养护党支部2025年度组织生活会应于2026年3月31日前召开，目前尚未召开，还有90天（期限：2026年3月31日）\n");
		assertThat(md).contains("| 序号 | 问题 | 整改措施 | 责任人 | 整改时限 | 整改状态 | 变化 |");
		assertThat(md).contains("石志勇（公路建设养护党支部书记） | 2026年3月1日 | 未整改 |");
		String c = markdown(bulletin("C"));
		assertThat(c).contains("市交通运输局机关党委本届任期将于2026年6月15日届满");
	}

	@Test
	void theDocxHasTheSameTextAndATableOfTheRows() throws IOException {
		Bulletin b4 = bulletin("B4");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BulletinWriter(Checks.phrasing()).docx(report, b4, out);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts.get(0)).isEqualTo("公路建设养护党支部党建工作提示单");
			assertThat(texts).contains("一、本期存在的问题", "二、近期到期事项", "三、整改事项",
					"公路建设养护党支部2025年度民主评议党员应于2026年3月31日前开展，目前尚未开展，还有90天（期限：2026年3月31日）");
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRows()).hasSize(b4.rows().size() + 1);
			assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(b4.rows().get(0).sentence());
		}
	}

	private static Bulletin bulletin(String orgId) {
		return bulletins.stream().filter((b) -> b.orgId().equals(orgId)).findFirst().orElseThrow();
	}

	private static String markdown(Bulletin bulletin) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BulletinWriter(Checks.phrasing()).markdown(report, bulletin, out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
