package org.zicha.ledger;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.zicha.testing.LedgerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zicha.ledger.ActivityType.THEME_DAY;

/**
 * {@link Ledger#asOf}: the ledger as it stood at the end of a day, so that a past month
 * can be re-run as it stood.
 */
class LedgerTests {

	private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

	@Test
	void activitiesDuesTalksAndDirectivesDatedAfterTheDayAreLeftOut() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.members("B1", 2);
		l.activity("B1", "2025-06-30", THEME_DAY);
		l.activity("B1", "2025-07-01", THEME_DAY);
		l.dues("B1-m1", "2025-06-30", "2025-06");
		l.dues("B1-m1", "2025-07-01", "2025-07");
		l.talk("2025-06-30", "B1-m1", "B1-m2");
		l.talk("2025-07-01", "B1-m2", "B1-m1");
		l.directive("D1", "2025-06-30");
		l.directive("D2", "2025-07-01");
		Ledger ledger = l.build().asOf(JUNE_30);
		assertThat(ledger.activities()).extracting(Activity::date).containsExactly(JUNE_30);
		assertThat(ledger.dues()).extracting(DuesPayment::paidOn).containsExactly(JUNE_30);
		assertThat(ledger.talks()).extracting(Talk::date).containsExactly(JUNE_30);
		assertThat(ledger.directives()).extracting(Directive::id).containsExactly("D1");
	}

	@Test
	void aLaterConversionMakesTheMemberProbationaryAgain() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("X", "B1").probationary("2024-06-15").converted("2025-07-01");
		Ledger ledger = l.build();
		assertThat(ledger.asOf(JUNE_30).membersById().get("X")).extracting(Member::status, Member::converted)
			.containsExactly(MemberStatus.PROBATIONARY, null);
		assertThat(ledger.asOf(LocalDate.of(2025, 7, 1)).membersById().get("X"))
			.extracting(Member::status, Member::converted)
			.containsExactly(MemberStatus.FULL, LocalDate.of(2025, 7, 1));
	}

	@Test
	void aLaterDepartureIsNotYetKnown() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.member("X", "B1").left("2025-07-15");
		l.member("Y", "B1").left("2025-06-30");
		Ledger ledger = l.build().asOf(JUNE_30);
		assertThat(ledger.members()).extracting(Member::id, Member::left)
			.containsExactly(tuple("X", null), tuple("Y", JUNE_30));
	}

	@Test
	void membersAdmittedAndOrganisationsEstablishedLaterAreLeftOut() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.branch("B2").established("2025-07-01");
		l.member("X", "B1").probationary("2025-06-30");
		l.member("Y", "B1").probationary("2025-07-01");
		Ledger ledger = l.build().asOf(JUNE_30);
		assertThat(ledger.organizations()).extracting(Organization::id).containsExactly("B1");
		assertThat(ledger.members()).extracting(Member::id).containsExactly("X");
	}

	@Test
	void aLaterDissolutionAndALaterTermAreNotYetKnown() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").dissolved("2025-09-30").term("2022-07-01", 3);
		l.branch("B2").term("2025-07-10", 3).extendedUntil("2028-12-31");
		Ledger ledger = l.build().asOf(JUNE_30);
		assertThat(ledger.organizations())
			.extracting(Organization::id, Organization::dissolved, Organization::termStart, Organization::termYears,
					Organization::extendedUntil)
			.containsExactly(tuple("B1", null, LocalDate.of(2022, 7, 1), 3, null), tuple("B2", null, null, null, null));
	}

	@Test
	void anApplicantsLaterStagesAreNotYetKnownAndLaterApplicantsAreLeftOut() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.applicant("A1", "B1", "2024-03-03")
			.talked("2024-03-20")
			.activist("2024-06-01")
			.candidate("2025-06-30")
			.admitted("2025-09-01")
			.converted("2026-09-01");
		l.applicant("A2", "B1", "2025-07-01");
		Ledger ledger = l.build().asOf(JUNE_30);
		assertThat(ledger.applicants())
			.extracting(Applicant::id, Applicant::talked, Applicant::candidate, Applicant::admitted,
					Applicant::converted)
			.containsExactly(tuple("A1", LocalDate.of(2024, 3, 20), JUNE_30, null, null));
	}

	@Test
	void exemptionsAreKeptWhateverTheirDates() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1");
		l.exemption("THEME_DAY", "B1", null, "2025-07-01", "2025-08-31");
		assertThat(l.build().asOf(JUNE_30).exemptions()).hasSize(1);
	}

	@Test
	void aLedgerAsOfALaterDayIsUnchanged() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").term("2024-01-15", 3);
		l.member("X", "B1").probationary("2024-06-15").converted("2025-06-15").left("2025-06-20");
		l.activity("B1", "2025-06-01", THEME_DAY);
		l.dues("X", "2025-06-01", "2025-06");
		Ledger ledger = l.build();
		assertThat(ledger.asOf(JUNE_30)).isEqualTo(ledger);
	}

}
