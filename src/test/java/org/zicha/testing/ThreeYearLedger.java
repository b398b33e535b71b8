package org.zicha.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerWorkbook;
import org.zicha.ledger.OrgKind;

/**
 * A small ledger over three years (2023–2025), the window of an inspection tour: a 党总支 G
 * with two branches and a party group, every meeting, talk and payment of the three
 * years, and a few gaps in each year.
 *
 * <ul>
 * <li>G (机关党总支, root): staff forum every quarter except 2025 Q3; re-elected on
 * 2023-05-18, its next election due 2026-05-18 (a notice as of 2025-12-31).</li>
 * <li>B1 (第一党支部, committee B1-m1..m3, group B1G1 of B1-m4..m7): no theme day in July
 * 2023; no member assembly in 2024 Q1; no committee meeting in July 2024, exempted; the
 * committee meeting of March 2025 has no recorder; its term ran out on 2025-03-01 and it
 * was re-elected on 2025-02-20.</li>
 * <li>B2 (第二党支部, no committee, B2-m1..m3): no party lecture in 2023 Q2; B2-m1 never
 * talked with B2-m3 in 2023; no theme day in August 2024; B2-m3 attended nothing in 2025
 * Q4; B2-m2 paid the dues of 2025 Q3 in October; its term ran out on 2024-06-15 without
 * an election.</li>
 * </ul>
 */
public final class ThreeYearLedger {

	/** The as-of day. */
	public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

	/** The window's first day: the last tour ended in 2022. */
	public static final LocalDate FROM = LocalDate.of(2023, 1, 1);

	/** The window's last day. */
	public static final LocalDate TO = AS_OF;

	/** The file the ledger is written to. */
	public static final String FILE = "机关党总支台账2023-2025.xlsx";

	private static final List<String> B1 = List.of("B1-m1", "B1-m2", "B1-m3", "B1-m4", "B1-m5", "B1-m6", "B1-m7");

	private static final List<String> B1G1 = List.of("B1-m4", "B1-m5", "B1-m6", "B1-m7");

	private static final List<String> B2 = List.of("B2-m1", "B2-m2", "B2-m3");

	private ThreeYearLedger() {
	}

	/**
	 * The ledger.
	 * @return the ledger
	 */
	public static Ledger build() {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.org("G", OrgKind.GENERAL_BRANCH).name("机关党总支").secretary("B1-m1").term("2020-05-20", 3);
		l.branch("B1")
			.name("第一党支部")
			.parent("G")
			.hasCommittee(true)
			.secretary("B1-m1")
			.committee("B1-m1", "B1-m2", "B1-m3")
			.term("2022-03-01", 3);
		l.group("B1G1", "B1").name("第一党支部第一党小组").secretary("B1-m4");
		l.branch("B2").name("第二党支部").parent("G").hasCommittee(false).secretary("B2-m1").term("2021-06-15", 3);
		List<String> names = List.of("王建国", "李红梅", "张伟", "刘洋", "陈静", "杨帆", "赵磊");
		for (int i = 0; i < B1.size(); i++) {
			l.member(B1.get(i), "B1").name(names.get(i)).group(B1G1.contains(B1.get(i)) ? "B1G1" : null);
		}
		List<String> others = List.of("周敏", "吴刚", "郑丽");
		for (int i = 0; i < B2.size(); i++) {
			l.member(B2.get(i), "B2").name(others.get(i));
		}
		for (int year = 2023; year <= 2025; year++) {
			year(l, year);
		}
		l.activity("G", "2023-05-18", ActivityType.ELECTION).topic("机关党总支换届选举大会");
		l.activity("B1", "2025-02-20", ActivityType.ELECTION).topic("第一党支部换届选举大会");
		l.exemption("SHYK.COMMITTEE", "B1", null, "2024-07-01", "2024-07-31");
		return l.build();
	}

	private static void year(LedgerBuilder l, int year) {
		for (int month = 1; month <= 12; month++) {
			String day = year + "-" + two(month) + "-";
			boolean quarterEnd = month % 3 == 0;
			if (!(year == 2023 && month == 7)) {
				boolean assembly = quarterEnd && !(year == 2024 && month == 3);
				l.activity("B1", day + "15", types(assembly, quarterEnd))
					.topic(year + "年" + month + "月主题党日" + (quarterEnd ? "暨党课" : ""))
					.lecturer(quarterEnd ? "B1-m1" : null)
					.attendees(B1)
					.recorder("B1-m2");
			}
			if (!(year == 2024 && month == 7)) {
				l.activity("B1", day + "05", ActivityType.BRANCH_COMMITTEE)
					.topic(year + "年" + month + "月支委会")
					.attendees("B1-m1", "B1-m2", "B1-m3")
					.recorder((year == 2025 && month == 3) ? null : "B1-m2");
			}
			l.activity("B1G1", day + "20", ActivityType.GROUP_MEETING)
				.topic(year + "年" + month + "月党小组会")
				.attendees(B1G1)
				.recorder("B1-m4");
			if (!(year == 2024 && month == 8)) {
				boolean lecture = quarterEnd && !(year == 2023 && month == 6);
				l.activity("B2", day + "18", types(quarterEnd, lecture))
					.topic(year + "年" + month + "月主题党日")
					.lecturer(lecture ? "B2-m1" : null)
					.attendees((year == 2025 && month >= 10) ? List.of("B2-m1", "B2-m2") : B2)
					.recorder("B2-m2");
			}
			if (month % 3 == 2 && !(year == 2025 && month == 8)) {
				l.activity("G", day + "25", ActivityType.STAFF_FORUM).topic(year + "年" + month + "月职工恳谈会");
			}
		}
		for (String branch : List.of("B1", "B2")) {
			l.activity(branch, year + "-01-16", ActivityType.ORG_LIFE_MEETING, ActivityType.MEMBER_REVIEW)
				.topic((year - 1) + "年度组织生活会暨民主评议党员")
				.attendees(branch.equals("B1") ? B1 : B2)
				.recorder(branch.equals("B1") ? "B1-m2" : "B2-m2");
		}
		l.talk(year + "-04-08", "B1-m1", "B1-m2")
			.talk(year + "-04-08", "B1-m1", "B1-m3")
			.talk(year + "-04-09", "B1-m2", "B1-m3");
		for (String member : B1G1) {
			l.talk(year + "-04-10", "B1-m1", member);
		}
		l.talk(year + "-04-12", "B2-m1", "B2-m2");
		if (year != 2023) {
			l.talk(year + "-04-12", "B2-m1", "B2-m3");
		}
		for (int quarter = 0; quarter < 4; quarter++) {
			String[] months = { year + "-" + two(3 * quarter + 1), year + "-" + two(3 * quarter + 2),
					year + "-" + two(3 * quarter + 3) };
			for (String member : B1) {
				l.dues(member, year + "-" + two(3 * quarter + 1) + "-05", months);
			}
			for (String member : B2) {
				boolean late = year == 2025 && quarter == 2 && member.equals("B2-m2");
				l.dues(member, late ? "2025-10-08" : year + "-" + two(3 * quarter + 1) + "-05", months);
			}
		}
	}

	private static ActivityType[] types(boolean assembly, boolean lecture) {
		if (assembly && lecture) {
			return new ActivityType[] { ActivityType.THEME_DAY, ActivityType.MEMBER_ASSEMBLY,
					ActivityType.PARTY_LECTURE };
		}
		if (assembly) {
			return new ActivityType[] { ActivityType.THEME_DAY, ActivityType.MEMBER_ASSEMBLY };
		}
		if (lecture) {
			return new ActivityType[] { ActivityType.THEME_DAY, ActivityType.PARTY_LECTURE };
		}
		return new ActivityType[] { ActivityType.THEME_DAY };
	}

	private static String two(int n) {
		return (n < 10) ? "0" + n : String.valueOf(n);
	}

	/**
	 * Write the ledger as a workbook, as a unit keeps it.
	 * @param folder the folder
	 * @return the workbook's path
	 */
	public static Path write(Path folder) {
		Path file = folder.resolve(FILE);
		try (OutputStream out = Files.newOutputStream(file)) {
			new LedgerWorkbook(LedgerFiles.vocabulary()).write(build(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
