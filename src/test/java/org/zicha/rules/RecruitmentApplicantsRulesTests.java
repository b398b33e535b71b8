package org.zicha.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.zicha.check.CheckResult;
import org.zicha.finding.Subject;
import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.testing.Checks.check;
import static org.zicha.testing.Checks.findings;
import static org.zicha.testing.Checks.keys;

/**
 * rules/recruitment/applicants.drl: the time limits of recruiting — DEVELOP.TALK_LATE,
 * DEVELOP.CULTIVATION_SHORT, DEVELOP.CONVERSION_OVERDUE and DEVELOP.EXTENSION_TOO_LONG.
 */
class RecruitmentApplicantsRulesTests {

	@Test
	void talkWithinAMonthAfterTheApplicationIncludingItsLastDayGivesNothingAndADayLaterIsAFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("onTime", "B1", "2025-03-03").talked("2025-03-20");
		l.applicant("lastDay", "B1", "2025-03-03").talked("2025-04-03");
		l.applicant("dayLate", "B1", "2025-03-03").talked("2025-04-04");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|dayLate|2025-03-03|2025-04-03 MINOR");
		assertThat(findings(result, "DEVELOP.TALK_LATE").get(0).evidence())
			.containsEntry("applied", LocalDate.parse("2025-03-03"))
			.containsEntry("deadline", LocalDate.parse("2025-04-03"))
			.containsEntry("talked", LocalDate.parse("2025-04-04"));
		assertThat(findings(result, "DEVELOP.TALK_LATE").get(0).message())
			.isEqualTo("入党申请人dayLate（B1）于2025年3月3日递交申请，于2025年4月4日才派人谈话，超过1个月的时限");
	}

	@Test
	void monthAfterThe31stOfJanuaryEndsOnThe28thOfFebruary() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("lastDay", "B1", "2025-01-31").talked("2025-02-28");
		l.applicant("dayLate", "B1", "2025-01-31").talked("2025-03-01");
		assertThat(keys(check(l.build(), "2025-12-31"), "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|dayLate|2025-01-31|2025-02-28 MINOR");
	}

	@Test
	void applicantNotYetTalkedToIsAFindingOnlyOnceTheMonthIsOver() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2025-03-03");
		assertThat(keys(check(l.build(), "2025-04-02"), "DEVELOP.TALK_LATE")).isEmpty();
		CheckResult result = check(l.build(), "2025-04-04");
		assertThat(keys(result, "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|A1|2025-03-03|2025-04-03 MINOR");
		assertThat(findings(result, "DEVELOP.TALK_LATE").get(0).evidence()).containsEntry("talked", null);
		assertThat(findings(result, "DEVELOP.TALK_LATE").get(0).message())
			.isEqualTo("入党申请人A1（B1）于2025年3月3日递交申请，截至检查日尚未派人谈话，超过1个月的时限");
	}

	@Test
	void talkRecordedAfterTheAsOfDayHasNotHappenedYet() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2025-03-03").talked("2025-04-20");
		CheckResult result = check(l.build(), "2025-04-10");
		assertThat(keys(result, "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|A1|2025-03-03|2025-04-03 MINOR");
		assertThat(findings(result, "DEVELOP.TALK_LATE").get(0).evidence()).containsEntry("talked", null);
	}

	@Test
	void lateTalkIsReportedWhenTheMonthAfterTheApplicationEndsInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("lastYear", "B1", "2024-11-01").talked("2024-12-15");
		l.applicant("acrossNewYear", "B1", "2024-12-20").talked("2025-01-25");
		assertThat(keys(check(l.build(), "2025-12-31"), "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|acrossNewYear|2024-12-20|2025-01-20 MINOR");
		assertThat(keys(check(l.build(), "2024-12-31"), "DEVELOP.TALK_LATE"))
			.containsExactly("DEVELOP.TALK_LATE|B1|lastYear|2024-11-01|2024-12-01 MINOR");
	}

	@Test
	void candidacyAYearAfterActivistGivesNothingAndADayEarlierIsAMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("fullYear", "B1", "2023-09-01").talked("2023-09-10").activist("2024-03-01").candidate("2025-03-01");
		l.applicant("short", "B1", "2023-09-01").talked("2023-09-10").activist("2024-03-01").candidate("2025-02-28");
		l.applicant("leapDay", "B1", "2023-09-01").talked("2023-09-10").activist("2024-02-29").candidate("2025-02-28");
		l.applicant("notYet", "B1", "2023-09-01").talked("2023-09-10").activist("2025-01-10");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DEVELOP.CULTIVATION_SHORT"))
			.containsExactly("DEVELOP.CULTIVATION_SHORT|B1|short|2024-03-01|2025-02-28 MAJOR");
		assertThat(findings(result, "DEVELOP.CULTIVATION_SHORT").get(0).evidence())
			.containsEntry("activist", LocalDate.parse("2024-03-01"))
			.containsEntry("candidate", LocalDate.parse("2025-02-28"))
			.containsEntry("earliest", LocalDate.parse("2025-03-01"));
	}

	@Test
	void shortCultivationIsReportedWhenTheCandidacyFallsInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2023-09-01").talked("2023-09-10").activist("2024-01-10").candidate("2024-10-10");
		assertThat(keys(check(l.build(), "2024-12-31"), "DEVELOP.CULTIVATION_SHORT"))
			.containsExactly("DEVELOP.CULTIVATION_SHORT|B1|A1|2024-01-10|2024-10-10 MAJOR");
		assertThat(keys(check(l.build(), "2025-12-31"), "DEVELOP.CULTIVATION_SHORT")).isEmpty();
		assertThat(keys(check(l.build(), "2024-10-09"), "DEVELOP.CULTIVATION_SHORT")).isEmpty();
	}

	@Test
	void probationaryMemberUnconvertedMoreThan30DaysAfterProbationIsAMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01");
		assertThat(keys(check(l.build(), "2025-03-31"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		CheckResult result = check(l.build(), "2025-04-01");
		assertThat(keys(result, "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|P1|2025-03-01|2025-03-01 MAJOR");
		assertThat(findings(result, "DEVELOP.CONVERSION_OVERDUE").get(0).evidence())
			.containsEntry("probationEnd", LocalDate.parse("2025-03-01"))
			.containsEntry("deadline", LocalDate.parse("2025-03-31"))
			.containsEntry("daysLate", 1L)
			.containsEntry("daysPastEnd", 31L);
	}

	@Test
	void probationaryMemberWhoLeftTheBranchIsNoLongerItsToConvert() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01").left("2025-03-20");
		l.member("P2", "B1").probationary("2024-03-01");
		assertThat(keys(check(l.build(), "2025-04-01"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|P2|2025-03-01|2025-03-01 MAJOR");
	}

	@Test
	void unconvertedProbationIsReportedInEveryRunWhateverTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01");
		assertThat(keys(check(l.build(), "2026-06-30"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|P1|2025-03-01|2025-03-01 MAJOR");
	}

	@Test
	void memberConvertedLateIsAMinorFindingOnceConverted() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("inTime", "B1").admitted("2024-03-01").converted("2025-03-31");
		l.member("late", "B1").admitted("2024-03-01").converted("2025-04-20");
		assertThat(keys(check(l.build(), "2025-04-10"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|late|2025-03-01|2025-03-01 MAJOR");
		CheckResult result = check(l.build(), "2025-12-31");
		assertThat(keys(result, "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|late|2025-03-01|2025-03-01 MINOR");
		assertThat(findings(result, "DEVELOP.CONVERSION_OVERDUE").get(0).evidence())
			.containsEntry("converted", LocalDate.parse("2025-04-20"))
			.containsEntry("daysLate", 20L);
	}

	@Test
	void lateConversionIsReportedWhenTheEndOfProbationFallsInsideTheWindow() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("late", "B1").admitted("2024-03-01").converted("2025-04-20");
		assertThat(keys(check(l.build(), "2026-06-30"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		assertThat(keys(check(l.build(), "2026-06-30", "2025-01-01", "2026-06-30"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|late|2025-03-01|2025-03-01 MINOR");
	}

	@Test
	void fullMemberWithoutAConversionDateIsNotLookedAt() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("F1", "B1").admitted("2024-03-01");
		assertThat(keys(check(l.build(), "2025-12-31"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
	}

	@Test
	void extendedProbationOfAMemberEndsOnItsStatedEnd() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01").probationEnds("2025-09-01");
		assertThat(keys(check(l.build(), "2025-06-30"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		assertThat(keys(check(l.build(), "2025-10-01"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		assertThat(keys(check(l.build(), "2025-10-02"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|P1|2025-09-01|2025-09-01 MAJOR");
	}

	@Test
	void statedEndOfProbationIsUsedEvenWhenBeforeAYearAfterAdmission() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01").probationEnds("2025-02-28");
		assertThat(keys(check(l.build(), "2025-03-30"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		assertThat(keys(check(l.build(), "2025-03-31"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|P1|2025-02-28|2025-02-28 MAJOR");
	}

	@Test
	void admittedApplicantIsLookedAtLikeAProbationaryMember() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("unconverted", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01");
		l.applicant("inTime", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01").converted("2025-03-31");
		l.applicant("late", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01").converted("2025-04-01");
		l.applicant("extended", "B1", "2022-03-01")
			.talked("2022-03-10")
			.admitted("2024-03-01")
			.extendedUntil("2025-09-01");
		assertThat(keys(check(l.build(), "2025-03-31"), "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
		CheckResult result = check(l.build(), "2025-10-02");
		assertThat(keys(result, "DEVELOP.CONVERSION_OVERDUE")).containsExactly(
				"DEVELOP.CONVERSION_OVERDUE|B1|unconverted|2025-03-01|2025-03-01 MAJOR",
				"DEVELOP.CONVERSION_OVERDUE|B1|extended|2025-09-01|2025-09-01 MAJOR",
				"DEVELOP.CONVERSION_OVERDUE|B1|late|2025-03-01|2025-03-01 MINOR");
		assertThat(findings(result, "DEVELOP.CONVERSION_OVERDUE")).extracting((f) -> f.subject().kind())
			.containsOnly(Subject.Kind.APPLICANT);
	}

	@Test
	void probationExtendedByExactlyAYearGivesNothingAndADayMoreIsAMajorFinding() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("yearMember", "B1").probationary("2024-03-01").probationEnds("2026-03-01");
		l.member("longerMember", "B1").probationary("2024-03-01").probationEnds("2026-03-02");
		l.applicant("yearApplicant", "B1", "2022-03-01").admitted("2024-03-01").extendedUntil("2026-03-01");
		l.applicant("longerApplicant", "B1", "2022-03-01").admitted("2024-03-01").extendedUntil("2026-03-02");
		CheckResult result = check(l.build(), "2026-03-31");
		assertThat(keys(result, "DEVELOP.EXTENSION_TOO_LONG")).containsExactly(
				"DEVELOP.EXTENSION_TOO_LONG|B1|longerApplicant|2025-03-01|2026-03-02 MAJOR",
				"DEVELOP.EXTENSION_TOO_LONG|B1|longerMember|2025-03-01|2026-03-02 MAJOR");
		assertThat(findings(result, "DEVELOP.EXTENSION_TOO_LONG").get(1).evidence())
			.containsEntry("originalEnd", LocalDate.parse("2025-03-01"))
			.containsEntry("extendedUntil", LocalDate.parse("2026-03-02"));
		assertThat(keys(result, "DEVELOP.CONVERSION_OVERDUE")).isEmpty();
	}

	@Test
	void tooLongExtensionIsReportedOnceTheExtendedProbationHasEnded() {
		// event-level: reported when the period's last day (extendedUntil) is inside the
		// window and on or before as-of (duties.md, General semantics)
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("P1", "B1").probationary("2024-03-01").probationEnds("2026-06-01");
		assertThat(keys(check(l.build(), "2025-12-31"), "DEVELOP.EXTENSION_TOO_LONG")).isEmpty();
		assertThat(keys(check(l.build(), "2026-06-01"), "DEVELOP.EXTENSION_TOO_LONG"))
			.containsExactly("DEVELOP.EXTENSION_TOO_LONG|B1|P1|2025-03-01|2026-06-01 MAJOR");
	}

	@Test
	void applicantWhoIsAlsoAMemberIsLookedAtOnceAsTheMember() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01");
		l.member("P1", "B1").name("A1").probationary("2024-03-01");
		l.applicant("A2", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01").converted("2025-04-15");
		l.member("P2", "B1").name("A2").admitted("2024-03-01").converted("2025-04-15");
		l.applicant("A3", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01").extendedUntil("2026-06-01");
		l.member("P3", "B1").name("A3").probationary("2024-03-01").probationEnds("2026-06-01");
		CheckResult result = check(l.build(), "2026-06-30", "2025-01-01", "2026-06-30");
		assertThat(keys(result, "DEVELOP.CONVERSION_OVERDUE")).containsExactly(
				"DEVELOP.CONVERSION_OVERDUE|B1|P1|2025-03-01|2025-03-01 MAJOR",
				"DEVELOP.CONVERSION_OVERDUE|B1|P2|2025-03-01|2025-03-01 MINOR");
		assertThat(keys(result, "DEVELOP.EXTENSION_TOO_LONG"))
			.containsExactly("DEVELOP.EXTENSION_TOO_LONG|B1|P3|2025-03-01|2026-06-01 MAJOR");
	}

	@Test
	void memberOfTheSameNameAdmittedOnAnotherDayIsAnotherPerson() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2022-03-01").talked("2022-03-10").admitted("2024-03-01");
		l.member("P1", "B1").name("A1").admitted("2015-06-01").converted("2016-06-01");
		assertThat(keys(check(l.build(), "2025-10-02"), "DEVELOP.CONVERSION_OVERDUE"))
			.containsExactly("DEVELOP.CONVERSION_OVERDUE|B1|A1|2025-03-01|2025-03-01 MAJOR");
	}

}
