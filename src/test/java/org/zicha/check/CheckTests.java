package org.zicha.check;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;

class CheckTests {

	@Test
	void twoRunsAMonthApartGiveNewPersistingAndResolvedFindings() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		CheckResult february = check(l.build(), "2025-02-28");
		assertThat(february.findings()).extracting(Finding::key)
			.containsExactly("THEME_DAY|B1||2025-01-01|2025-01-31", "THEME_DAY|B1||2025-02-01|2025-02-28");
		l.activity("B1", "2025-02-20", THEME_DAY);
		l.activity("B1", "2025-03-05", MEMBER_ASSEMBLY);
		CheckResult march = check(l.build(), new CheckOptions(LocalDate.parse("2025-03-31"),
				LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"), true, february.findings()));
		assertThat(march.findings()).filteredOn((f) -> f.duty().equals("THEME_DAY"))
			.extracting((f) -> f.key() + " " + f.change())
			.containsExactly("THEME_DAY|B1||2025-01-01|2025-01-31 PERSISTING",
					"THEME_DAY|B1||2025-03-01|2025-03-31 NEW");
		assertThat(march.resolved()).extracting(Finding::key).containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28");
	}

	@Test
	void baselineFindingsOutsideTheNewWindowAreNotReportedResolved() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.monthly("B1", 2026, THEME_DAY);
		CheckResult december = check(l.build(), "2025-12-31", "2025-12-01", "2025-12-31");
		assertThat(december.findings()).extracting(Finding::key).contains("THEME_DAY|B1||2025-12-01|2025-12-31");
		CheckResult january = check(l.build(), new CheckOptions(LocalDate.parse("2026-01-31"),
				LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), true, december.findings()));
		assertThat(january.resolved()).isEmpty();
	}

	@Test
	void exemptionsApplyByDutyPrefixOrganisationMemberAndPeriodAndCanBeIgnored() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2");
		l.exemption("SHYK.*", "B1", null, "2025-01-01", "2025-06-30");
		l.exemption("THEME_DAY", null, null, "2025-02-01", "2025-02-28");
		l.exemption("THEME_DAY", "B2", null, "2025-03-15", "2025-04-30");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactlyInAnyOrder("SHYK.ASSEMBLY|B1||2025-01-01|2025-03-31",
					"SHYK.LECTURE|B1||2025-01-01|2025-03-31", "THEME_DAY|B1||2025-02-01|2025-02-28",
					"THEME_DAY|B2||2025-02-01|2025-02-28");
		assertThat(result.findings()).extracting(Finding::key)
			.contains("SHYK.ASSEMBLY|B2||2025-01-01|2025-03-31", "THEME_DAY|B2||2025-03-01|2025-03-31")
			.doesNotContain("SHYK.ASSEMBLY|B1||2025-01-01|2025-03-31");
		assertThat(result.exempted().get(0).reason()).isEqualTo("经批准的例外");
		CheckResult audit = check(l.build(), new CheckOptions(LocalDate.parse("2025-03-31"),
				LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"), false, null));
		assertThat(audit.exempted()).isEmpty();
		assertThat(audit.findings()).extracting(Finding::key).contains("SHYK.ASSEMBLY|B1||2025-01-01|2025-03-31");
	}

	@Test
	void findingsAreSortedBySeverityAreaOrganisationPeriodAndSubject() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B2").term("2020-01-01", 3);
		l.branch("B1");
		l.activity("B1", "2025-12-05", THEME_DAY);
		l.activity("B2", "2025-12-05", THEME_DAY);
		List<Finding> findings = check(l.build(), "2025-12-31", "2025-10-01", "2025-12-31").findings();
		assertThat(findings).extracting((f) -> f.severity() + " " + f.duty() + " " + f.orgId() + " " + f.period())
			.containsExactly("MAJOR ELECTION.OVERDUE B2 2023-01-01..2023-01-01",
					"MINOR THEME_DAY B1 2025-10-01..2025-10-31", "MINOR SHYK.ASSEMBLY B1 2025-10-01..2025-12-31",
					"MINOR SHYK.LECTURE B1 2025-10-01..2025-12-31", "MINOR THEME_DAY B1 2025-11-01..2025-11-30",
					"MINOR THEME_DAY B2 2025-10-01..2025-10-31", "MINOR SHYK.ASSEMBLY B2 2025-10-01..2025-12-31",
					"MINOR SHYK.LECTURE B2 2025-10-01..2025-12-31", "MINOR THEME_DAY B2 2025-11-01..2025-11-30",
					"MINOR STAFF_FORUM.QUARTERLY B1 2025-10-01..2025-12-31",
					"MINOR STAFF_FORUM.QUARTERLY B2 2025-10-01..2025-12-31",
					"NOTICE MEMBER_REVIEW B1 2025-01-01..2025-12-31", "NOTICE ORG_LIFE B1 2025-01-01..2025-12-31",
					"NOTICE MEMBER_REVIEW B2 2025-01-01..2025-12-31", "NOTICE ORG_LIFE B2 2025-01-01..2025-12-31");
	}

	@Test
	void recordsDatedAfterTheAsOfDayAreLeftOut() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-01-10", THEME_DAY);
		l.activity("B1", "2025-02-25", THEME_DAY);
		assertThat(check(l.build(), "2025-02-20").findings()).extracting((f) -> f.key() + " " + f.severity())
			.containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28 NOTICE");
		assertThat(check(l.build(), "2025-02-28").findings()).isEmpty();
	}

}
