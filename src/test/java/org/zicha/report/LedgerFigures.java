package org.zicha.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.MemberStatus;
import org.zicha.ledger.Organization;
import org.zicha.ledger.TalkKind;

/**
 * The figures of a report's 基本情况 counted again from a ledger itself, by hand and
 * independently of the statistics, for a whole year: what each body held of its own, the
 * branches' meetings, members and applicants. Each paragraph's figures are listed in the
 * order the bundled wording writes them, a zero left out as the report leaves it out.
 */
final class LedgerFigures {

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?%?");

	private final Ledger ledger;

	private final int year;

	LedgerFigures(Ledger ledger, int year) {
		this.ledger = ledger;
		this.year = year;
	}

	/**
	 * The numbers of a text, without percentages (shares are the statistics' own).
	 * @param text the text
	 * @return the numbers in order
	 */
	static List<String> numbers(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			if (!m.group().endsWith("%")) {
				numbers.add(m.group());
			}
		}
		return numbers;
	}

	/**
	 * The first paragraph: the window, the root's own meetings, topical studies, 第一议题,
	 * central group, 民主生活会 and staff forums; then each committee below the root with its
	 * own.
	 */
	List<String> leadership() {
		List<String> figures = new ArrayList<>(List.of(String.valueOf(this.year), "1", "12"));
		Organization root = this.ledger.organizations().stream().filter(Organization::isRoot).findFirst().orElseThrow();
		List<Activity> meetings = own(root.id(), ActivityType.COMMITTEE_MEETING);
		add(figures, meetings.size(), with(meetings, AgendaKind.PARTY_BUILDING), with(meetings, AgendaKind.IDEOLOGY),
				with(meetings, AgendaKind.STRICT_GOVERNANCE), studyFirst(meetings),
				own(root.id(), ActivityType.CENTRAL_GROUP_STUDY).size(),
				reviewing(root.id(), ActivityType.LEADERSHIP_LIFE_MEETING),
				inYear((a) -> a.hasType(ActivityType.STAFF_FORUM)).size());
		for (Organization org : this.ledger.organizations()) {
			List<Activity> its = own(org.id(), ActivityType.COMMITTEE_MEETING);
			if (!org.isRoot() && !its.isEmpty()) {
				add(figures, its.size(), with(its, AgendaKind.PARTY_BUILDING), with(its, AgendaKind.IDEOLOGY),
						with(its, AgendaKind.STRICT_GOVERNANCE), studyFirst(its),
						own(org.id(), ActivityType.CENTRAL_GROUP_STUDY).size());
			}
		}
		return figures;
	}

	/**
	 * The second paragraph: the branches' meetings by type, 组织生活会, 民主评议 and talks.
	 */
	List<String> branches() {
		List<String> figures = new ArrayList<>();
		for (ActivityType type : List.of(ActivityType.MEMBER_ASSEMBLY, ActivityType.BRANCH_COMMITTEE,
				ActivityType.GROUP_MEETING, ActivityType.PARTY_LECTURE, ActivityType.THEME_DAY)) {
			add(figures, inYear((a) -> a.hasType(type)).size());
		}
		add(figures, reviewing(null, ActivityType.ORG_LIFE_MEETING), reviewing(null, ActivityType.MEMBER_REVIEW));
		add(figures,
				this.ledger.talks()
					.stream()
					.filter((t) -> t.kind() == TalkKind.HEART_TO_HEART && t.date().getYear() == this.year)
					.count());
		return figures;
	}

	/**
	 * The third paragraph: members by status and where they are, applicants by stage,
	 * admitted in the year, converted on time (not after an extended probation, within 30
	 * days of its end).
	 */
	List<String> members() {
		LocalDate end = LocalDate.of(this.year, 12, 31);
		List<Member> counted = this.ledger.members()
			.stream()
			.filter((m) -> m.left() == null || m.left().isAfter(end))
			.toList();
		List<String> figures = new ArrayList<>();
		add(figures, counted.size(), counted.stream().filter((m) -> m.status() != MemberStatus.PROBATIONARY).count(),
				counted.stream().filter((m) -> m.status() == MemberStatus.PROBATIONARY).count(),
				counted.stream().filter(Member::outstation).count(), counted.stream().filter(Member::mobile).count());
		List<Applicant> applicants = this.ledger.applicants();
		add(figures, applicants.stream().filter((a) -> a.activist() == null && a.admitted() == null).count(),
				applicants.stream().filter((a) -> a.activist() != null && a.candidate() == null).count(),
				applicants.stream().filter((a) -> a.candidate() != null && a.admitted() == null).count());
		Set<String> asMembers = this.ledger.members()
			.stream()
			.map((m) -> m.name() + m.orgId() + m.admitted())
			.collect(Collectors.toSet());
		long admitted = this.ledger.members().stream().filter((m) -> inYear(m.admitted())).count() + applicants.stream()
			.filter((a) -> inYear(a.admitted()) && !asMembers.contains(a.name() + a.orgId() + a.admitted()))
			.count();
		long onTime = this.ledger.members()
			.stream()
			.filter((m) -> inYear(m.converted()) && m.probationExtendedUntil() == null
					&& !m.converted().isAfter(m.probationEnd().plusDays(30)))
			.count()
				+ applicants.stream()
					.filter((a) -> inYear(a.converted()) && a.extendedUntil() == null
							&& !asMembers.contains(a.name() + a.orgId() + a.admitted())
							&& !a.converted().isAfter(a.admitted().plusYears(1).plusDays(30)))
					.count();
		add(figures, admitted, onTime);
		return figures;
	}

	private boolean inYear(LocalDate day) {
		return day != null && day.getYear() == this.year;
	}

	private List<Activity> inYear(Predicate<Activity> which) {
		return this.ledger.activities().stream().filter((a) -> inYear(a.date())).filter(which).toList();
	}

	private List<Activity> own(String orgId, ActivityType type) {
		return inYear((a) -> a.orgId().equals(orgId) && a.hasType(type));
	}

	/**
	 * Annual reviews of the year (by the year they review, held by its last day, or after
	 * it for a review of the year held in the next January).
	 */
	private long reviewing(String orgId, ActivityType type) {
		LocalDate end = LocalDate.of(this.year, 12, 31);
		return this.ledger.activities()
			.stream()
			.filter((a) -> a.hasType(type) && (orgId == null || a.orgId().equals(orgId))
					&& a.yearUnderReview() == this.year && !a.date().isAfter(end))
			.count();
	}

	private static long with(List<Activity> meetings, AgendaKind kind) {
		return meetings.stream().filter((m) -> m.agenda().stream().anyMatch((i) -> i.kind() == kind)).count();
	}

	private static long studyFirst(List<Activity> meetings) {
		return meetings.stream()
			.filter((m) -> !m.agenda().isEmpty() && m.agenda().get(0).order() == 1
					&& m.agenda().get(0).kind() == AgendaKind.STUDY)
			.count();
	}

	private static void add(List<String> figures, Number... values) {
		for (Number value : values) {
			if (value.longValue() != 0) {
				figures.add(String.valueOf(value.longValue()));
			}
		}
	}

	/**
	 * The months of a year a member paid late (after the month's end) or not at all.
	 * @param memberId the member
	 * @return the months
	 */
	List<YearMonth> unpaid(String memberId) {
		List<YearMonth> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth ym = YearMonth.of(this.year, month);
			boolean paid = this.ledger.dues()
				.stream()
				.anyMatch((d) -> d.memberId().equals(memberId) && d.months().contains(ym)
						&& !d.paidOn().isAfter(ym.atEndOfMonth()));
			if (!paid) {
				months.add(ym);
			}
		}
		return months;
	}

	/**
	 * The ledger's organisations by id.
	 * @return them
	 */
	Map<String, Organization> organisations() {
		return this.ledger.organizationsById();
	}

}
