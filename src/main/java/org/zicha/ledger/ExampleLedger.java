package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The example records of the empty ledger template: one per table (two members, so that
 * the talk has someone to talk with), consistent with each other so that the template
 * validates as it is.
 */
public final class ExampleLedger {

	private ExampleLedger() {
	}

	/**
	 * The example ledger.
	 * @return one example record per table
	 */
	public static Ledger create() {
		LocalDate day = LocalDate.of(2025, 1, 15);
		Organization branch = new Organization("B01", "机关第一党支部", OrgKind.BRANCH, null, null, null, "机关", null, null,
				"M001", List.of(), List.of("M001", "M002"), LocalDate.of(2024, 1, 15), 3, null, null, null, null);
		Member secretary = new Member("M001", "王建国", "B01", null, MemberStatus.FULL, LocalDate.of(2005, 7, 1), null,
				LocalDate.of(2006, 7, 1), false, false, true, null, null);
		Member member = new Member("M002", "李红梅", "B01", null, MemberStatus.FULL, LocalDate.of(2012, 6, 20), null,
				LocalDate.of(2013, 6, 20), false, true, false, null, null);
		Activity activity = new Activity("A001", "B01",
				List.of(ActivityType.THEME_DAY, ActivityType.MEMBER_ASSEMBLY, ActivityType.PARTY_LECTURE), day,
				"第一季度党员大会暨主题党日、党课", "M001", "M001", "王建国", 2, 2, List.of("M001", "M002"), "M002", false, null,
				List.of(new AgendaItem(1, "传达学习重要讲话精神", AgendaKind.STUDY, List.of("D001"))), List.of(), null);
		Directive directive = new Directive("D001", "习近平总书记重要讲话（示例）", LocalDate.of(2025, 1, 6), List.of());
		DuesPayment dues = new DuesPayment("M002", List.of(YearMonth.of(2025, 1)), LocalDate.of(2025, 1, 10),
				new BigDecimal("50"));
		Talk talk = new Talk(LocalDate.of(2025, 3, 20), "M001", "M002", TalkKind.HEART_TO_HEART);
		Applicant applicant = new Applicant("S001", "张伟", "B01", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 20),
				null, null, null, null, null);
		Exemption exemption = new Exemption("THEME_DAY", "B01", null, LocalDate.of(2025, 7, 1),
				LocalDate.of(2025, 8, 31), "高温天气，集中活动暂停，改为送学上门", "〔2025〕8号");
		return new Ledger(List.of(branch), List.of(secretary, member), List.of(activity), List.of(directive),
				List.of(dues), List.of(talk), List.of(applicant), List.of(exemption));
	}

}
