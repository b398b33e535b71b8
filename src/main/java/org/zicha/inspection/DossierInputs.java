package org.zicha.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.check.CheckResult;
import org.zicha.check.DutyPeriod;
import org.zicha.check.Outcome;
import org.zicha.check.Run;
import org.zicha.dossier.Dossier;
import org.zicha.dossier.Entry;
import org.zicha.dossier.ExemptionRecord;
import org.zicha.dossier.FeedbackItem;
import org.zicha.dossier.Fulfilment;
import org.zicha.dossier.Organisation;
import org.zicha.dossier.Rectification;
import org.zicha.finding.Duty;
import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.RunInfo;
import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Period;
import org.zicha.ledger.Vocabulary;
import org.zicha.rules.RuleBook;

/**
 * What the dossier needs from a check: an entry for every finding (missed, exempted or
 * due soon) and for every duty-period of the window that was met, each with the ledger
 * records that prove it and where they were read. The outcomes of the check are read here
 * only; the dossier itself knows nothing of the engine.
 */
final class DossierInputs {

	private final CheckResult result;

	private final RuleBook book;

	private final Vocabulary vocabulary;

	private final Ledger ledger;

	private final Run run;

	private final Map<String, Organization> organisations;

	private final Map<String, Outcome.Scope> scopes = new HashMap<>();

	private final List<DutyPeriod> evaluated;

	private final DossierRecords records;

	private DossierInputs(CheckResult result, LedgerRead read, RuleBook book) {
		this.result = result;
		this.book = book;
		this.vocabulary = book.vocabulary();
		this.ledger = result.ledger();
		this.run = result.run();
		this.organisations = this.ledger.organizationsById();
		this.records = new DossierRecords(this.ledger, read.origins(), this.vocabulary, this.run);
		this.evaluated = result.dutyPeriods();
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
		Set<String> seen = new HashSet<>();
		for (DutyPeriod o : this.evaluated) {
			if (o.met() && !reported.contains(o.key()) && inWindow(o) && seen.add(o.key())) {
				entries.add(met(o));
			}
		}
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
		LocalDate deadline = (f.evidence().get("deadline") instanceof LocalDate d) ? d : null;
		boolean rated = rated(scope, f.orgId(), f.subject(), f.period(), deadline);
		LocalDate lastSeen = (scope == Outcome.Scope.STANDING || f.period() == null) ? this.run.asOf()
				: (scope == Outcome.Scope.REVIEW && deadline != null) ? deadline : f.period().to();
		return new Entry(f.duty(), duty.title(), duty.area(), f.orgId(), f.orgName(), f.subject(), f.period(),
				fulfilment, rated, integer(f.evidence().get("required")), integer(f.evidence().get("actual")), null,
				this.records.of(f.duty(), f.orgId(), f.subject(), f.period(), ids(f.evidence())), f,
				(exempted != null) ? exempted.reason() : null, (exempted != null) ? exempted.approval() : null,
				lastSeen);
	}

	private Entry met(DutyPeriod o) {
		Duty duty = duty(o.duty());
		Integer required = o.required();
		Integer actual = o.actual();
		String note = (required != null && actual != null) ? "要求" + required + "次，实际" + actual + "次"
				: (o.subject() != null && o.subject().kind() == Subject.Kind.DIRECTIVE)
						? "已按时学习“" + o.subject().name() + "”" : "符合要求";
		boolean rated = rated(o.scope(), o.orgId(), o.subject(), o.period(), o.deadline());
		return new Entry(o.duty(), duty.title(), duty.area(), o.orgId(), orgName(o.orgId()), o.subject(), o.period(),
				Fulfilment.MET, rated, required, actual, note,
				this.records.of(o.duty(), o.orgId(), o.subject(), o.period(), o.recordIds()), null, null, null, null);
	}

	/**
	 * The elections held in the window by organisations whose term is in order: the
	 * records that prove the duty to hold elections on time, which the rules report only
	 * when it is not met (an overdue term is a finding, and its entry lists the elections
	 * of the window too).
	 */
	private List<Entry> elections(List<Entry> entries) {
		Set<String> overdue = entries.stream()
			.filter((e) -> e.duty().equals(DossierRecords.ELECTION) && e.orgId() != null)
			.map(Entry::orgId)
			.collect(Collectors.toSet());
		Period window = this.run.window();
		Map<String, List<Activity>> held = this.ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.ELECTION) && window.contains(a.date()))
			.sorted(Comparator.comparing(Activity::date))
			.collect(Collectors.groupingBy(Activity::orgId, LinkedHashMap::new, Collectors.toList()));
		List<Entry> met = new ArrayList<>();
		Duty duty = this.book.duty(DossierRecords.ELECTION).orElse(null);
		if (duty == null) {
			return met;
		}
		held.forEach((orgId, elections) -> {
			if (!overdue.contains(orgId)) {
				met.add(new Entry(DossierRecords.ELECTION, duty.title(), duty.area(), orgId, orgName(orgId), null,
						window, Fulfilment.MET, false, null, null, "期间内按期换届" + elections.size() + "次",
						elections.stream().map(this.records::proof).toList(), null, null, null, null));
			}
		});
		return met;
	}

	/**
	 * Whether an entry counts for the 履职率: an organisation's own duty over a closed
	 * calendar period, or over one of its meetings or directives, or the annual review of
	 * a year once its deadline has come; not a duty about a person, nor a standing state.
	 */
	private boolean rated(Outcome.Scope scope, String orgId, Subject subject, Period period, LocalDate deadline) {
		if (scope == Outcome.Scope.REVIEW) {
			return orgId != null && subject == null && deadline != null && !deadline.isAfter(this.run.asOf());
		}
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
	private boolean inWindow(DutyPeriod o) {
		if (o.period() == null || o.scope() == Outcome.Scope.STANDING) {
			return false;
		}
		if (o.scope() == Outcome.Scope.PERIODIC || o.scope() == Outcome.Scope.REVIEW) {
			return true;
		}
		Period p = o.period();
		LocalDate day = this.run.closed(p) ? p.to() : p.from();
		return !day.isBefore(this.run.from()) && !day.isAfter(this.run.to());
	}

	private List<ExemptionRecord> exemptions() {
		return this.ledger.exemptions()
			.stream()
			.map((e) -> new ExemptionRecord(e.duty(),
					e.duty().endsWith("*") ? "以" + e.duty().substring(0, e.duty().length() - 1) + "开头的全部义务"
							: this.book.duty(e.duty()).map(Duty::title).orElse(e.duty()),
					(e.orgId() != null) ? orgName(e.orgId()) : null,
					(e.memberId() != null) ? this.records.memberName(e.memberId()) : null, e.from(), e.to(), e.reason(),
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

	private Duty duty(String code) {
		return this.book.duty(code).orElseThrow(() -> new IllegalStateException("Unknown duty " + code));
	}

	private String orgName(String orgId) {
		Organization org = (orgId != null) ? this.organisations.get(orgId) : null;
		return (org != null) ? org.name() : orgId;
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

}
