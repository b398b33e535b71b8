package org.zicha.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.MemberStatus;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;
import org.zicha.ledger.TalkKind;

/**
 * The figures a report quotes (its 基本情况), computed from the ledger as it stood and the
 * merged duty-periods of the window: events held by type, the share of branch-periods
 * that met each duty of 三会一课, members, applicants by stage, dues paid on time, and each
 * organisation's 履职率 (the share of its evaluated duty-periods that were met).
 */
final class Statistics {

	/** The duties of 三会一课 and 主题党日, with the event type each counts. */
	private static final Map<String, ActivityType> MEETING_DUTIES = meetingDuties();

	private final Ledger ledger;

	private final Run run;

	private final List<DutyPeriod> dutyPeriods;

	private final Summary.Conversions conversions;

	/**
	 * The as-of day of the whole run: an annual review is rated once its deadline has
	 * come.
	 */
	private final LocalDate judgedBy;

	/**
	 * The statistics of a run.
	 * @param ledger the ledger as it stood on the as-of day
	 * @param run the run
	 * @param dutyPeriods the duty-periods evaluated, the exempted ones marked
	 * @param conversions the probations the rules derived and the conversions made late
	 */
	Statistics(Ledger ledger, Run run, List<DutyPeriod> dutyPeriods, Summary.Conversions conversions) {
		this(ledger, run, dutyPeriods, conversions, run.asOf());
	}

	private Statistics(Ledger ledger, Run run, List<DutyPeriod> dutyPeriods, Summary.Conversions conversions,
			LocalDate judgedBy) {
		this.ledger = ledger;
		this.run = run;
		this.dutyPeriods = dutyPeriods;
		this.conversions = conversions;
		this.judgedBy = judgedBy;
	}

	private static Map<String, ActivityType> meetingDuties() {
		Map<String, ActivityType> duties = new LinkedHashMap<>();
		duties.put("SHYK.ASSEMBLY", ActivityType.MEMBER_ASSEMBLY);
		duties.put("SHYK.COMMITTEE", ActivityType.BRANCH_COMMITTEE);
		duties.put("SHYK.GROUP", ActivityType.GROUP_MEETING);
		duties.put("SHYK.LECTURE", ActivityType.PARTY_LECTURE);
		duties.put("THEME_DAY", ActivityType.THEME_DAY);
		return duties;
	}

	Map<String, Object> compute() {
		Map<String, Object> stats = new LinkedHashMap<>();
		Period window = this.run.window();
		List<Activity> held = this.ledger.activities().stream().filter((a) -> a.heldIn(window)).toList();
		stats.put("window", Evidence.of("from", window.from(), "to", window.to()));
		stats.put("organizations", organizations());
		stats.put("members", members());
		List<Activity> rootsOwn = held.stream().filter((a) -> roots().contains(a.orgId())).toList();
		List<Activity> committeeMeetings = ofType(rootsOwn, ActivityType.COMMITTEE_MEETING);
		stats.put("committeeMeetings", committee(committeeMeetings));
		stats.put("firstAgenda",
				Evidence.of("studyItems", committeeMeetings.stream().filter(Agenda::studyFirst).count(), "directives",
						this.ledger.directives().stream().filter((d) -> window.contains(d.date())).count(),
						"studiedInTime", count("FIRST_AGENDA.TIMELY", DutyPeriod::met), "studiedLateOrNot",
						count("FIRST_AGENDA.TIMELY", (d) -> !d.met() && this.run.closed(d.period()))));
		stats.put("centralGroupStudies", ofType(rootsOwn, ActivityType.CENTRAL_GROUP_STUDY).size());
		stats.put("committees", committees(held));
		Map<String, Object> meetings = new LinkedHashMap<>();
		MEETING_DUTIES.forEach((duty, type) -> meetings.put(type.name(), meetingStats(duty, ofType(held, type))));
		stats.put("meetings", meetings);
		List<Activity> reviews = reviewing(window);
		stats.put("orgLifeMeetings", ofType(reviews, ActivityType.ORG_LIFE_MEETING).size());
		stats.put("memberReviews", ofType(reviews, ActivityType.MEMBER_REVIEW).size());
		stats.put("leadershipLifeMeetings", ofType(reviews, ActivityType.LEADERSHIP_LIFE_MEETING).size());
		stats.put("talks",
				this.ledger.talks()
					.stream()
					.filter((t) -> t.kind() == TalkKind.HEART_TO_HEART && window.contains(t.date()))
					.count());
		stats.put("staffForums", ofType(held, ActivityType.STAFF_FORUM).size());
		stats.put("applicants", applicants(window));
		stats.put("dues", dues());
		stats.put("organizationRates", rates());
		if (this.run.from().getYear() < window.to().getYear()) {
			stats.put("years", years(window));
		}
		return stats;
	}

	/**
	 * The same figures for each calendar year of a window that spans several: events and
	 * payments of the year, its duty-periods (those ending in it), members as at its end
	 * (or the as-of day).
	 */
	private List<Map<String, Object>> years(Period window) {
		List<Map<String, Object>> years = new ArrayList<>();
		for (int y = window.from().getYear(); y <= window.to().getYear(); y++) {
			int year = y;
			Period calendar = Period.year(year);
			Run part = new Run(calendar.to().isBefore(this.run.asOf()) ? calendar.to() : this.run.asOf(),
					calendar.from().isBefore(this.run.from()) ? this.run.from() : calendar.from(),
					calendar.to().isAfter(this.run.to()) ? this.run.to() : calendar.to());
			List<DutyPeriod> ofYear = this.dutyPeriods.stream()
				.filter((d) -> d.period() != null && d.period().to().getYear() == year)
				.toList();
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("year", year);
			figures.putAll(new Statistics(this.ledger, part, ofYear, this.conversions, this.judgedBy).compute());
			years.add(figures);
		}
		return years;
	}

	/**
	 * The figures of a body's committee meetings: held, urgent, with a topical study of
	 * 党建, 意识形态 or 全面从严治党, and those that opened with a study item (第一议题).
	 */
	private static Map<String, Object> committee(List<Activity> meetings) {
		return Evidence.of("held", meetings.size(), "urgent", meetings.stream().filter(Activity::urgent).count(),
				"withPartyBuilding", withItems(meetings, AgendaKind.PARTY_BUILDING), "withIdeology",
				withItems(meetings, AgendaKind.IDEOLOGY), "withStrictGovernance",
				withItems(meetings, AgendaKind.STRICT_GOVERNANCE), "firstItemStudy",
				meetings.stream().filter(Agenda::studyFirst).count());
	}

	/**
	 * The committee figures of each organisation below the root that held committee
	 * meetings in the window (a 机关党委, a 党总支), in ledger order: its own meetings and
	 * central group studies, apart from the root's.
	 */
	private List<Map<String, Object>> committees(List<Activity> held) {
		List<Map<String, Object>> committees = new ArrayList<>();
		for (Organization org : this.ledger.organizations()) {
			List<Activity> own = held.stream().filter((a) -> a.orgId().equals(org.id())).toList();
			List<Activity> meetings = ofType(own, ActivityType.COMMITTEE_MEETING);
			if (org.isRoot() || meetings.isEmpty()) {
				continue;
			}
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("orgId", org.id());
			figures.put("orgName", org.name());
			figures.putAll(committee(meetings));
			figures.put("centralGroupStudies", ofType(own, ActivityType.CENTRAL_GROUP_STUDY).size());
			committees.add(figures);
		}
		return committees;
	}

	private java.util.Set<String> roots() {
		return this.ledger.organizations()
			.stream()
			.filter(Organization::isRoot)
			.map(Organization::id)
			.collect(Collectors.toSet());
	}

	/**
	 * The annual reviews counted for a window by the year they review, not by their date:
	 * those reviewing a year the window touches, held by the as-of day (a 2024年度 meeting
	 * held in January 2025 counts for 2024).
	 */
	private List<Activity> reviewing(Period window) {
		int first = window.from().getYear();
		int last = window.to().getYear();
		return this.ledger.activities().stream().filter(ReviewYear::isReview).filter((a) -> {
			int year = a.yearUnderReview();
			return year >= first && year <= last;
		}).toList();
	}

	private Map<String, Object> organizations() {
		List<Organization> orgs = this.ledger.organizations().stream().filter((o) -> o.dissolved() == null).toList();
		return Evidence.of("total", orgs.size(), "branches",
				orgs.stream().filter((o) -> o.kind() == OrgKind.BRANCH).count(), "groups",
				orgs.stream().filter((o) -> o.kind() == OrgKind.GROUP).count());
	}

	private Map<String, Object> members() {
		List<Member> counted = this.ledger.members().stream().filter((m) -> m.countedOn(this.run.asOf())).toList();
		return Evidence.of("total", counted.size(), "full", counted.stream().filter(Member::isFull).count(),
				"probationary", counted.stream().filter((m) -> m.status() == MemberStatus.PROBATIONARY).count(),
				"outstation", counted.stream().filter(Member::outstation).count(), "mobile",
				counted.stream().filter(Member::mobile).count());
	}

	private Map<String, Object> meetingStats(String duty, List<Activity> held) {
		List<DutyPeriod> evaluated = evaluated(duty);
		long met = evaluated.stream().filter(DutyPeriod::met).count();
		return Evidence.of("held", held.size(), "periods", evaluated.size(), "periodsMet", met, "rate",
				rate(met, evaluated.size()));
	}

	private Map<String, Object> applicants(Period window) {
		List<Applicant> all = this.ledger.applicants();
		Predicate<LocalDate> inWindow = (d) -> d != null && window.contains(d);
		List<Summary.Conversions.Probation> probations = this.conversions.probations();
		long converted = probations.stream().filter((p) -> inWindow.test(p.converted())).count();
		// 按期转正: converted in time after a probation that was not extended
		List<LocalDate> late = new ArrayList<>(this.conversions.late());
		long onTime = probations.stream()
			.filter((p) -> inWindow.test(p.converted()) && !p.extended() && !late.remove(p.converted()))
			.count();
		return Evidence.of("applicants",
				all.stream().filter((a) -> a.activist() == null && a.admitted() == null).count(), "activists",
				all.stream().filter((a) -> a.activist() != null && a.candidate() == null).count(), "candidates",
				all.stream().filter((a) -> a.candidate() != null && a.admitted() == null).count(), "probationary",
				probations.stream().filter((p) -> p.converted() == null).count(), "appliedInWindow",
				all.stream().filter((a) -> inWindow.test(a.applied())).count(), "admittedInWindow",
				probations.stream().filter((p) -> inWindow.test(p.admitted())).count(), "convertedInWindow", converted,
				"convertedOnTime", onTime);
	}

	private Map<String, Object> dues() {
		List<Period> months = EvalPeriod.of(this.run)
			.stream()
			.filter((p) -> p.kind() == PeriodKind.MONTH && !p.open())
			.map(EvalPeriod::period)
			.toList();
		long memberMonths = 0;
		long paid = 0;
		Map<String, List<DuesPayment>> byMember = this.ledger.dues()
			.stream()
			.collect(Collectors.groupingBy(DuesPayment::memberId));
		for (Member member : this.ledger.members()) {
			List<DuesPayment> payments = byMember.getOrDefault(member.id(), List.of());
			for (Period month : months) {
				if (member.countedIn(month)) {
					memberMonths++;
					if (DuesMonth.of(member, month, payments).paidOnTime()) {
						paid++;
					}
				}
			}
		}
		return Evidence.of("memberMonths", memberMonths, "paidOnTime", paid, "rate", rate(paid, memberMonths));
	}

	private List<Map<String, Object>> rates() {
		Map<String, long[]> byOrg = new LinkedHashMap<>();
		for (DutyPeriod d : this.dutyPeriods) {
			if (d.organisational() && judged(d) && !d.exempted()) {
				long[] counts = byOrg.computeIfAbsent(d.orgId(), (k) -> new long[2]);
				counts[0]++;
				if (d.met()) {
					counts[1]++;
				}
			}
		}
		Map<String, Organization> orgs = this.ledger.organizationsById();
		return byOrg.entrySet()
			.stream()
			.map((e) -> Evidence.of("orgId", e.getKey(), "orgName", orgs.get(e.getKey()).name(), "evaluated",
					e.getValue()[0], "met", e.getValue()[1], "rate", rate(e.getValue()[1], e.getValue()[0])))
			.sorted(Comparator.comparing((Map<String, Object> m) -> (BigDecimal) m.get("rate"))
				.thenComparing((m) -> (String) m.get("orgId")))
			.toList();
	}

	/**
	 * Whether a duty-period is judged: a calendar period closed by the as-of day, an
	 * annual review whose deadline has come by the whole run's as-of day (in the figures
	 * of each year, the review of that year).
	 */
	private boolean judged(DutyPeriod d) {
		return (d.deadline() != null) ? d.dueBy(this.judgedBy) : this.run.closed(d.period());
	}

	private List<DutyPeriod> evaluated(String duty) {
		return this.dutyPeriods.stream()
			.filter((d) -> d.duty().equals(duty) && d.scope() == Outcome.Scope.PERIODIC && this.run.closed(d.period()))
			.filter((d) -> !d.exempted())
			.toList();
	}

	private long count(String duty, Predicate<DutyPeriod> test) {
		return this.dutyPeriods.stream().filter((d) -> d.duty().equals(duty)).filter(test).count();
	}

	private static List<Activity> ofType(Collection<Activity> activities, ActivityType type) {
		return activities.stream().filter((a) -> a.hasType(type)).toList();
	}

	private static long withItems(Collection<Activity> meetings, AgendaKind kind) {
		return meetings.stream().filter((m) -> m.itemsOf(kind) > 0).count();
	}

	private static BigDecimal rate(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

}
