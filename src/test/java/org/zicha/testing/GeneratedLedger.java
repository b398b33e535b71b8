package org.zicha.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Ledger;

/**
 * A generated ledger of a 党组 with branches, party groups and a year of records, with gaps
 * of every kind drawn from a seeded random source, and records that cross partitions (a
 * branch's lecture given by another branch's secretary, talks between branches,
 * directives for every organisation holding committee meetings and for chosen branches,
 * applicants at every stage, exemptions). Deterministic for a seed.
 */
public final class GeneratedLedger {

	private static final int YEAR = 2025;

	private GeneratedLedger() {
	}

	/**
	 * A generated ledger.
	 * @param branches how many branches
	 * @param members members per branch (at least 6)
	 * @param seed the random seed
	 * @return the ledger
	 */
	public static Ledger of(int branches, int members, long seed) {
		Random rnd = new Random(seed);
		LedgerBuilder l = LedgerBuilder.ledger();
		l.leadingGroup("R").secretary("B1-m1").centralGroup(true);
		List<String> secretaries = new ArrayList<>();
		for (int b = 1; b <= branches; b++) {
			secretaries.add("B" + b + "-m1");
		}
		for (int b = 1; b <= branches; b++) {
			branch(l, rnd, "B" + b, members, secretaries);
		}
		for (int month = 1; month <= 12; month++) {
			if (rnd.nextInt(6) > 0) {
				LedgerBuilder.ActivityBuilder meeting = l.activity("R", date(month, 8), ActivityType.COMMITTEE_MEETING)
					.item((month % 2 == 1) ? AgendaKind.STUDY : AgendaKind.OTHER, (month == 3) ? "D1" : "D0")
					.item(AgendaKind.PARTY_BUILDING);
				if (month % 3 == 0) {
					meeting.item(AgendaKind.IDEOLOGY).item(AgendaKind.STRICT_GOVERNANCE);
				}
			}
			if (rnd.nextInt(4) > 0) {
				l.activity("R", date(month, 18), ActivityType.CENTRAL_GROUP_STUDY);
			}
			if (month % 3 == 2 && rnd.nextBoolean()) {
				l.activity("R", date(month, 15), ActivityType.STAFF_FORUM);
			}
		}
		l.directive("D1", "2025-02-20");
		l.directive("D2", "2025-06-10");
		l.directive("D3", "2025-04-01", "B1", "B2");
		l.exemption("THEME_DAY", "B2", null, "2025-01-01", "2025-03-31");
		l.exemption("MEMBER.INACTIVE", "B2", "B2-p", "2025-01-01", "2025-06-30");
		l.exemption("SHYK.*", null, null, "2025-04-01", "2025-06-30");
		return l.build();
	}

	private static void branch(LedgerBuilder l, Random rnd, String id, int members, List<String> secretaries) {
		List<String> ids = l.members(id, members);
		l.branch(id)
			.parent("R")
			.secretary(ids.get(0))
			.hasCommittee(true)
			.committee(ids.subList(0, 3).toArray(String[]::new))
			.term(rnd.nextInt(5) == 0 ? "2020-03-01" : "2024-03-01", 3);
		String[] groups = { id + "G1", id + "G2" };
		for (String group : groups) {
			l.group(group, id).secretary(ids.get(3));
		}
		l.member(id + "-p", id).probationary("2024-0" + (1 + rnd.nextInt(9)) + "-10");
		l.member(id + "-c", id).admitted("2023-05-10").converted((rnd.nextBoolean() ? "2024-06-01" : "2025-03-01"));
		for (int month = 1; month <= 12; month++) {
			List<String> present = ids.stream().filter((m) -> rnd.nextInt(10) > 0).toList();
			if (rnd.nextInt(8) > 0) {
				l.activity(id, date(month, 10), ActivityType.THEME_DAY).attendees(present).recorder(ids.get(1));
			}
			if (rnd.nextInt(9) > 0) {
				l.activity(id, date(month, 5), ActivityType.BRANCH_COMMITTEE).attendees(ids.subList(0, 3));
			}
			for (String group : groups) {
				if (rnd.nextInt(7) > 0) {
					l.activity(group, date(month, 20), ActivityType.GROUP_MEETING)
						.attendees(present.subList(0, present.size() / 2));
				}
			}
			if (month % 3 == 0 && rnd.nextInt(5) > 0) {
				l.activity(id, date(month, 12), ActivityType.MEMBER_ASSEMBLY).attendees(present);
			}
			if (month % 3 == 1 && rnd.nextInt(5) > 0) {
				String lecturer = rnd.nextInt(4) == 0 ? secretaries.get(rnd.nextInt(secretaries.size())) : ids.get(0);
				l.activity(id, date(month, 25), ActivityType.PARTY_LECTURE).lecturer(lecturer).attendees(present);
			}
		}
		if (rnd.nextInt(3) > 0) {
			l.activity(id, "2025-11-20", ActivityType.ORG_LIFE_MEETING, ActivityType.MEMBER_REVIEW).attendees(ids);
		}
		for (String member : ids) {
			for (int q = 0; q < 4; q++) {
				String paid = (rnd.nextInt(12) == 0) ? date(3 * q + 3, 28) : date(3 * q + 1, 5);
				l.dues(member, paid, month(3 * q + 1), month(3 * q + 2), month(3 * q + 3));
			}
		}
		for (int i = 0; i < 3; i++) {
			for (int j = i + 1; j < 3; j++) {
				if (rnd.nextInt(6) > 0) {
					l.talk(date(4, 1 + i + j), ids.get(i), ids.get(j));
				}
			}
		}
		for (int k = 3; k < ids.size(); k++) {
			if (rnd.nextInt(5) > 0) {
				l.talk(date(5, 1 + k % 28), ids.get(k % 3), ids.get(k));
			}
		}
		l.talk("2025-06-02", ids.get(0), secretaries.get(rnd.nextInt(secretaries.size())));
		l.applicant(id + "-a1", id, "2025-02-01");
		l.applicant(id + "-a2", id, "2024-01-10").talked("2024-01-20").activist("2024-03-01");
		l.applicant(id + "-a3", id, "2023-01-10")
			.talked("2023-01-15")
			.activist("2023-03-01")
			.candidate("2024-04-01")
			.admitted("2024-06-01");
	}

	private static String date(int month, int day) {
		return LocalDate.of(YEAR, month, day).toString();
	}

	private static String month(int month) {
		return YEAR + "-" + ((month < 10) ? "0" : "") + month;
	}

}
