package org.zicha.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.zicha.inspection.InspectionResult;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaItem;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Directive;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.PlantedUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the body counted again from the ledger itself, not from the findings:
 * 基本情况 of the sample and of two generated units (a 党组 with its 机关党委, a 党委 whose branches
 * sit directly under it), and 存在的问题 and the bodies 下步工作 names for the generated units,
 * from what was planted in them.
 */
class ReportFactsTests {

	private static final String AS_OF = "2025-12-31";

	@Test
	void theSamplesBasicsAreTheLedgersOwnFigures() {
		InspectionResult result = Inspections.inspect(Path.of("sample-data/json"), AS_OF);
		assertBasics(result.report(), result.read().ledger());
	}

	@Test
	void theWaterBureausBasicsAreTheLedgersOwnFigures() {
		Ledger ledger = PlantedUnits.waterBureau().build();
		assertBasics(Checks.report(ledger, AS_OF), ledger);
	}

	@Test
	void theCountyEducationBasicsAreTheLedgersOwnFigures() {
		Ledger ledger = PlantedUnits.countyEducation().build();
		assertBasics(Checks.report(ledger, AS_OF), ledger);
	}

	private static void assertBasics(Report report, Ledger ledger) {
		LedgerFigures figures = new LedgerFigures(ledger, 2025);
		assertThat(LedgerFigures.numbers(report.basics().get(0))).containsExactlyElementsOf(figures.leadership());
		assertThat(LedgerFigures.numbers(report.basics().get(1))).containsExactlyElementsOf(figures.branches());
		assertThat(LedgerFigures.numbers(report.basics().get(2))).containsExactlyElementsOf(figures.members());
	}

	@Test
	void theWaterBureausProblemsAreWhatWasPlanted() {
		Ledger ledger = PlantedUnits.waterBureau().build();
		Report report = Checks.report(ledger, AS_OF);
		Facts facts = new Facts(ledger);
		assertThat(numbers(report, "理论武装")).containsExactly(facts.notFirst("R"), facts.lateDirectives("R"),
				facts.count("R", ActivityType.CENTRAL_GROUP_STUDY), 12L, facts.notFirst("C"));
		Period overdue = facts.overdue("B4");
		assertThat(numbers(report, "管党治党责任")).containsExactly((long) overdue.getYears(), (long) overdue.getMonths());
		assertThat(numbers(report, "组织生活"))
			.containsExactlyElementsOf(facts.monthsWithout("B1", ActivityType.THEME_DAY));
		List<String> lapsed = facts.lapsed();
		assertThat(numbers(report, "党员队伍")).containsExactly((long) lapsed.size(), 6L,
				(long) facts.inactive(lapsed).size(), 1L, 1L, (long) facts.unpaid("B3-m4").size());
		assertThat(report.problems().get(3).text()).contains("2名外驻站点党员连续6个月", "1名党员有1个季度");
		assertThat(measures(report)).containsExactly("由局党组负责，局机关党委抓好落实。", "由局党组负责，水文站党支部抓好落实。",
				"由局机关党委督促指导，有关党支部书记负责抓好落实。", "由局机关党委督促指导，有关党支部书记负责抓好落实。");
		assertThat(facts.parents("B1", "B2", "B3")).containsExactly("C", "R");
		assertThat(facts.parents("B1", "B2")).containsExactly("C", "R");
		assertThat(facts.parents("B1", "B2", "B4")).containsExactly("R");
	}

	@Test
	void theCountyEducationProblemsAreWhatWasPlanted() {
		Ledger ledger = PlantedUnits.countyEducation().build();
		Report report = Checks.report(ledger, AS_OF);
		Facts facts = new Facts(ledger);
		assertThat(numbers(report, "理论武装")).containsExactly(facts.notFirst("E"), facts.lateDirectives("E"));
		assertThat(report.problems().get(0).text()).contains("有1篇重要讲话、重要指示批示未在印发后规定时限内列入第一议题学习");
		assertThat(numbers(report, "管党治党责任")).containsExactly(facts.fullMembers("S2"));
		long themeDays = facts.monthsWithout("S1", ActivityType.THEME_DAY).size()
				+ facts.monthsWithout("S3", ActivityType.THEME_DAY).size();
		assertThat(numbers(report, "组织生活")).containsExactly(2L, themeDays, facts.thinAssemblies(),
				facts.withoutRecorder());
		List<String> inactive = facts.inactive(List.of());
		assertThat(numbers(report, "党员队伍")).containsExactly((long) inactive.size(), 1L, 1L,
				(long) facts.unpaid("S2-m3").size());
		assertThat(report.problems().get(3).text()).contains("3名党员各有1个季度未参加组织生活");
		assertThat(facts.parents("S1", "S2", "S3", "S4")).containsExactly("E");
		assertThat(report.basics().get(0)).startsWith("2025年1月至12月，局党委召开党委会议12次");
		assertThat(measures(report)).allSatisfy((m) -> assertThat(m).startsWith("由局党委"));
		assertThat(String.join("", measures(report))).doesNotContain("机关党委");
	}

	private static List<Long> numbers(Report report, String theme) {
		String text = report.problems()
			.stream()
			.filter((p) -> p.theme().equals(theme))
			.findFirst()
			.orElseThrow()
			.text();
		return LedgerFigures.numbers(text).stream().map(Long::valueOf).toList();
	}

	private static List<String> measures(Report report) {
		return report.measures().stream().map((m) -> m.text().substring(m.text().lastIndexOf("由"))).toList();
	}

	/**
	 * Problems counted by hand from a generated ledger of 2025.
	 */
	private static final class Facts {

		private final Ledger ledger;

		private final LedgerFigures figures;

		Facts(Ledger ledger) {
			this.ledger = ledger;
			this.figures = new LedgerFigures(ledger, 2025);
		}

		long notFirst(String org) {
			return meetings(org).stream().filter((m) -> {
				AgendaItem first = m.agenda().isEmpty() ? null : m.agenda().get(0);
				return first == null || first.kind() != AgendaKind.STUDY;
			}).count();
		}

		long lateDirectives(String org) {
			long late = 0;
			for (Directive d : this.ledger.directives()) {
				LocalDate limit = d.date().plusDays(30);
				boolean inTime = meetings(org).stream()
					.anyMatch((m) -> !m.date().isBefore(d.date()) && !m.date().isAfter(limit)
							&& m.agenda().stream().anyMatch((i) -> i.studies().contains(d.id())));
				if (!inTime && d.forOrgs().contains(org)) {
					late++;
				}
			}
			return late;
		}

		long count(String org, ActivityType type) {
			return this.ledger.activities().stream().filter((a) -> a.orgId().equals(org) && a.hasType(type)).count();
		}

		Period overdue(String org) {
			Organization o = this.ledger.organizationsById().get(org);
			return Period.between(o.termStart().plusYears(o.termYears()), LocalDate.parse(AS_OF));
		}

		List<Long> monthsWithout(String org, ActivityType type) {
			List<Long> months = new ArrayList<>();
			for (int month = 1; month <= 12; month++) {
				int m = month;
				if (this.ledger.activities()
					.stream()
					.noneMatch((a) -> a.orgId().equals(org) && a.hasType(type) && a.date().getMonthValue() == m)) {
					months.add((long) month);
				}
			}
			return months;
		}

		long fullMembers(String org) {
			return this.ledger.members().stream().filter((m) -> m.orgId().equals(org) && m.isFull()).count();
		}

		long thinAssemblies() {
			return this.ledger.activities()
				.stream()
				.filter((a) -> a.hasType(ActivityType.MEMBER_ASSEMBLY) && a.expected() != null
						&& a.present() * 2 <= a.expected())
				.count();
		}

		long withoutRecorder() {
			return this.ledger.activities().stream().filter((a) -> a.isMinuted() && a.recorder() == null).count();
		}

		/**
		 * Members absent from every event of their branch for six months or more in a
		 * row.
		 */
		List<String> lapsed() {
			List<String> lapsed = new ArrayList<>();
			for (Member member : this.ledger.members()) {
				int run = 0;
				int longest = 0;
				for (int month = 1; month <= 12; month++) {
					run = attended(member, month) ? 0 : run + 1;
					longest = Math.max(longest, run);
				}
				if (longest >= 6) {
					lapsed.add(member.id());
				}
			}
			return lapsed;
		}

		/**
		 * Members, not lapsed, absent a whole quarter.
		 */
		List<String> inactive(List<String> lapsed) {
			Set<String> inactive = new TreeSet<>();
			for (Member member : this.ledger.members()) {
				for (int q = 0; q < 4 && !lapsed.contains(member.id()); q++) {
					if (!attended(member, 3 * q + 1) && !attended(member, 3 * q + 2) && !attended(member, 3 * q + 3)) {
						inactive.add(member.id());
					}
				}
			}
			return List.copyOf(inactive);
		}

		List<?> unpaid(String member) {
			return this.figures.unpaid(member);
		}

		/**
		 * The higher organisations all of some organisations have in common, nearest
		 * first.
		 */
		List<String> parents(String... orgIds) {
			Map<String, Organization> orgs = this.ledger.organizationsById();
			List<String> common = null;
			for (String id : orgIds) {
				List<String> above = new ArrayList<>();
				for (String at = orgs.get(id).parentId(); at != null; at = orgs.get(at).parentId()) {
					above.add(at);
				}
				common = (common == null) ? above : common.stream().filter(above::contains).toList();
			}
			return common;
		}

		private boolean attended(Member member, int month) {
			return this.ledger.activities()
				.stream()
				.filter((a) -> a.orgId().equals(member.orgId()) && a.date().getMonthValue() == month)
				.anyMatch((a) -> a.attendees().contains(member.id()));
		}

		private List<Activity> meetings(String org) {
			return this.ledger.activities()
				.stream()
				.filter((a) -> a.orgId().equals(org) && a.hasType(ActivityType.COMMITTEE_MEETING))
				.toList();
		}

	}

}
