package org.zicha.ledger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.testing.LedgerFiles.organisation;
import static org.zicha.testing.LedgerFiles.problems;
import static org.zicha.testing.LedgerFiles.readFully;

/**
 * {@link SheetRows}: headers of two rows, as hand-made ledgers have them — a group header
 * merged over the columns below it (a merged cell holds its text in its first cell only,
 * the others are blank, as written here) — are read as one header, and a row of data
 * below the header is never taken for a header.
 */
class SheetRowsTests {

	@TempDir
	Path dir;

	@Test
	void aGroupHeaderOverThreeColumnsIsReadWithTheColumnsBelowIt() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "参会情况", null, null, "记录人")
			.row(null, null, null, null, "应到人数", "实到人数", "参会人员", null)
			.row("A1", "B1", "党员大会", "2025-03-20", 3, 2, "m1、m2", "m3")
			.row("A2", "B1", "党员大会", "2025-04-20", 3, 3, "m1、m2、m3", "m3")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().activities())
			.extracting(Activity::id, Activity::expected, Activity::present, Activity::attendees, Activity::recorder)
			.containsExactly(tuple("A1", 3, 2, List.of("m1", "m2"), "m3"),
					tuple("A2", 3, 3, List.of("m1", "m2", "m3"), "m3"));
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void headersMergedDownOverBothRowsAreReadWithTheLowerRowsHeaders() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "参会情况", null, null, "日期")
			.row(null, "应到人数", "实到人数", "参会人员", null, "组织编号", "活动类型")
			.row("A1", 3, 2, "m1、m2", "2025-03-20", "B1", "党员大会")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().activities())
			.extracting(Activity::id, Activity::date, Activity::expected, Activity::present)
			.containsExactly(tuple("A1", LocalDate.of(2025, 3, 20), 3, 2));
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void aRowOfGroupHeadersAboveTheHeaderNamesNoColumn() {
		Path file = organisation().sheet("活动")
			.row("基本情况", null, null, null, "参会情况")
			.row("活动编号", "组织编号", "活动类型", "日期", "应到人数", "实到人数")
			.row("A1", "B1", "党员大会", "2025-03-20", 3, 4)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column)
			.containsExactly(tuple(3, "实到人数"));
	}

	@Test
	void anUnknownColumnUnderAGroupHeaderIsNamedInTheWarning() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "参会情况")
			.row(null, null, null, null, "应到人数", "缺席人员")
			.row("A1", "B1", "党员大会", "2025-03-20", 3, "张伟")
			.write(this.dir.resolve("台账.xlsx"));
		LedgerRead read = readFully(file);
		assertThat(read.ledger().activities()).extracting(Activity::expected).containsExactly(3);
		assertThat(read.warnings()).containsExactly("台账.xlsx 工作表“活动”中的列“缺席人员”未识别，已忽略");
	}

	@Test
	void aRowOfDataBelowTheHeaderIsReadAsData() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "备注")
			.row("A1", "B1", "党员大会", "2025-03-20", "应到人数")
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(readFully(file).ledger().activities()).extracting(Activity::id, Activity::note)
			.containsExactly(tuple("A1", "应到人数"));
	}

	@Test
	void aRowUnderTheHeaderWithAValueUnderAKnownColumnIsReadAsData() {
		Path file = organisation().sheet("活动")
			.row("活动编号", "组织编号", "活动类型", "日期", "应到人数")
			.row(null, null, null, null, 3)
			.write(this.dir.resolve("台账.xlsx"));
		assertThat(problems(file)).extracting(LedgerProblem::row, LedgerProblem::column, LedgerProblem::message)
			.containsExactly(tuple(2, "活动编号", "必填项为空"), tuple(2, "组织编号", "必填项为空"), tuple(2, "活动类型", "必填项为空"),
					tuple(2, "日期", "必填项为空"));
	}

}
