package org.zicha.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.ledger.LedgerProblem;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The feedback workbook read back: items with their duties, organisations and deadlines;
 * every problem at once, each with file, sheet, row, column and value.
 */
class FeedbackReaderTests {

	private static final List<String> DUTIES = List.of("SHYK.ASSEMBLY", "SHYK.COMMITTEE", "SHYK.LECTURE", "THEME_DAY",
			"DUES.MONTHLY");

	private static final List<Organisation> ORGANISATIONS = List.of(new Organisation("G", "机关党总支", "党总支", true),
			new Organisation("B1", "第一党支部", "党支部", false), new Organisation("B2", "第二党支部", "党支部", false));

	private static final Object[] HEADER = { "序号", "问题", "涉及组织", "对应义务", "整改措施", "责任人", "时限", "状态" };

	@TempDir
	Path dir;

	@Test
	void itemsAreReadWithTheirDutiesOrganisationsAndDeadlines() throws IOException {
		Path file = Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row(HEADER)
			.row(1, "“三会一课”落实不到位", "第一党支部、B2", "SHYK.*", "按期召开", "王建国", LocalDate.of(2024, 6, 30), "已完成")
			.row("2", "主题党日不经常", "B2", "theme_day", null, null, "2024年3月31日", null)
			.row(null, "台账不规范", null, null, null, null, null, "整改中")
			.write(this.dir.resolve("反馈.xlsx"));
		FeedbackRead read = read(file);
		assertThat(read.problems()).isEmpty();
		assertThat(read.items())
			.extracting(FeedbackItem::number, FeedbackItem::orgIds, FeedbackItem::duties, FeedbackItem::deadline,
					FeedbackItem::status)
			.containsExactly(
					tuple("1", List.of("B1", "B2"), List.of("SHYK.ASSEMBLY", "SHYK.COMMITTEE", "SHYK.LECTURE"),
							LocalDate.of(2024, 6, 30), "已完成"),
					tuple("2", List.of("B2"), List.of("THEME_DAY"), LocalDate.of(2024, 3, 31), "未整改"),
					tuple("3", List.of(), List.of(), null, "整改中"));
		assertThat(read.items().get(0).origin().label()).isEqualTo("反馈.xlsx 工作表“巡视反馈问题”第2行");
		assertThat(read.items().get(0).organisations()).isEqualTo("第一党支部、B2");
	}

	@Test
	void everyProblemIsReportedAtOnceWithItsPlace() throws IOException {
		Path file = Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row(HEADER)
			.row(1, "问题一", "第九党支部", "SHYK.ASSEMBLY、NO.SUCH", null, null, "2024-02-30", "完成了")
			.row(2, null, null, "THEME_DAY", null, null, null, null)
			.write(this.dir.resolve("反馈.xlsx"));
		FeedbackRead read = read(file);
		assertThat(read.items()).isEmpty();
		assertThat(read.problems())
			.extracting(LedgerProblem::sheet, LedgerProblem::row, LedgerProblem::column, LedgerProblem::value)
			.containsExactlyInAnyOrder(tuple("巡视反馈问题", 2, "对应义务", "NO.SUCH"), tuple("巡视反馈问题", 2, "时限", "2024-02-30"),
					tuple("巡视反馈问题", 2, "涉及组织", "第九党支部"), tuple("巡视反馈问题", 2, "状态", "完成了"),
					tuple("巡视反馈问题", 3, "问题", null), tuple("巡视反馈问题", 3, "时限", null));
		assertThat(read.problems()).allSatisfy((p) -> assertThat(p.file()).isEqualTo("反馈.xlsx"));
		assertThat(read.problems().stream().map(LedgerProblem::toString))
			.contains("反馈.xlsx 工作表“巡视反馈问题”第2行“时限”列，值“2024-02-30”：不是日历上存在的日期")
			.anySatisfy((p) -> assertThat(p).contains("第2行“状态”列，值“完成了”：不是可用的状态，可填写：未整改、整改中、已完成、已销号"));
	}

	@Test
	void aUnitsOwnHeadersAndSheetAreAccepted() throws IOException {
		Path file = Workbooks.workbook()
			.sheet("2022年巡察反馈")
			.row("2022年巡察反馈问题整改情况")
			.row("编号", "反馈问题", "责任单位", "义务代码", "整改时限", "整改状态*")
			.row(1, "党员大会不经常", "第一党支部", "SHYK.ASSEMBLY", "2023/6/30", "已销号")
			.write(this.dir.resolve("反馈.xlsx"));
		FeedbackRead read = read(file);
		assertThat(read.problems()).isEmpty();
		assertThat(read.items()).singleElement()
			.satisfies((item) -> assertThat(item.deadline()).isEqualTo(LocalDate.of(2023, 6, 30)))
			.satisfies((item) -> assertThat(item.origin().row()).isEqualTo(3));
	}

	@Test
	void aWorkbookWithoutTheProblemColumnIsRefused() throws IOException {
		Path file = Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row("序号", "整改措施")
			.row(1, "按期召开")
			.write(this.dir.resolve("反馈.xlsx"));
		assertThat(read(file).problems()).singleElement()
			.satisfies((p) -> assertThat(p.toString()).isEqualTo("反馈.xlsx 工作表“巡视反馈问题”第1行“问题”列：缺少必填列"));
	}

	@Test
	void aFileThatIsNoWorkbookIsRefused() {
		FeedbackRead read = new FeedbackReader(DUTIES, ORGANISATIONS).read("反馈.xlsx",
				new ByteArrayInputStream("序号,问题".getBytes(StandardCharsets.UTF_8)));
		assertThat(read.problems()).singleElement()
			.satisfies((p) -> assertThat(p.toString()).startsWith("反馈.xlsx：无法读取"));
	}

	private FeedbackRead read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new FeedbackReader(DUTIES, ORGANISATIONS).read(file.getFileName().toString(), in);
		}
	}

}
