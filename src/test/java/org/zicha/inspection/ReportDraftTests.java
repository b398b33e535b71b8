package org.zicha.inspection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.zicha.report.RectificationColumns;
import org.zicha.report.RectificationLedger;
import org.zicha.report.RectificationReader;
import org.zicha.report.Report;
import org.zicha.report.ReportPage;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The draft a run keeps: read back from its snapshot it writes what the run wrote; cut to
 * a subtree it holds that subtree only, its text the organisation's bulletin; tracked,
 * its rectification ledger shows the state given; carried over, it follows check
 * --rectification.
 */
class ReportDraftTests {

	private static final LocalDate NOVEMBER = LocalDate.parse("2025-11-30");

	private static final LocalDate DECEMBER = LocalDate.parse("2025-12-31");

	@Test
	void aDraftReadBackFromItsSnapshotWritesWhatTheRunWrote() throws IOException {
		InspectionResult november = Inspections.inspect(Inspections.SAMPLE, InspectionOptions.defaults(NOVEMBER));
		RectificationLedger filled = filledIn(november, "整改中");
		InspectionResult december = Inspections.inspect(Inspections.SAMPLE,
				InspectionOptions.defaults(DECEMBER).comparedWith(november.document().findings(), filled));
		ReportDraft draft = december.draft();
		ReportDraft read = ReportDraft.read(draft.snapshot(), Checks.ruleSet());
		assertThat(read.report().closedRows()).singleElement().satisfies((r) -> {
			assertThat(r.change()).isEqualTo(Report.Change.RESOLVED);
			assertThat(r.tracking().get(RectificationColumns.DONE_ON)).isEqualTo(LocalDate.parse("2025-12-10"));
		});
		assertThat(text(read, OutputFormat.MD)).isEqualTo(text(december, OutputFormat.MD));
		assertThat(text(read, OutputFormat.HTML)).isEqualTo(text(december, OutputFormat.HTML));
		assertThat(cells(bytes(read, OutputFormat.XLSX))).isEqualTo(cells(bytes(december, OutputFormat.XLSX)));
		assertThat(paragraphs(bytes(read, OutputFormat.DOCX)))
			.isEqualTo(paragraphs(bytes(december, OutputFormat.DOCX)));
		assertThat(read.report().rows()).extracting(Report.Row::keys)
			.isEqualTo(december.report().rows().stream().map(Report.Row::keys).toList());
	}

	@Test
	void anUnreadableSnapshotIsRefusedWithAMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportDraft.read(new byte[] { 1, 2, 3 }, Checks.ruleSet()))
			.withMessageContaining("报告底稿无法读取");
	}

	@Test
	void aDraftCutToABranchHoldsItsSubtreeOnlyAndItsTextIsTheBranchsBulletin() throws IOException {
		InspectionResult result = Inspections.inspect(Inspections.SAMPLE, DECEMBER.toString());
		ReportDraft b4 = result.draft().within("B4");
		Set<String> subtree = Set.of("B4", "B4G1", "B4G2", "B4G3");
		assertThat(b4.orgId()).isEqualTo("B4");
		assertThat(b4.report().rows()).isNotEmpty().allMatch((r) -> subtree.contains(r.orgId()));
		assertThat(b4.report().rows()).extracting(Report.Row::number)
			.isEqualTo(result.report()
				.rows()
				.stream()
				.filter((r) -> subtree.contains(r.orgId()))
				.map(Report.Row::number)
				.toList());
		assertThat(b4.report().notices()).allMatch((f) -> subtree.contains(f.orgId()));
		assertThat(b4.report().heatMap().duties()).isNotEmpty()
			.allSatisfy((d) -> assertThat(d.rows()).allMatch((r) -> subtree.contains(r.orgId())));
		assertThat(b4.report().problems()).isEmpty();
		String markdown = text(b4, OutputFormat.MD);
		assertThat(markdown).startsWith("# 公路建设养护党支部党建工作提示单").doesNotContain("机关第一党支部").doesNotContain("港航事业发展中心");
		for (Report.Row row : b4.report().rows()) {
			assertThat(markdown).contains(row.number() + ". " + row.sentence());
		}
		ReportPage page = b4.page();
		assertThat(page.title()).isEqualTo("公路建设养护党支部党建工作提示单");
		assertThat(page.bulletin().problems()).hasSize(b4.report().rows().size());
		assertThat(page.findings()).isNotEmpty().allMatch((f) -> subtree.contains(f.orgId()));
		assertThat(page.appendix()).isEmpty();
		String html = text(b4, OutputFormat.HTML);
		assertThat(html).contains("一、本期存在的问题").contains("三、整改事项").doesNotContain("机关第一党支部").doesNotContain("二、存在的问题");
		assertThat(cells(bytes(b4, OutputFormat.XLSX))).hasSize(b4.report().rows().size() + 1);
		assertThat(paragraphs(bytes(b4, OutputFormat.DOCX))).contains("公路建设养护党支部党建工作提示单");
		assertThat(result.draft().within("NOWHERE").report().rows()).isEmpty();
	}

	@Test
	void aTrackedDraftWritesTheStateGivenIntoItsRectificationLedger() throws IOException {
		InspectionResult result = Inspections.inspect(Inspections.SAMPLE, DECEMBER.toString());
		Report.Row first = result.report().rows().get(0);
		LocalDate deadline = LocalDate.parse("2026-02-28");
		ReportDraft tracked = result.draft()
			.tracked((n) -> (n == first.number()) ? new ReportDraft.RowState(
					new Report.Tracking(Map.of(RectificationColumns.STATUS, "整改中", RectificationColumns.RESPONSIBLE,
							"王五", RectificationColumns.DEADLINE, deadline, RectificationColumns.PROGRESS, "已召开支委会")),
					Report.Change.RELAPSED) : null);
		List<List<String>> cells = cells(bytes(tracked, OutputFormat.XLSX));
		List<String> header = cells.get(0);
		List<String> row = cells.get(1);
		assertThat(row.get(header.indexOf(RectificationColumns.STATUS))).isEqualTo("整改中");
		assertThat(row.get(header.indexOf(RectificationColumns.RESPONSIBLE))).isEqualTo("王五");
		assertThat(row.get(header.indexOf(RectificationColumns.PROGRESS))).isEqualTo("已召开支委会");
		assertThat(row.get(header.indexOf(RectificationColumns.DEADLINE))).isEqualTo("2026-02-28");
		assertThat(row.get(header.indexOf(RectificationColumns.CHANGE))).isEqualTo("整改不到位");
		assertThat(cells.get(2).get(header.indexOf(RectificationColumns.STATUS))).isEqualTo("未整改");
		assertThat(tracked.report().rows().get(0).deadline()).isEqualTo(deadline);
	}

	@Test
	void rowsCarriedOverFromAnEarlierLedgerFollowTheRulesOfTheCommandLine() throws IOException {
		InspectionResult november = Inspections.inspect(Inspections.SAMPLE, InspectionOptions.defaults(NOVEMBER));
		RectificationLedger filled = filledIn(november, "已完成");
		InspectionResult december = Inspections.inspect(Inspections.SAMPLE,
				InspectionOptions.defaults(DECEMBER).comparedWith(november.document().findings(), filled));
		InspectionResult plain = Inspections.inspect(Inspections.SAMPLE, InspectionOptions.defaults(DECEMBER));
		List<Report.Row> carried = plain.draft().carriedOver(filled);
		assertThat(carried).extracting(Report.Row::change)
			.isEqualTo(december.report().rows().stream().map(Report.Row::change).toList())
			.contains(Report.Change.RELAPSED, Report.Change.NEW);
		assertThat(carried).extracting(Report.Row::tracking)
			.isEqualTo(december.report().rows().stream().map(Report.Row::tracking).toList());
		assertThat(carried).extracting(Report.Row::deadline)
			.isEqualTo(december.report().rows().stream().map(Report.Row::deadline).toList());
		assertThat(carried).filteredOn((r) -> r.change() == Report.Change.RELAPSED)
			.allSatisfy((r) -> assertThat(r.tracking().get(RectificationColumns.STATUS)).isEqualTo("整改中"));
	}

	/**
	 * The November ledger as the branches filled it in: every row marked with a status, a
	 * progress note and a completion day.
	 */
	private static RectificationLedger filledIn(InspectionResult november, String status) throws IOException {
		RectificationLedger written = RectificationReader
			.read(new ByteArrayInputStream(bytes(november, OutputFormat.XLSX)), "rectification.xlsx");
		List<RectificationLedger.Entry> entries = new ArrayList<>();
		for (RectificationLedger.Entry e : written.entries()) {
			Map<String, Object> cells = new java.util.HashMap<>(e.cells());
			cells.put(RectificationColumns.STATUS, status);
			cells.put(RectificationColumns.PROGRESS, "第" + e.row() + "行已整改");
			cells.put(RectificationColumns.DONE_ON, LocalDate.parse("2025-11-30"));
			entries.add(new RectificationLedger.Entry(e.row(), e.keys(), cells));
		}
		// A row of an earlier month the run no longer finds: it follows the rows,
		// resolved.
		entries
			.add(new RectificationLedger.Entry(entries.size() + 2, List.of("SHYK.COMMITTEE|B1||2025-02-01|2025-02-28"),
					Map.of(RectificationColumns.DESCRIPTION, "机关第一党支部2月未召开支委会。", RectificationColumns.ORGANISATION,
							"机关第一党支部", RectificationColumns.STATUS, "已完成", RectificationColumns.DONE_ON,
							LocalDate.parse("2025-12-10"), RectificationColumns.KEYS,
							"SHYK.COMMITTEE|B1||2025-02-01|2025-02-28")));
		return new RectificationLedger(written.source(), entries);
	}

	private static byte[] bytes(InspectionResult result, OutputFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		result.write(format, out);
		return out.toByteArray();
	}

	private static byte[] bytes(ReportDraft draft, OutputFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		draft.write(format, out);
		return out.toByteArray();
	}

	private static String text(InspectionResult result, OutputFormat format) throws IOException {
		return new String(bytes(result, format), StandardCharsets.UTF_8);
	}

	private static String text(ReportDraft draft, OutputFormat format) throws IOException {
		return new String(bytes(draft, format), StandardCharsets.UTF_8);
	}

	private static List<List<String>> cells(byte[] xlsx) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("整改台账");
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < RectificationColumns.ALL.size(); c++) {
					cells.add((row.getCell(c) != null) ? iso(formatter.formatCellValue(row.getCell(c)), row, c) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/**
	 * A date cell as ISO text, whatever its display format.
	 */
	private static String iso(String shown, Row row, int c) {
		if (row.getRowNum() > 0 && RectificationColumns.DATES.contains(RectificationColumns.ALL.get(c))
				&& row.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
			return row.getCell(c).getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return shown;
	}

	private static List<String> paragraphs(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
		}
	}

}
