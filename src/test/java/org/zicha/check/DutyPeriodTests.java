package org.zicha.check;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.finding.Subject;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;

/**
 * The duty-periods a check keeps once its sessions are gone: one per outcome (met or not
 * for a counted duty of an organisation, a gap for a member's duty), with its counts, the records that count toward it and whether its finding is exempted.
 */
class DutyPeriodTests {

	private static CheckResult firstQuarter() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("B1-m1", "B1");
		l.member("B1-m2", "B1");
		String january = l.activity("B1", "2025-01-10", THEME_DAY).attendees("B1-m1", "B1-m2").id();
		String second = l.activity("B1", "2025-01-20", THEME_DAY).attendees("B1-m1").id();
		String march = l.activity("B1", "2025-03-10", THEME_DAY, MEMBER_ASSEMBLY).attendees("B1-m1").id();
		l.exemption("THEME_DAY", "B1", null, "2025-02-01", "2025-02-28");
		CheckResult result = check(l.build(), "2025-03-31");
		assertThat(List.of(january, second, march)).doesNotHaveDuplicates();
		return result;
	}

	@Test
	void aCountDutyKeepsItsCountsAndTheRecordsThatCountTowardIt() {
		CheckResult result = firstQuarter();
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("THEME_DAY"))
			.extracting((d) -> d.period().label() + " " + d.met() + " " + d.required() + "/" + d.actual() + " "
					+ d.recordIds() + " " + d.exempted())
			.containsExactlyInAnyOrder("2025年1月 true 1/2 [B1-a1, B1-a2] false", "2025年2月 false 1/0 [] true",
					"2025年3月 true 1/1 [B1-a3] false");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("THEME_DAY"))
			.allSatisfy((d) -> assertThat(d.organisational()).isTrue())
			.allSatisfy((d) -> assertThat(d.counted()).isTrue());
	}

	@Test
	void theExemptedDutyPeriodIsTheOneWhoseFindingWasSetApart() {
		CheckResult result = firstQuarter();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28");
		assertThat(result.dutyPeriods()).filteredOn(DutyPeriod::exempted)
			.extracting(DutyPeriod::key)
			.containsExactly("THEME_DAY|B1||2025-02-01|2025-02-28");
	}

	@Test
	void aMembersGapKeepsItsSubjectAndTheEventsTheMemberAttended() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("B1-m1", "B1");
		l.member("B1-m2", "B1");
		l.activity("B1", "2025-01-10", THEME_DAY).attendees("B1-m1");
		l.activity("B1", "2025-04-10", THEME_DAY).attendees("B1-m1", "B1-m2");
		CheckResult result = check(l.build(), "2025-06-30");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("MEMBER.INACTIVE"))
			.extracting((d) -> d.subject().id() + " " + d.period().label() + " " + d.met() + " " + d.recordIds())
			.containsExactly("B1-m2 2025年第一季度 false []");
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.duty().equals("MEMBER.INACTIVE"))
			.allSatisfy((d) -> assertThat(d.subject().kind()).isEqualTo(Subject.Kind.MEMBER))
			.allSatisfy((d) -> assertThat(d.organisational()).isFalse());
	}

	@Test
	void anEventDutyKeepsTheEventAsItsSubject() {
		CheckResult result = firstQuarter();
		assertThat(result.dutyPeriods()).filteredOn((d) -> d.scope() == Outcome.Scope.EVENT)
			.isNotEmpty()
			.allSatisfy((d) -> assertThat(d.period()).isNotNull())
			.extracting((d) -> d.subject().kind() + " " + d.subject().id())
			.contains("ACTIVITY B1-a3");
	}

}
