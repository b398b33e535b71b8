package org.zicha.testing;

import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.OrgKind;

/**
 * Four generated units of different kinds, each with problems planted in an otherwise
 * complete year (2025): a bureau's 党组 with its 机关党委, a county bureau's 党委 whose school
 * branches sit directly under it, a state-owned enterprise's 党委 with a 党总支, and a street
 * 党工委 with 联合党支部. The wording of the report was not tuned on them.
 */
public final class PlantedUnits {

	private PlantedUnits() {
	}

	/**
	 * 市水务局党组 with 市水务局机关党委 over three branches and a branch directly under the 党组.
	 * Planted: the 党组 and the 机关党委 each put study second at one meeting, and the 机关党委 at
	 * a second one; a directive studied by the 党组 late; ten central group sessions; no
	 * party-building study in the third quarter; a branch without theme days in March and
	 * July, another without its second-quarter assembly; two out-station members absent
	 * July to December; a member absent one quarter; a member paying two months late; a
	 * branch's term overdue since May 2024 and no 组织生活会 there; a conversion after an
	 * extended probation (not on time) and one on time.
	 * @return the unit
	 */
	public static PlantedLedger waterBureau() {
		PlantedLedger u = PlantedLedger.unit("R", OrgKind.LEADING_GROUP, "市水务局党组");
		u.committee("C", OrgKind.COMMITTEE, "市水务局机关党委", "R");
		u.branch("B1", "机关第一党支部", "C", 9);
		u.branch("B2", "机关第二党支部", "C", 8);
		u.branch("B3", "供水管理处党支部", "C", 6);
		u.branch("B4", "水文站党支部", "R", 5);
		u.studySecond("R", 4).studySecond("C", 2).studySecond("C", 9);
		u.directive("D1", "2025-03-03", 3).directive("D2", "2025-05-12", 7);
		u.centralGroup("R", 10);
		u.skipTopic("R", "PARTY_BUILDING", 7, 8, 9);
		u.skip("B1", ActivityType.THEME_DAY, 3, 7);
		u.skip("B2", ActivityType.MEMBER_ASSEMBLY, 5);
		u.outstation("B1-m8")
			.outstation("B1-m9")
			.absent("B1-m8", 7, 8, 9, 10, 11, 12)
			.absent("B1-m9", 7, 8, 9, 10, 11, 12);
		u.absent("B2-m6", 4, 5, 6);
		u.paysLate("B3-m4", 3, 9);
		u.org("B4").term("2021-05-01", 3);
		u.skip("B4", ActivityType.ORG_LIFE_MEETING, 11);
		u.member("B2-m7").admitted("2023-08-01").probationEnds("2025-02-01").converted("2025-02-20");
		u.member("B2-m8").admitted("2024-04-01").converted("2025-04-10");
		return u;
	}

	/**
	 * 县教育局党委, elected, its school branches and its office branch directly under it.
	 * Planted: the 党委 puts study second at one meeting; a speech studied only at the
	 * central group, never at a committee meeting; no 民主生活会; no staff forum in the second
	 * quarter; two schools each without one theme day; a school whose secretary gives no
	 * lecture; a school of eight members without a committee; a thin member assembly; a
	 * theme day without recorder; three teachers each absent one quarter; a member paying
	 * one month late.
	 * @return the unit
	 */
	public static PlantedLedger countyEducation() {
		PlantedLedger u = PlantedLedger.unit("E", OrgKind.COMMITTEE, "县教育局党委");
		u.branch("S1", "县第一中学党支部", "E", 10);
		u.branch("S2", "县实验小学党支部", "E", 8);
		u.branch("S3", "县第二中学党支部", "E", 9);
		u.branch("S4", "局机关党支部", "E", 6);
		u.withoutCommittee("S2");
		u.studySecond("E", 6);
		u.directive("D1", "2025-02-10", 3).directive("D2", "2025-09-01", 0);
		u.skip("E", ActivityType.LEADERSHIP_LIFE_MEETING, 12);
		u.skip("E", ActivityType.STAFF_FORUM, 4);
		u.skip("S1", ActivityType.THEME_DAY, 5);
		u.skip("S3", ActivityType.THEME_DAY, 10);
		u.lecturer("S4", "S4-m2");
		u.thinAssembly("S3", 8, 3);
		u.noRecorder("S1", 6);
		u.absent("S1-m7", 4, 5, 6).absent("S3-m5", 7, 8, 9).absent("S4-m4", 1, 2, 3);
		u.paysLate("S2-m3", 6);
		return u;
	}

	/**
	 * 市城投集团有限公司党委 with 工程建设党总支 over two project branches and an office branch directly
	 * under the 党委. Planted: the 党委 puts study second at one meeting; no ideology study
	 * in the second half; the 党总支's branches miss committee meetings (May and June,
	 * June); an out-station member absent from July; two members each paying one month
	 * late; a branch of five whose lectures are given by another member.
	 * @return the unit
	 */
	public static PlantedLedger stateEnterprise() {
		PlantedLedger u = PlantedLedger.unit("G", OrgKind.COMMITTEE, "市城投集团有限公司党委");
		u.committee("Z", OrgKind.GENERAL_BRANCH, "工程建设党总支", "G");
		u.branch("P1", "项目一部党支部", "Z", 9);
		u.branch("P2", "项目二部党支部", "Z", 7);
		u.branch("P3", "综合办公室党支部", "G", 5);
		u.studySecond("G", 3);
		u.directive("D1", "2025-04-02", 4);
		u.skipTopic("G", "IDEOLOGY", 7, 8, 9, 10, 11, 12);
		u.skip("P1", ActivityType.BRANCH_COMMITTEE, 5, 6);
		u.skip("P2", ActivityType.BRANCH_COMMITTEE, 6);
		u.outstation("P1-m9").absent("P1-m9", 7, 8, 9, 10, 11, 12);
		u.paysLate("P2-m5", 4).paysLate("P3-m2", 8);
		u.lecturer("P3", "P3-m3");
		return u;
	}

	/**
	 * 东城街道党工委 with its office branch and two 联合党支部 directly under it. Planted: eleven
	 * central group sessions; no staff forum in the third quarter; a 联合党支部 without its
	 * February theme day and its third-quarter lecture; a mobile member absent from July;
	 * another member absent two quarters; a theme day without recorder.
	 * @return the unit
	 */
	public static PlantedLedger street() {
		PlantedLedger u = PlantedLedger.unit("J", OrgKind.COMMITTEE, "东城街道党工委");
		u.branch("K1", "东城街道机关党支部", "J", 8);
		u.branch("K2", "幸福里社区联合党支部", "J", 6);
		u.branch("K3", "商务楼宇联合党支部", "J", 5);
		u.centralGroup("J", 11);
		u.skip("J", ActivityType.STAFF_FORUM, 7);
		u.skip("K3", ActivityType.THEME_DAY, 2);
		u.skip("K3", ActivityType.PARTY_LECTURE, 7);
		u.mobile("K2-m6").absent("K2-m6", 7, 8, 9, 10, 11, 12);
		u.absent("K3-m4", 1, 2, 3, 7, 8, 9);
		u.noRecorder("K1", 3);
		return u;
	}

	/**
	 * The ledger of {@link #waterBureau()}.
	 * @return the ledger
	 */
	public static Ledger waterBureauLedger() {
		return waterBureau().build();
	}

}
