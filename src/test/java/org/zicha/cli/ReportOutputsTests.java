package org.zicha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code check} writes, read as a user reads it: the console, report.md, report.html
 * and report.docx state the same counts; the frame of the report (主送机关, 成文日期) as the
 * options ask; the rows a lenient read skipped only in their attachment and report.md's
 * header; markup of a ledger's text shown as text.
 */
class ReportOutputsTests {

	private static final String SAMPLE = "sample-data/xlsx";

	@Test
	void everyOutputStatesTheSameCounts(@TempDir Path out) throws IOException {
		Cli run = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out", out.toString());
		assertThat(run.exitCode).as(run.toString()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.resolve("findings.json").toFile());
		int major = 0;
		int minor = 0;
		int notices = 0;
		for (JsonNode f : json.get("findings")) {
			switch (f.get("severity").asString()) {
				case "MAJOR" -> major++;
				case "MINOR" -> minor++;
				default -> notices++;
			}
		}
		int exempted = json.get("exempted").size();
		assertThat(List.of(major, minor, notices, exempted)).containsExactly(12, 44, 18, 2);
		String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
		long items = md.lines().filter((l) -> l.matches("\\| \\d+ \\| .*\\| (重要|一般) \\|")).count();
		String counts = "发现问题%d条（重要问题%d条、一般问题%d条），在问题清单中合为%d项；近期到期事项%d条；经批准的例外%d条。".formatted(major + minor, major,
				minor, items, notices, exempted);
		assertThat(run.out).contains(counts).doesNotContain("发现问题 59 条").doesNotContain("发现问题59条");
		assertThat(md).contains("> " + counts);
		Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
		assertThat(page.selectFirst("header p.counts").text()).isEqualTo(counts);
		assertThat(page.selectFirst("#findings-count").text())
			.startsWith("问题%d条（重要问题%d条、一般问题%d条）".formatted(major + minor, major, minor));
		assertThat(page.select("#findings-table tbody tr[data-category=MAJOR]")).hasSize(major);
		String itemsLine = "共%d项，涉及问题%d条（重要问题%d条、一般问题%d条）。".formatted(items, major + minor, major, minor);
		assertThat(page.selectFirst("#appendix p.items").text()).isEqualTo(itemsLine);
		assertThat(md).contains(itemsLine);
		try (XWPFDocument doc = docx(out)) {
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(itemsLine);
			assertThat(doc.getTables().get(0).getRows()).hasSize((int) items + 1);
			assertThat(doc.getTables().get(1).getRows()).hasSize(exempted + 1);
		}
		// one unit for a lapse everywhere: the body and the findings table alike
		assertThat(page.text()).contains("超期1年3个月仍未换届").doesNotContain("467天");
	}

	@Test
	void theReportIsAddressedAndDatedAsAsked(@TempDir Path out) throws IOException {
		Cli run = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out", out.toString(), "--addressee",
				"市委组织部", "--date", "2026年1月5日", "--format", "md,docx");
		assertThat(run.exitCode).as(run.toString()).isZero();
		String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
		assertThat(md).contains("\n市委组织部：\n")
			.contains("现将有关情况报告如下：")
			.contains("\n特此报告。\n")
			.contains("附件：1.问题清单<br>\n\u3000\u3000\u30002.经批准的例外\n")
			.contains("<p align=\"right\">中共市交通运输局党组<br>2026年1月5日</p>")
			.contains("## 附件1：问题清单")
			.contains("## 附件2：经批准的例外")
			.doesNotContain("未填写主送机关");
		try (XWPFDocument doc = docx(out); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs.get(3)).isEqualTo("市委组织部：");
			assertThat(paragraphs).containsSubsequence("特此报告。", "附件：1.问题清单", "2.经批准的例外", "中共市交通运输局党组", "2026年1月5日",
					"附件1", "问题清单", "附件2", "经批准的例外");
			assertThat(text.getText()).doesNotContain("2025年12月31日\n");
		}
		Cli plain = Cli.run("check", "--data", SAMPLE, "--as-of", "2025-12-31", "--out",
				out.resolve("plain").toString(), "--format", "md");
		String unaddressed = Files.readString(out.resolve("plain/report.md"), StandardCharsets.UTF_8);
		assertThat(plain.exitCode).isZero();
		// no 主送机关 in the sample's ledger: the header says how to add one; dated today
		assertThat(unaddressed).contains("> 未填写主送机关：请在台账“组织”表本级党组织的“主送机关”列填写").contains("<br>2026年11月23日</p>");
	}

	@Test
	void skippedRowsAreOnlyInTheirAttachmentAndTheHeader(@TempDir Path data, @TempDir Path out) throws IOException {
		Files.writeString(data.resolve("ledger.json"), """
				{"organizations": [{"id": "B1", "name": "一支部<script>alert(1)</script>", "kind": "党支部"}],
				 "activities": [{"id": "A1", "orgId": "B1", "types": ["主题党日"], "date": "2025-02-30"},
				                {"id": "A2", "orgId": "B1", "types": ["主题党日"], "date": "2025-01-15"}]}
				""");
		Cli run = Cli.run("check", "--data", data.toString(), "--as-of", "2025-03-31", "--out", out.toString(),
				"--lenient");
		assertThat(run.exitCode).as(run.toString()).isZero();
		assertThat(run.out).contains("台账中有1行记录有误，未纳入检查");
		String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
		String header = md.substring(0, md.indexOf("## "));
		String body = md.substring(md.indexOf("## 一、"), md.indexOf("特此报告。"));
		assertThat(header).contains("台账中有1行记录有误，未纳入检查，见附件“台账数据问题”");
		assertThat(body).doesNotContain("有误").doesNotContain("ledger.json");
		assertThat(md).contains("：台账数据问题\n").contains("ledger.json activities\\[0\\]（活动编号 A1）");
		// markup in a ledger's text is shown as text
		assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
		Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
		assertThat(page.select("table.data-problems tbody tr")).hasSize(1);
		assertThat(page.select("#basics, #problems, #measures").text()).doesNotContain("有误");
		try (XWPFDocument doc = docx(out); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("台账数据问题").contains("不是日历上存在的日期");
		}
	}

	private static XWPFDocument docx(Path out) throws IOException {
		try (InputStream in = Files.newInputStream(out.resolve("report.docx"))) {
			return new XWPFDocument(in);
		}
	}

}
