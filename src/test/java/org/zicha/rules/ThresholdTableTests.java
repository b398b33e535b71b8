package org.zicha.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.ledger.Ledger;
import org.zicha.ledger.PeriodKind;
import org.zicha.testing.LedgerBuilder;
import org.zicha.testing.RulesFolder;
import org.zicha.testing.ThresholdsTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * rules/thresholds.xlsx as a cadre edits it: a row for every organisation, rows for a
 * category of organisation (组织类别), and the mistakes loading refuses, each with its row.
 */
class ThresholdTableTests {

	@TempDir
	Path folder;

	Path table;

	@BeforeEach
	void copyRules() throws IOException {
		RulesFolder.copyInto(this.folder);
		this.table = this.folder.resolve("thresholds.xlsx");
	}

	@Test
	void rowForACategoryAppliesToItsOrganisationsAndTheRowForEveryOrganisationToTheOthers() throws IOException {
		ThresholdsTable.addRow(this.table, "SHYK.ASSEMBLY", "离退休", Map.of("统计周期", "半年", "次数", "1", "提醒窗口（天）", "30"));
		RuleBook book = RuleBook.load(RuleSource.folder(this.folder));
		assertThat(book.thresholds("SHYK.ASSEMBLY")).extracting((t) -> t.category() + " " + t.describe())
			.containsExactly("null [统计周期 季度, 次数 1, 提醒窗口 20天]", "离退休 [统计周期 半年, 次数 1, 提醒窗口 30天]");
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B7").category("离退休");
		l.branch("B8").category("企业");
		Ledger ledger = l.build();
		assertThat(book.threshold("SHYK.ASSEMBLY", ledger.organizationsById().get("B7")))
			.hasValueSatisfying((t) -> assertThat(t.period()).isEqualTo(PeriodKind.HALF_YEAR));
		assertThat(book.threshold("SHYK.ASSEMBLY", ledger.organizationsById().get("B1")))
			.hasValueSatisfying((t) -> assertThat(t.period()).isEqualTo(PeriodKind.QUARTER));
		assertThat(book.threshold("SHYK.ASSEMBLY", ledger.organizationsById().get("B8")))
			.hasValueSatisfying((t) -> assertThat(t.period()).isEqualTo(PeriodKind.QUARTER));
		assertThat(book.threshold("SHYK.LECTURE", ledger.organizationsById().get("B7")))
			.hasValueSatisfying((t) -> assertThat(t.category()).isNull());
	}

	@Test
	void twoRowsForOneDutyAndCategoryAreRefusedNamingBoth() throws IOException {
		ThresholdsTable.addRow(this.table, "SHYK.ASSEMBLY", "离退休", Map.of("统计周期", "半年", "次数", "1", "提醒窗口（天）", "30"));
		ThresholdsTable.addRow(this.table, "SHYK.ASSEMBLY", "离退休", Map.of("统计周期", "年", "次数", "1", "提醒窗口（天）", "60"));
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx 第12行：义务 SHYK.ASSEMBLY（组织类别“离退休”）已有一行阈值（第11行），不能重复"));
	}

	@Test
	void rowForACategoryNeedsEveryThresholdTheDutyNeeds() throws IOException {
		ThresholdsTable.addRow(this.table, "SHYK.ASSEMBLY", "离退休", Map.of("统计周期", "半年", "提醒窗口（天）", "30"));
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx 第11行：义务 SHYK.ASSEMBLY（组织类别“离退休”）需要填写“次数”"));
	}

	@Test
	void dutyWithRowsOnlyForCategoriesIsRefused() throws IOException {
		ThresholdsTable.set(this.table, "SHYK.ASSEMBLY", "组织类别", "机关");
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx：义务 SHYK.ASSEMBLY 需要一行不填组织类别的阈值（适用于全部组织），并填写“统计周期”、“次数”、“提醒窗口（天）”"));
	}

	@Test
	void valueInAColumnTheDutyDoesNotUseIsRefused() throws IOException {
		ThresholdsTable.set(this.table, "TALKS.ANNUAL", "次数", "2");
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx 第18行：义务 TALKS.ANNUAL 不使用“次数”，请留空"));
	}

	@Test
	void unreadableValueIsRefusedWithItsRow() throws IOException {
		ThresholdsTable.set(this.table, "SHYK.LECTURE", "统计周期", "两月");
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx 第13行：“统计周期”填写的“两月”有误：应为 月、季度、半年 或 年"));
	}

	@Test
	void shareMayBeWrittenAsAFractionAndTheMaximumAndOutstationColumnsAreRead() throws IOException {
		ThresholdsTable.set(this.table, "LEADERSHIP_LIFE.QUORUM", "比例", "3/4");
		RuleBook book = RuleBook.load(RuleSource.folder(this.folder));
		assertThat(book.thresholds("LEADERSHIP_LIFE.QUORUM")).singleElement()
			.satisfies((t) -> assertThat(t.share()).isEqualTo(0.75));
		assertThat(book.thresholds("ORG.COMMITTEE_SIZE")).extracting(Threshold::describe)
			.containsExactly(List.of("次数 3", "上限 7"));
		assertThat(book.thresholds("ORG.GROUPS_REQUIRED")).extracting(Threshold::describe)
			.containsExactly(List.of("次数 30", "外驻人数 5"));
	}

	@Test
	void maximumForADutyThatHasNoneIsRefused() throws IOException {
		ThresholdsTable.set(this.table, "SHYK.ASSEMBLY", "上限", "3");
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> RuleBook.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("thresholds.xlsx 第10行：义务 SHYK.ASSEMBLY 不使用“上限”，请留空"));
	}

}
