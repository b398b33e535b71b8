package org.zicha.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.check.CheckResult;
import org.zicha.check.Outcome;
import org.zicha.check.Run;
import org.zicha.dossier.Dossier;
import org.zicha.dossier.Entry;
import org.zicha.dossier.ExemptionRecord;
import org.zicha.dossier.FeedbackItem;
import org.zicha.dossier.Fulfilment;
import org.zicha.dossier.Organisation;
import org.zicha.dossier.Proof;
import org.zicha.dossier.Rectification;
import org.zicha.finding.Duty;
import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.RunInfo;
import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.RecordOrigins;
import org.zicha.ledger.Talk;
import org.zicha.ledger.TalkKind;
import org.zicha.ledger.Vocabulary;
import org.zicha.rules.RuleBook;

/**
 * What the dossier needs from a check: an entry for every finding (missed, exempted or
 * due soon) and for every duty-period of the window that was met, each with the ledger
 * records that prove it and where they were read. The outcomes of the check are read here
 * only; the dossier itself knows nothing of the engine.
 */
final class DossierInputs {

	/** The duty whose records are the talks of a branch's members. */
	private static final String TALKS = "TALKS.ANNUAL";

	/** The duty of holding elections on time, whose records are the elections. */
	private static final String ELECTION = "ELECTION.OVERDUE";

	/** The duty whose records are the dues payments of a branch's members. */
	private static final String DUES = "DUES.MONTHLY";

	private final CheckResult result;

	private final RuleBook book;

	private final Vocabulary vocabulary;

	private final RecordOrigins origins;

	private final Ledger ledger;

	private final Run run;

	private final Map<String, Organization> organisations;

	private final Map<String, Member> members;

	private final Map<String, Activity> activities = new HashMap<>();

	private final Map<String, Outcome.Scope> scopes = new HashMap<>();

	private final List<Evaluated> evaluated;

	private Map<String, List<Talk>> talks;

	private Map<String, List<DuesPayment>> dues;

	private DossierInputs(CheckResult result, LedgerRead read, RuleBook book) {
		this.result = result;
		this.book = book;
		this.vocabulary = book.vocabulary();
		this.origins = read.origins();
		this.ledger = result.ledger();
		this.run = result.run();
		this.organisations = this.ledger.organizationsById();
		this.members = this.ledger.membersById();
		this.ledger.activities().forEach((a) -> this.activities.put(a.id(), a));
		this.evaluated = evaluated(result);
		this.evaluated.forEach((e) -> this.scopes.putIfAbsent(e.key(), e.scope()));
	}

	/**
	 * The dossier of a check.
	 * @param result the check's result
	 * @param read the ledger as read, with the records' origins
	 * @param book the rule book the check used
	 * @param run the run's dates and digests
	 * @param feedback the items of an earlier inspection's feedback, or null when none
	 * was read
	 * @param rectifications what a rectification ledger says, by finding key, or null
	 * when none was read
	 * @return the dossier
	 */
	static Dossier of(CheckResult result, LedgerRead read, RuleBook book, RunInfo run, List<FeedbackItem> feedback,
			Map<String, Rectification> rectifications) {
		DossierInputs inputs = new DossierInputs(result, read, book);
		Ledger ledger = result.ledger();
		String root = ledger.organizations()
			.stream()
			.filter(Organization::isRoot)
			.map(Organization::name)
			.collect(Collectors.joining("、"));
		List<Organisation> organisations = ledger.organizations()
			.stream()
			.map((o) -> new Organisation(o.id(), o.name(), inputs.vocabulary.label(o.kind()), o.isRoot()))
			.toList();
		List<String> areas = new ArrayList<>(Duty.AREAS);
		book.duties().stream().map(Duty::area).distinct().filter((a) -> !areas.contains(a)).forEach(areas::add);
		return new Dossier(root, run.from(), run.to(), run.asOf(), run.generatedAt().toString(), run.tool(),
				read.files(), organisations, areas, inputs.entries(), inputs.exemptions(),
				(rectifications != null) ? rectifications : Map.of(), rectifications != null,
				(feedback != null) ? feedback : List.of(), feedback != null);
	}

	private List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (Finding f : this.result.findings()) {
			entries.add(reported(f, (f.severity() == Severity.NOTICE) ? Fulfilment.DUE : Fulfilment.MISSED, null));
		}
		for (Exempted e : this.result.exempted()) {
			entries.add(reported(e.finding(), Fulfilment.EXEMPTED, e));
		}
		Set<String> reported = entries.stream().map((e) -> e.finding().key()).collect(Collectors.toSet());
		Map<String, List<Evaluated>> personal = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (Evaluated o : this.evaluated) {
			String key = o.key();
			if (!o.met() || reported.contains(key) || !inWindow(o) || !seen.add(key)) {
				continue;
			}
			if (o.scope() == Outcome.Scope.PERIODIC && o.subject() != null
					&& o.subject().kind() == Subject.Kind.MEMBER) {
				personal.computeIfAbsent(Finding.key(o.duty(), o.orgId(), null, o.period()), (k) -> new ArrayList<>())
					.add(o);
			}
			else {
				entries.add(met(o));
			}
		}
		personal.values().forEach((list) -> entries.add(members(list)));
		entries.addAll(elections(entries));
		entries.sort(order());
		return entries;
	}

	/**
	 * An entry of a finding: missed, exempted or due soon.
	 */
	private Entry reported(Finding f, Fulfilment fulfilment, Exempted exempted) {
		Duty duty = duty(f.duty());
		Outcome.Scope scope = this.scopes.get(f.key());
		boolean rated = rated(scope, f.orgId(), f.subject(), f.period());
		LocalDate lastSeen = (scope == Outcome.Scope.STANDING || f.period() == null) ? this.run.asOf()
				: f.period().to();
		return new Entry(f.duty(), duty.title(), duty.area(), f.orgId(), f.orgName(), f.subject(), f.period(),
				fulfilment, rated, integer(f.evidence().get("required")), integer(f.evidence().get("actual")), null,
				proofs(f.duty(), f.orgId(), f.subject(), f.period(), ids(f.evidence())), f,
				(exempted != null) ? exempted.reason() : null, (exempted != null) ? exempted.approval() : null,
				lastSeen);
	}

	private Entry met(Evaluated o) {
		Duty duty = duty(o.duty());
		Integer required = o.required();
		Integer actual = o.actual();
		String note = (required != null && actual != null) ? "要求" + required + "次，实际" + actual + "次"
				: (o.subject() != null && o.subject().kind() == Subject.Kind.DIRECTIVE)
						? "已按时学习“" + o.subject().name() + "”" : "符合要求";
		boolean rated = rated(o.scope(), o.orgId(), o.subject(), o.period());
		return new Entry(o.duty(), duty.title(), duty.area(), o.orgId(), orgName(o.orgId()), o.subject(), o.period(),
				Fulfilment.MET, rated, required, actual, note,
				proofs(o.duty(), o.orgId(), o.subject(), o.period(), o.recordIds()), null, null, null, null);
	}

	/**
	 * One entry for the members who met a duty about each member in a period (the members
	 * who did not are findings of their own).
	 */
	private Entry members(List<Evaluated> outcomes) {
		Evaluated first = outcomes.get(0);
		Duty duty = duty(first.duty());
		return new Entry(first.duty(), duty.title(), duty.area(), first.orgId(), orgName(first.orgId()), null,
				first.period(), Fulfilment.MET, false, null, null, outcomes.size() + "名党员符合要求", List.of(), null, null,
				null, null);
	}

	/**
	 * The elections held in the window by organisations whose term is in order: the
	 * records that prove the duty to hold elections on time, which the rules report only
	 * when it is not met (an overdue term is a finding, and its entry lists the elections
	 * of the window too).
	 */
	private List<Entry> elections(List<Entry> entries) {
		Set<String> overdue = entries.stream()
			.filter((e) -> e.duty().equals(ELECTION) && e.orgId() != null)
			.map(Entry::orgId)
			.collect(Collectors.toSet());
		Period window = Period.span(this.run.from(),
				this.run.to().isBefore(this.run.asOf()) ? this.run.to() : this.run.asOf());
		Map<String, List<Activity>> held = this.ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.ELECTION) && window.contains(a.date()))
			.sorted(Comparator.comparing(Activity::date))
			.collect(Collectors.groupingBy(Activity::orgId, LinkedHashMap::new, Collectors.toList()));
		List<Entry> met = new ArrayList<>();
		Duty duty = this.book.duty(ELECTION).orElse(null);
		if (duty == null) {
			return met;
		}
		held.forEach((orgId, elections) -> {
			if (!overdue.contains(orgId)) {
				met.add(new Entry(ELECTION, duty.title(), duty.area(), orgId, orgName(orgId), null, window,
						Fulfilment.MET, false, null, null, "期间内按期换届" + elections.size() + "次",
						elections.stream().map(this::proof).toList(), null, null, null, null));
			}
		});
		return met;
	}

	/**
	 * Whether an entry counts for the 履职率: an organisation's own duty over a closed
	 * calendar period, or over one of its meetings or directives; not a duty about a
	 * person, nor a standing state.
	 */
	private boolean rated(Outcome.Scope scope, String orgId, Subject subject, Period period) {
		if (orgId == null || period == null || !this.run.closed(period)) {
			return false;
		}
		if (scope == Outcome.Scope.PERIODIC) {
			return subject == null;
		}
		return scope == Outcome.Scope.EVENT && subject != null
				&& (subject.kind() == Subject.Kind.ACTIVITY || subject.kind() == Subject.Kind.DIRECTIVE);
	}

	/**
	 * Whether a met outcome belongs to the window: a calendar period the run evaluated,
	 * or an event whose period ends inside the window (or, still open, begins inside it).
	 */
	private boolean inWindow(Evaluated o) {
		if (o.period() == null || o.scope() == Outcome.Scope.STANDING) {
			return false;
		}
		if (o.scope() == Outcome.Scope.PERIODIC) {
			return true;
		}
		Period p = o.period();
		LocalDate day = this.run.closed(p) ? p.to() : p.from();
		return !day.isBefore(this.run.from()) && !day.isAfter(this.run.to());
	}

	/**
	 * The records behind an entry: the activities its evidence names (for an
	 * organisation's duty, a meeting or a directive; a member's or applicant's evidence
	 * lists the events missed, which prove nothing), the talks of the branch's members
	 * for the talks duty, and their dues payments for the dues duty.
	 */
	private List<Proof> proofs(String duty, String orgId, Subject subject, Period period, List<String> recordIds) {
		List<Proof> proofs = new ArrayList<>();
		if (subject != null && subject.kind() != Subject.Kind.ACTIVITY && subject.kind() != Subject.Kind.DIRECTIVE) {
			return proofs;
		}
		List<String> ids = new ArrayList<>(recordIds);
		if (duty.equals(ELECTION) && period != null) {
			this.ledger.activities()
				.stream()
				.filter((a) -> a.hasType(ActivityType.ELECTION) && a.orgId().equals(orgId)
						&& !a.date().isBefore(this.run.from()) && !a.date().isAfter(this.run.to()))
				.map(Activity::id)
				.forEach(ids::add);
		}
		ids.stream()
			.distinct()
			.map(this.activities::get)
			.filter(Objects::nonNull)
			.map(this::proof)
			.forEach(proofs::add);
		if (period != null && orgId != null && duty.equals(TALKS)) {
			talks().getOrDefault(orgId, List.of())
				.stream()
				.filter((t) -> t.kind() == TalkKind.HEART_TO_HEART && period.contains(t.date()))
				.sorted(Comparator.comparing(Talk::date))
				.map(this::proof)
				.forEach(proofs::add);
		}
		if (period != null && orgId != null && duty.equals(DUES)) {
			dues().getOrDefault(orgId + "|" + YearMonth.from(period.from()), List.of())
				.stream()
				.sorted(Comparator.comparing(DuesPayment::paidOn).thenComparing(DuesPayment::memberId))
				.map(this::proof)
				.forEach(proofs::add);
		}
		return proofs;
	}

	private Proof proof(Activity a) {
		String types = a.types().stream().map(this.vocabulary::label).collect(Collectors.joining("、"));
		String attendance = (a.present() != null)
				? "实到" + a.present() + "人" + ((a.expected() != null) ? "，应到" + a.expected() + "人" : "")
				: (a.expected() != null) ? "应到" + a.expected() + "人" : null;
		return new Proof("活动", a.id(), a.date(), types, a.topic(), a.lecturerName(), attendance,
				this.origins.activity(a.id()).orElse(null));
	}

	private Proof proof(Talk t) {
		return new Proof("谈心谈话", null, t.date(), this.vocabulary.label(t.kind()),
				memberName(t.by()) + "与" + memberName(t.with()) + "谈心谈话", null, null,
				this.origins.talk(t).orElse(null));
	}

	private Proof proof(DuesPayment d) {
		String months = d.months()
			.stream()
			.map((m) -> m.getYear() + "年" + m.getMonthValue() + "月")
			.collect(Collectors.joining("、"));
		return new Proof("党费", null, d.paidOn(), "党费交纳",
				memberName(d.memberId()) + "交纳" + months + "党费"
						+ ((d.amount() != null) ? "（" + d.amount().toPlainString() + "元）" : ""),
				null, null, this.origins.dues(d).orElse(null));
	}

	private List<ExemptionRecord> exemptions() {
		return this.ledger.exemptions()
			.stream()
			.map((e) -> new ExemptionRecord(e.duty(),
					e.duty().endsWith("*") ? "以" + e.duty().substring(0, e.duty().length() - 1) + "开头的全部义务"
							: this.book.duty(e.duty()).map(Duty::title).orElse(e.duty()),
					(e.orgId() != null) ? orgName(e.orgId()) : null,
					(e.memberId() != null) ? memberName(e.memberId()) : null, e.from(), e.to(), e.reason(),
					e.approval(),
					(int) this.result.exempted()
						.stream()
						.map(Exempted::finding)
						.filter((f) -> e.covers(f.duty(), f.orgId(),
								(f.subject() != null && f.subject().kind() == Subject.Kind.MEMBER) ? f.subject().id()
										: null,
								f.period()))
						.count()))
			.toList();
	}

	/**
	 * Area, duty in catalog order, organisation in ledger order, period, subject.
	 */
	private Comparator<Entry> order() {
		Map<String, Integer> duties = new HashMap<>();
		int i = 0;
		for (Duty d : this.book.duties()) {
			duties.put(d.code(), i++);
		}
		Map<String, Integer> orgs = new HashMap<>();
		i = 0;
		for (Organization o : this.ledger.organizations()) {
			orgs.put(o.id(), i++);
		}
		return Comparator.comparingInt((Entry e) -> Duty.areaRank(e.area()))
			.thenComparing((Entry e) -> duties.getOrDefault(e.duty(), Integer.MAX_VALUE))
			.thenComparing((Entry e) -> orgs.getOrDefault(e.orgId(), Integer.MAX_VALUE))
			.thenComparing(Entry::period, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing((Entry e) -> (e.subject() != null) ? e.subject().id() : "");
	}

	/**
	 * The talks of each branch: those its members had, either way.
	 */
	private Map<String, List<Talk>> talks() {
		if (this.talks == null) {
			this.talks = new HashMap<>();
			for (Talk t : this.ledger.talks()) {
				Set<String> branches = new HashSet<>();
				for (String id : List.of(t.by(), t.with())) {
					Member m = this.members.get(id);
					if (m != null && branches.add(m.orgId())) {
						this.talks.computeIfAbsent(m.orgId(), (k) -> new ArrayList<>()).add(t);
					}
				}
			}
		}
		return this.talks;
	}

	/**
	 * The dues payments of each branch's members, by branch and month covered.
	 */
	private Map<String, List<DuesPayment>> dues() {
		if (this.dues == null) {
			this.dues = new HashMap<>();
			for (DuesPayment d : this.ledger.dues()) {
				Member m = this.members.get(d.memberId());
				if (m != null) {
					d.months()
						.forEach((month) -> this.dues.computeIfAbsent(m.orgId() + "|" + month, (k) -> new ArrayList<>())
							.add(d));
				}
			}
		}
		return this.dues;
	}

	private Duty duty(String code) {
		return this.book.duty(code).orElseThrow(() -> new IllegalStateException("Unknown duty " + code));
	}

	private String orgName(String orgId) {
		Organization org = (orgId != null) ? this.organisations.get(orgId) : null;
		return (org != null) ? org.name() : orgId;
	}

	private String memberName(String memberId) {
		Member m = this.members.get(memberId);
		return (m != null) ? m.name() : memberId;
	}

	private static Integer integer(Object value) {
		return (value instanceof Integer i) ? i : null;
	}

	/**
	 * The records a finding's evidence names: the activities counted, and the election
	 * that began a term.
	 */
	private static List<String> ids(Map<String, Object> evidence) {
		List<String> ids = new ArrayList<>();
		if (evidence.get("activityIds") instanceof List<?> listed) {
			listed.forEach((id) -> ids.add(String.valueOf(id)));
		}
		if (evidence.get("electionId") instanceof String election) {
			ids.add(election);
		}
		return ids;
	}

	/**
	 * Every duty-period the rules evaluated, met or not, read from the check's outcomes:
	 * the one place the dossier sees them.
	 */
	private static List<Evaluated> evaluated(CheckResult result) {
		return result.outcomes()
			.stream()
			.map((o) -> new Evaluated(o.duty(), o.scope(), o.orgId(), o.subject(), o.period(), o.met(),
					integer(o.evidence().get("required")), integer(o.evidence().get("actual")),
					(o.evidence().get("activityIds") instanceof List<?> listed)
							? listed.stream().map(String::valueOf).toList() : List.of()))
			.toList();
	}

	/**
	 * One duty-period the rules evaluated: the duty, how it is reported, the
	 * organisation, subject and period, whether it was met, the counts, and the records
	 * counted toward it.
	 */
	private record Evaluated(String duty, Outcome.Scope scope, String orgId, Subject subject, Period period,
			boolean met, Integer required, Integer actual, List<String> recordIds) {

		String key() {
			return Finding.key(this.duty, this.orgId, (this.subject != null) ? this.subject.id() : null, this.period);
		}

	}

}
