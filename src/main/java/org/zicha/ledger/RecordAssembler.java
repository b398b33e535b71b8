package org.zicha.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Assembles the records that refer to the organisations and members: directives,
 * activities with their agenda, dues, talks, applicants and exemptions.
 */
final class RecordAssembler {

	/** The most members a meeting may expect or have present. */
	private static final int MAX_ATTENDANCE = 100_000;

	private static final int MIN_REVIEW_YEAR = 1921;

	private static final int MAX_REVIEW_YEAR = 2200;

	/** The most items an agenda may have. */
	private static final int MAX_AGENDA_ITEMS = 1000;

	/** The largest amount one dues payment may record, in yuan. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	private static final String STAGES_IN_ORDER = "发展党员各阶段（递交申请、确定积极分子、确定发展对象、接收预备党员、转正）的日期应依次在后";

	private final LedgerAssembler base;

	private final Predicate<String> dutyExists;

	private final References references;

	private final RecordOrigins origins = new RecordOrigins();

	RecordAssembler(LedgerAssembler base, Predicate<String> dutyExists) {
		this.base = base;
		this.dutyExists = dutyExists;
		this.references = base.references();
	}

	/**
	 * Assemble the records, table by table; the rows of each table are let go once its
	 * records are made, so that the rows of the whole ledger and its records are not held
	 * at once.
	 */
	Ledger assemble(List<Organization> organizations, List<Member> members) {
		List<Parsed<Directive>> directives = this.base.dedupe(this.base.parse(Table.DIRECTIVES, this::directive),
				Directive::id);
		List<Activity> activities = activities(directives);
		List<Applicant> applicants = this.base
			.valid(this.base.dedupe(this.base.parse(Table.APPLICANTS, this::applicant), Applicant::id));
		this.base.release(Table.APPLICANTS);
		List<Parsed<DuesPayment>> parsedDues = this.base.parse(Table.DUES, this::dues);
		originsOf(parsedDues, this.origins::dues);
		List<DuesPayment> dues = List.copyOf(this.base.distinct(parsedDues));
		this.base.release(Table.DUES);
		List<Parsed<Talk>> parsedTalks = this.base.parse(Table.TALKS, this::talk);
		originsOf(parsedTalks, this.origins::talk);
		List<Talk> talks = List.copyOf(this.base.distinct(parsedTalks));
		this.base.release(Table.TALKS);
		List<Exemption> exemptions = List
			.copyOf(this.base.distinct(this.base.parse(Table.EXEMPTIONS, this::exemption)));
		return new Ledger(organizations, members, activities, this.base.valid(directives), dues, talks, applicants,
				exemptions);
	}

	private List<Activity> activities(List<Parsed<Directive>> directives) {
		List<Parsed<Activity>> activities = this.base.dedupe(this.base.parse(Table.ACTIVITIES, this::activity),
				Activity::id);
		Map<String, List<AgendaItem>> agenda = agenda(activities, directives);
		originsOf(activities, (a, origin) -> this.origins.activity(a.id(), origin));
		this.base.release(Table.AGENDA);
		this.base.release(Table.ACTIVITIES);
		return this.base.valid(activities)
			.stream()
			.map((a) -> agenda.containsKey(a.id()) ? new Activity(a.id(), a.orgId(), a.types(), a.date(), a.topic(),
					a.host(), a.lecturer(), a.lecturerName(), a.expected(), a.present(), a.attendees(), a.recorder(),
					a.urgent(), a.note(), agenda.get(a.id()), a.jointOrgs(), a.reviewYear()) : a)
			.toList();
	}

	/**
	 * Where the records that prove duties were read.
	 * @return the origins of the activities, dues and talks assembled
	 */
	RecordOrigins origins() {
		return this.origins;
	}

	private <T> void originsOf(List<Parsed<T>> parsed, BiConsumer<T, RecordOrigin> origin) {
		parsed.stream()
			.filter((p) -> p.value() != null && this.base.problems().valid(p.row()))
			.forEach((p) -> origin.accept(p.value(), p.origin()));
	}

	private Directive directive(RowReader r) {
		String id = r.text("id");
		String title = r.text("title");
		LocalDate date = r.eventDate("date");
		List<String> forOrgs = this.references.organizations(r, "forOrgs");
		return (id != null && title != null && date != null) ? new Directive(id, title, date, forOrgs) : null;
	}

	private Activity activity(RowReader r) {
		String id = r.text("id");
		Organization org = this.references.organization(r, "orgId");
		List<ActivityType> types = r.values("types", ActivityType.class);
		LocalDate date = r.eventDate("date");
		String lecturerText = r.text("lecturer");
		String lecturer = null;
		if (lecturerText != null) {
			Member member = this.references.find(lecturerText);
			if (member != null) {
				lecturer = member.id();
				lecturerText = member.name();
			}
		}
		Integer expected = r.count("expected", 0, MAX_ATTENDANCE);
		Integer present = r.count("present", 0, MAX_ATTENDANCE);
		List<String> attendees = this.references.members(r, "attendees");
		if (present == null && !attendees.isEmpty()) {
			present = attendees.size();
		}
		if (present != null && expected != null && present > expected) {
			r.problem(r.has("present") ? "present" : "attendees", "实到人数（" + present + "）多于应到人数（" + expected + "）");
		}
		List<String> jointOrgs = this.references.organizations(r, "jointOrgs");
		Integer reviewYear = r.count("reviewYear", MIN_REVIEW_YEAR, MAX_REVIEW_YEAR);
		Activity activity = new Activity(Objects.requireNonNullElse(id, ""),
				(org != null) ? org.id() : Objects.requireNonNullElse(r.row().text("orgId"), ""), types,
				Objects.requireNonNullElse(date, LocalDate.MIN), r.text("topic"), this.references.member(r, "host"),
				lecturer, lecturerText, expected, present, attendees, this.references.member(r, "recorder"),
				r.flag("urgent"), r.text("note"), List.of(), jointOrgs, reviewYear);
		return (id != null && date != null && !types.isEmpty()) ? activity : null;
	}

	private Map<String, List<AgendaItem>> agenda(List<Parsed<Activity>> activities,
			List<Parsed<Directive>> directives) {
		Set<String> validActivities = new HashSet<>();
		this.base.valid(activities).forEach((a) -> validActivities.add(a.id()));
		Set<String> anyActivities = this.base.written(Table.ACTIVITIES, "id");
		Set<String> validDirectives = new HashSet<>();
		this.base.valid(directives).forEach((d) -> validDirectives.add(d.id()));
		Set<String> anyDirectives = this.base.written(Table.DIRECTIVES, "id");
		List<Parsed<AgendaEntry>> entries = this.base.parse(Table.AGENDA,
				(r) -> agendaEntry(r, validActivities, anyActivities, validDirectives, anyDirectives));
		Map<String, Parsed<AgendaEntry>> first = new LinkedHashMap<>();
		Map<String, List<AgendaItem>> byActivity = new LinkedHashMap<>();
		for (Parsed<AgendaEntry> p : entries) {
			if (p.value() == null || !this.base.problems().valid(p.row())) {
				continue;
			}
			String key = p.value().activityId() + "#" + p.value().item().order();
			Parsed<AgendaEntry> earlier = first.putIfAbsent(key, p);
			if (earlier == null) {
				byActivity.computeIfAbsent(p.value().activityId(), (k) -> new ArrayList<>()).add(p.value().item());
			}
			else if (!earlier.value().equals(p.value())) {
				this.base.reader(p.row()).problem("order", "同一活动的议题序号重复，且与" + earlier.where() + "的内容不同");
			}
		}
		return byActivity;
	}

	private AgendaEntry agendaEntry(RowReader r, Set<String> validActivities, Set<String> anyActivities,
			Set<String> validDirectives, Set<String> anyDirectives) {
		String activityId = r.text("activityId");
		if (activityId != null && !validActivities.contains(activityId)) {
			if (anyActivities.contains(activityId)) {
				r.consequence("activityId", "引用的活动“" + activityId + "”所在行有误");
			}
			else {
				r.problem("activityId", "找不到活动“" + activityId + "”（活动表中没有这个活动编号）");
			}
		}
		Integer order = r.count("order", 0, MAX_AGENDA_ITEMS);
		if (order != null && order < 1) {
			r.problem("order", "议题序号应从1开始");
		}
		String title = r.text("title");
		AgendaKind kind = r.has("kind") ? r.value("kind", AgendaKind.class) : AgendaKind.OTHER;
		List<String> studies = new ArrayList<>();
		for (String id : r.list("studies")) {
			if (validDirectives.contains(id)) {
				studies.add(id);
			}
			else {
				r.problem("studies", id,
						anyDirectives.contains(id) ? "引用的学习篇目“" + id + "”所在行有误" : "找不到学习篇目“" + id + "”（学习篇目表中没有这个编号）",
						anyDirectives.contains(id));
			}
		}
		return (activityId != null && order != null && title != null && kind != null)
				? new AgendaEntry(activityId, new AgendaItem(order, title, kind, studies)) : null;
	}

	private DuesPayment dues(RowReader r) {
		String member = this.references.member(r, "memberId");
		List<YearMonth> months = r.months("months");
		LocalDate paidOn = r.eventDate("paidOn");
		DuesPayment payment = new DuesPayment(Objects.requireNonNullElse(member, ""), months,
				Objects.requireNonNullElse(paidOn, LocalDate.MIN), r.decimal("amount", MAX_AMOUNT));
		return (member != null && !months.isEmpty() && paidOn != null) ? payment : null;
	}

	private Talk talk(RowReader r) {
		LocalDate date = r.eventDate("date");
		String by = this.references.member(r, "by");
		String with = this.references.member(r, "with");
		TalkKind kind = r.has("kind") ? r.value("kind", TalkKind.class) : TalkKind.HEART_TO_HEART;
		return (date != null && by != null && with != null && kind != null) ? new Talk(date, by, with, kind) : null;
	}

	private Applicant applicant(RowReader r) {
		String id = r.text("id");
		String name = r.text("name");
		Organization branch = this.references.branch(r, "orgId");
		LocalDate applied = r.eventDate("applied");
		LocalDate talked = r.eventDate("talked");
		LocalDate activist = r.eventDate("activist");
		LocalDate candidate = r.eventDate("candidate");
		LocalDate admitted = r.eventDate("admitted");
		LocalDate extendedUntil = r.date("extendedUntil");
		LocalDate converted = r.eventDate("converted");
		r.inOrder("applied", applied, "talked", talked, STAGES_IN_ORDER);
		String[] stages = { "applied", "activist", "candidate", "admitted", "converted" };
		LocalDate[] dates = { applied, activist, candidate, admitted, converted };
		int previous = 0;
		for (int i = 1; i < stages.length; i++) {
			if (dates[i] != null) {
				r.inOrder(stages[previous], dates[previous], stages[i], dates[i], STAGES_IN_ORDER);
				previous = i;
			}
		}
		if (extendedUntil != null && !r.has("admitted")) {
			r.problem("extendedUntil", "填写了延长预备期，应同时填写接收预备党员日期");
		}
		if (extendedUntil != null && admitted != null && !extendedUntil.isAfter(admitted.plusYears(1))) {
			r.problem("extendedUntil", "应在预备期满（接收预备党员日期后一年，" + admitted.plusYears(1) + "）之后");
		}
		Applicant applicant = new Applicant(Objects.requireNonNullElse(id, ""), Objects.requireNonNullElse(name, ""),
				(branch != null) ? branch.id() : "", Objects.requireNonNullElse(applied, LocalDate.MIN), talked,
				activist, candidate, admitted, extendedUntil, converted);
		return (id != null && name != null && branch != null && applied != null) ? applicant : null;
	}

	private Exemption exemption(RowReader r) {
		String duty = r.text("duty");
		if (duty != null && !this.dutyExists.test(duty)) {
			r.problem("duty", "没有这个义务代码（可用 `rules` 命令查看全部义务代码）");
		}
		Organization org = this.references.organization(r, "orgId");
		String member = this.references.member(r, "memberId");
		LocalDate from = r.date("from");
		LocalDate to = r.date("to");
		if (from != null && to != null && to.isBefore(from)) {
			r.problem("to", "截止日期早于起始日期");
		}
		String reason = r.text("reason");
		return (duty != null && from != null && to != null && reason != null)
				? new Exemption(duty, (org != null) ? org.id() : null, member, from, to, reason, r.text("approval"))
				: null;
	}

	/**
	 * An agenda item with the activity it belongs to.
	 */
	private record AgendaEntry(String activityId, AgendaItem item) {

	}

}
