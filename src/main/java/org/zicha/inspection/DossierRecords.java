package org.zicha.inspection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.check.Run;
import org.zicha.dossier.Proof;
import org.zicha.finding.Subject;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Period;
import org.zicha.ledger.RecordOrigins;
import org.zicha.ledger.Talk;
import org.zicha.ledger.TalkKind;
import org.zicha.ledger.Vocabulary;

/**
 * The ledger records the dossier lists as evidence: activities, talks and dues payments,
 * each with where it was read.
 */
final class DossierRecords {

	/** The duty whose records are the talks of a branch's members. */
	static final String TALKS = "TALKS.ANNUAL";

	/** The duty of holding elections on time, whose records are the elections. */
	static final String ELECTION = "ELECTION.OVERDUE";

	/** The duty whose records are the dues payments of a branch's members. */
	static final String DUES = "DUES.MONTHLY";

	private final Ledger ledger;

	private final RecordOrigins origins;

	private final Vocabulary vocabulary;

	private final Run run;

	private final Map<String, Member> members;

	private final Map<String, Activity> activities = new HashMap<>();

	private Map<String, List<Talk>> talks;

	private Map<String, List<DuesPayment>> dues;

	DossierRecords(Ledger ledger, RecordOrigins origins, Vocabulary vocabulary, Run run) {
		this.ledger = ledger;
		this.origins = origins;
		this.vocabulary = vocabulary;
		this.run = run;
		this.members = ledger.membersById();
		ledger.activities().forEach((a) -> this.activities.put(a.id(), a));
	}

	/**
	 * The records behind an entry: the activities its evidence names (for an
	 * organisation's duty, a meeting or a directive; a member's or applicant's evidence
	 * lists the events missed, which prove nothing), the talks of the branch's members
	 * for the talks duty, and their dues payments for the dues duty.
	 */
	List<Proof> of(String duty, String orgId, Subject subject, Period period, List<String> recordIds) {
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

	Proof proof(Activity a) {
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

	String memberName(String memberId) {
		Member m = this.members.get(memberId);
		return (m != null) ? m.name() : memberId;
	}

}
