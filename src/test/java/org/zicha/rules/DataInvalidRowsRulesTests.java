package org.zicha.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.finding.Subject;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/data/invalid-rows.drl: every row that --lenient skipped is a finding.
 */
class DataInvalidRowsRulesTests {

	private static final String DUTY = "DATA.INVALID_ROW";

	private static final InvalidRow BAD_DATE = new InvalidRow("ledger.xlsx:活动:12", "ledger.xlsx 工作表“活动”第12行",
			List.of("“日期”列的值“2025-02-30”不是有效日期"));

	private static final InvalidRow UNKNOWN_BRANCH = new InvalidRow("ledger.json:members:3", "ledger.json members[3]",
			List.of("orgId 引用的组织“B9”不存在", "status 的值“X”无法识别"));

	private static Ledger ledger() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		return l.build();
	}

	@Test
	void everySkippedRowIsAFindingWithoutOrganisationOrPeriod() {
		CheckResult result = check(ledger(), List.of(UNKNOWN_BRANCH, BAD_DATE), "2025-06-30");
		assertThat(keys(result, DUTY)).containsExactly("DATA.INVALID_ROW||ledger.json:members:3|| MINOR",
				"DATA.INVALID_ROW||ledger.xlsx:活动:12|| MINOR");
		Finding finding = findings(result, DUTY).get(1);
		assertThat(finding.orgId()).isNull();
		assertThat(finding.period()).isNull();
		assertThat(finding.subject())
			.isEqualTo(new Subject(Subject.Kind.ROW, "ledger.xlsx:活动:12", "ledger.xlsx 工作表“活动”第12行"));
	}

	@Test
	void findingNamesWhereTheRowIsAndWhatIsWrongWithIt() {
		CheckResult result = check(ledger(), List.of(UNKNOWN_BRANCH), "2025-06-30");
		Finding finding = findings(result, DUTY).get(0);
		assertThat(finding.evidence()).containsEntry("location", "ledger.json members[3]")
			.containsEntry("problems", List.of("orgId 引用的组织“B9”不存在", "status 的值“X”无法识别"));
		assertThat(finding.message()).contains("ledger.json members[3]").contains("orgId 引用的组织“B9”不存在");
	}

	@Test
	void noSkippedRowsGiveNoFinding() {
		assertThat(keys(check(ledger(), List.of(), "2025-06-30"), DUTY)).isEmpty();
	}

	@Test
	void skippedRowsAreReportedWhateverTheWindow() {
		LedgerRead read = new LedgerRead(ledger(), List.of(BAD_DATE), List.of(), List.of(), "test");
		CheckOptions options = new CheckOptions(LocalDate.parse("2025-06-30"), LocalDate.parse("2025-01-01"),
				LocalDate.parse("2025-01-31"), true, null);
		assertThat(keys(check(read, options), DUTY)).containsExactly("DATA.INVALID_ROW||ledger.xlsx:活动:12|| MINOR");
	}

}
