package org.zicha.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.ledger.AgendaKind;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.BRANCH_COMMITTEE;
import static org.zicha.ledger.ActivityType.CENTRAL_GROUP_STUDY;
import static org.zicha.ledger.ActivityType.COMMITTEE_MEETING;
import static org.zicha.ledger.ActivityType.ELECTION;
import static org.zicha.ledger.ActivityType.GROUP_MEETING;
import static org.zicha.ledger.ActivityType.LEADERSHIP_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.MEMBER_REVIEW;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;
import static org.zicha.ledger.ActivityType.PARTY_LECTURE;
import static org.zicha.ledger.ActivityType.STAFF_FORUM;
import static org.zicha.ledger.ActivityType.THEME_DAY;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/records/minutes.drl: every meeting keeps a record with its topic, attendance and
 * recorder.
 */
class RecordsMinutesRulesTests {

	private static final String DUTY = "RECORD.INCOMPLETE";

	@Test
	void completeRecordGivesNoFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 3);
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).attendees("B1-m1", "B1-m2").recorder("B1-m1");
		l.activity("B1", "2025-04-15", MEMBER_ASSEMBLY).expected(3).present(2).recorder("B1-m1");
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void recordWithNothingIsAFindingNamingEveryMissingPart() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-15", MEMBER_ASSEMBLY).topic(null);
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("RECORD.INCOMPLETE|B1|B1-a1|2025-03-15|2025-03-15 MINOR");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("missing", List.of("主题", "到会情况", "记录人"))
			.containsEntry("activityIds", List.of("B1-a1"));
	}

	@Test
	void blankTopicIsMissingButAnAgendaStandsInForTheTopic() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.member("R-m1", "B1");
		l.branch("B1").parent("R");
		l.activity("R", "2025-03-10", COMMITTEE_MEETING).topic(" ").expected(7).present(6).recorder("R-m1");
		l.activity("R", "2025-03-20", COMMITTEE_MEETING)
			.topic(null)
			.item(AgendaKind.STUDY)
			.expected(7)
			.present(6)
			.recorder("R-m1");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("RECORD.INCOMPLETE|R|R-a1|2025-03-10|2025-03-10 MINOR");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("missing", List.of("主题"));
	}

	@Test
	void attendanceNeedsAnAttendeeListOrBothNumbers() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").hasCommittee(true);
		l.members("B1", 3);
		l.activity("B1", "2025-03-10", BRANCH_COMMITTEE).expected(3).recorder("B1-m1");
		l.activity("B1", "2025-03-11", BRANCH_COMMITTEE).present(3).recorder("B1-m1");
		l.activity("B1", "2025-03-12", BRANCH_COMMITTEE).expected(3).present(3).recorder("B1-m1");
		l.activity("B1", "2025-03-13", BRANCH_COMMITTEE).attendees("B1-m1", "B1-m2").recorder("B1-m1");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("RECORD.INCOMPLETE|B1|B1-a1|2025-03-10|2025-03-10 MINOR",
				"RECORD.INCOMPLETE|B1|B1-a2|2025-03-11|2025-03-11 MINOR");
		assertThat(findings(result, DUTY))
			.allSatisfy((finding) -> assertThat(finding.evidence()).containsEntry("missing", List.of("到会情况")));
	}

	@Test
	void recordWithoutARecorderIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 3);
		l.activity("B1", "2025-03-15", ORG_LIFE_MEETING).attendees("B1-m1", "B1-m2");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).containsExactly("RECORD.INCOMPLETE|B1|B1-a1|2025-03-15|2025-03-15 MINOR");
		assertThat(findings(result, DUTY).get(0).evidence()).containsEntry("missing", List.of("记录人"));
	}

	@Test
	void everyKindOfMeetingIsLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R").hasCommittee(true);
		l.group("G1", "B1");
		l.activity("B1", "2025-03-01", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-03-02", BRANCH_COMMITTEE);
		l.activity("B1", "2025-03-03", ORG_LIFE_MEETING);
		l.activity("G1", "2025-03-04", GROUP_MEETING);
		l.activity("R", "2025-03-05", LEADERSHIP_LIFE_MEETING);
		l.activity("R", "2025-03-06", COMMITTEE_MEETING);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).containsExactly(
				"RECORD.INCOMPLETE|B1|B1-a1|2025-03-01|2025-03-01 MINOR",
				"RECORD.INCOMPLETE|B1|B1-a2|2025-03-02|2025-03-02 MINOR",
				"RECORD.INCOMPLETE|B1|B1-a3|2025-03-03|2025-03-03 MINOR",
				"RECORD.INCOMPLETE|G1|G1-a4|2025-03-04|2025-03-04 MINOR",
				"RECORD.INCOMPLETE|R|R-a5|2025-03-05|2025-03-05 MINOR",
				"RECORD.INCOMPLETE|R|R-a6|2025-03-06|2025-03-06 MINOR");
	}

	@Test
	void eventsThatAreNotMeetingsAreNotLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R");
		l.branch("B1").parent("R");
		l.activity("B1", "2025-03-01", THEME_DAY).topic(null);
		l.activity("B1", "2025-03-02", PARTY_LECTURE).topic(null);
		l.activity("B1", "2025-03-03", MEMBER_REVIEW).topic(null);
		l.activity("B1", "2025-03-04", THEME_DAY, PARTY_LECTURE).topic(null);
		l.activity("R", "2025-03-05", CENTRAL_GROUP_STUDY).topic(null);
		l.activity("R", "2025-03-06", STAFF_FORUM).topic(null);
		l.activity("B1", "2025-03-07", ELECTION).topic(null);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY)).isEmpty();
	}

	@Test
	void themeDayHeldWithAnAssemblyIsLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-01", THEME_DAY, MEMBER_ASSEMBLY, PARTY_LECTURE);
		assertThat(keys(check(l.build(), "2025-12-31"), DUTY))
			.containsExactly("RECORD.INCOMPLETE|B1|B1-a1|2025-03-01|2025-03-01 MINOR");
	}

	@Test
	void meetingIsReportedOnlyWhenItsDayLiesInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-31", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-04-01", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-05-31", MEMBER_ASSEMBLY);
		l.activity("B1", "2025-06-01", MEMBER_ASSEMBLY);
		assertThat(keys(check(l.build(), "2025-06-30", "2025-04-01", "2025-05-31"), DUTY)).containsExactly(
				"RECORD.INCOMPLETE|B1|B1-a2|2025-04-01|2025-04-01 MINOR",
				"RECORD.INCOMPLETE|B1|B1-a3|2025-05-31|2025-05-31 MINOR");
	}

	@Test
	void exemptedMeetingMovesToTheExemptedList() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.activity("B1", "2025-03-01", MEMBER_ASSEMBLY);
		l.exemption(DUTY, "B1", null, "2025-03-01", "2025-03-31");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, DUTY)).isEmpty();
		assertThat(result.exempted()).extracting((e) -> e.finding().key())
			.containsExactly("RECORD.INCOMPLETE|B1|B1-a1|2025-03-01|2025-03-01");
	}

}
