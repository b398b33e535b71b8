package org.zicha.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.AgendaItem;
import org.zicha.ledger.AgendaKind;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Directive;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Exemption;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.MemberStatus;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Talk;
import org.zicha.ledger.TalkKind;

/**
 * Builds small ledgers for tests, readably: organisations, members, activities and the
 * other records with sensible defaults, each changed only where a test cares.
 *
 * <pre>
 * LedgerBuilder l = LedgerBuilder.ledger();
 * l.branch("B1");
 * l.members("B1", 3);
 * l.activity("B1", "2025-03-15", ActivityType.MEMBER_ASSEMBLY);
 * Ledger ledger = l.build();
 * </pre>
 */
public final class LedgerBuilder {

	private final List<OrgBuilder> orgs = new ArrayList<>();

	private final List<MemberBuilder> members = new ArrayList<>();

	private final List<ActivityBuilder> activities = new ArrayList<>();

	private final List<Directive> directives = new ArrayList<>();

	private final List<DuesPayment> dues = new ArrayList<>();

	private final List<Talk> talks = new ArrayList<>();

	private final List<ApplicantBuilder> applicants = new ArrayList<>();

	private final List<Exemption> exemptions = new ArrayList<>();

	private LedgerBuilder() {
	}

	/**
	 * An empty ledger.
	 * @return the builder
	 */
	public static LedgerBuilder ledger() {
		return new LedgerBuilder();
	}

	/**
	 * An organisation.
	 * @param id its id (also its name)
	 * @param kind its kind
	 * @return its builder
	 */
	public OrgBuilder org(String id, OrgKind kind) {
		OrgBuilder org = new OrgBuilder(id, kind);
		this.orgs.add(org);
		return org;
	}

	/**
	 * A root 党组.
	 * @param id its id
	 * @return its builder
	 */
	public OrgBuilder leadingGroup(String id) {
		return org(id, OrgKind.LEADING_GROUP);
	}

	/**
	 * A branch (no parent unless set).
	 * @param id its id
	 * @return its builder
	 */
	public OrgBuilder branch(String id) {
		return org(id, OrgKind.BRANCH);
	}

	/**
	 * A party group under a branch.
	 * @param id its id
	 * @param branch the branch
	 * @return its builder
	 */
	public OrgBuilder group(String id, String branch) {
		return org(id, OrgKind.GROUP).parent(branch);
	}

	/**
	 * A full member admitted long ago.
	 * @param id the member's id (also the name)
	 * @param branch the branch
	 * @return the member's builder
	 */
	public MemberBuilder member(String id, String branch) {
		MemberBuilder member = new MemberBuilder(id, branch);
		this.members.add(member);
		return member;
	}

	/**
	 * Several full members of a branch, with ids {@code <branch>-m1},
	 * {@code <branch>-m2}, …
	 * @param branch the branch
	 * @param count how many
	 * @return their ids
	 */
	public List<String> members(String branch, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ids.add(member(branch + "-m" + i, branch).id);
		}
		return ids;
	}

	/**
	 * An activity, with an id made from its organisation and position.
	 * @param org the organisation that held it
	 * @param date its date, ISO
	 * @param types its types
	 * @return its builder
	 */
	public ActivityBuilder activity(String org, String date, ActivityType... types) {
		ActivityBuilder activity = new ActivityBuilder(org + "-a" + (this.activities.size() + 1), org,
				LocalDate.parse(date), List.of(types));
		this.activities.add(activity);
		return activity;
	}

	/**
	 * The activity added last, to change.
	 * @return its builder
	 */
	public ActivityBuilder lastActivity() {
		return this.activities.get(this.activities.size() - 1);
	}

	/**
	 * One activity of a type on the 15th of every month of a year.
	 * @param org the organisation
	 * @param year the year
	 * @param type the type
	 * @return this builder
	 */
	public LedgerBuilder monthly(String org, int year, ActivityType type) {
		for (int month = 1; month <= 12; month++) {
			activity(org, LocalDate.of(year, month, 15).toString(), type);
		}
		return this;
	}

	/**
	 * One activity of a type in the middle month of every quarter of a year.
	 * @param org the organisation
	 * @param year the year
	 * @param type the type
	 * @return this builder
	 */
	public LedgerBuilder quarterly(String org, int year, ActivityType type) {
		for (int month = 2; month <= 11; month += 3) {
			activity(org, LocalDate.of(year, month, 15).toString(), type);
		}
		return this;
	}

	/**
	 * A directive to study.
	 * @param id its id
	 * @param date its date, ISO
	 * @param forOrgs the organisations it applies to (none: every org holding committee
	 * meetings)
	 * @return this builder
	 */
	public LedgerBuilder directive(String id, String date, String... forOrgs) {
		this.directives.add(new Directive(id, "篇目" + id, LocalDate.parse(date), List.of(forOrgs)));
		return this;
	}

	/**
	 * A dues payment.
	 * @param member the member
	 * @param paidOn the day paid, ISO
	 * @param months the months covered, {@code 2025-03}
	 * @return this builder
	 */
	public LedgerBuilder dues(String member, String paidOn, String... months) {
		this.dues.add(new DuesPayment(member, Arrays.stream(months).map(YearMonth::parse).toList(),
				LocalDate.parse(paidOn), new BigDecimal("50")));
		return this;
	}

	/**
	 * A heart-to-heart talk.
	 * @param date the day, ISO
	 * @param by who talked
	 * @param with with whom
	 * @return this builder
	 */
	public LedgerBuilder talk(String date, String by, String with) {
		this.talks.add(new Talk(LocalDate.parse(date), by, with, TalkKind.HEART_TO_HEART));
		return this;
	}

	/**
	 * An integrity reminder talk (which is not a heart-to-heart talk).
	 * @param date the day, ISO
	 * @param by who talked
	 * @param with with whom
	 * @return this builder
	 */
	public LedgerBuilder integrityTalk(String date, String by, String with) {
		this.talks.add(new Talk(LocalDate.parse(date), by, with, TalkKind.INTEGRITY_REMINDER));
		return this;
	}

	/**
	 * An applicant.
	 * @param id the id (also the name)
	 * @param branch the branch
	 * @param applied the day of the application, ISO
	 * @return the applicant's builder
	 */
	public ApplicantBuilder applicant(String id, String branch, String applied) {
		ApplicantBuilder applicant = new ApplicantBuilder(id, branch, LocalDate.parse(applied));
		this.applicants.add(applicant);
		return applicant;
	}

	/**
	 * An approved exemption.
	 * @param duty the duty code or prefix*
	 * @param org the organisation, or null for every one
	 * @param member the member, or null for every one
	 * @param from the first day, ISO
	 * @param to the last day, ISO
	 * @return this builder
	 */
	public LedgerBuilder exemption(String duty, String org, String member, String from, String to) {
		this.exemptions
			.add(new Exemption(duty, org, member, LocalDate.parse(from), LocalDate.parse(to), "经批准的例外", "测试〔2025〕1号"));
		return this;
	}

	/**
	 * The ledger.
	 * @return the built ledger
	 */
	public Ledger build() {
		return new Ledger(this.orgs.stream().map(OrgBuilder::build).toList(),
				this.members.stream().map(MemberBuilder::build).toList(),
				this.activities.stream().map(ActivityBuilder::build).toList(), this.directives, this.dues, this.talks,
				this.applicants.stream().map(ApplicantBuilder::build).toList(), this.exemptions);
	}

	private static LocalDate date(String iso) {
		return (iso != null) ? LocalDate.parse(iso) : null;
	}

	/**
	 * Builds an organisation.
	 */
	public static final class OrgBuilder {

		private final String id;

		private final OrgKind kind;

		private String name;

		private String parent;

		private Boolean hasCommittee;

		private Boolean centralGroup;

		private String category;

		private LocalDate established;

		private LocalDate dissolved;

		private String secretary;

		private List<String> deputies = List.of();

		private List<String> committee = List.of();

		private LocalDate termStart;

		private Integer termYears;

		private String shortName;

		private LocalDate extendedUntil;

		OrgBuilder(String id, OrgKind kind) {
			this.id = id;
			this.kind = kind;
			this.name = id;
		}

		/**
		 * Set the short name (简称) the organisation uses for itself.
		 * @param shortName the short name
		 * @return this builder
		 */
		public OrgBuilder shortName(String shortName) {
			this.shortName = shortName;
			return this;
		}

		public OrgBuilder name(String name) {
			this.name = name;
			return this;
		}

		public OrgBuilder parent(String parent) {
			this.parent = parent;
			return this;
		}

		public OrgBuilder hasCommittee(Boolean hasCommittee) {
			this.hasCommittee = hasCommittee;
			return this;
		}

		/**
		 * The organisation's category (组织类别).
		 * @param category for example 离退休
		 * @return this builder
		 */
		public OrgBuilder category(String category) {
			this.category = category;
			return this;
		}

		public OrgBuilder centralGroup(Boolean centralGroup) {
			this.centralGroup = centralGroup;
			return this;
		}

		public OrgBuilder established(String date) {
			this.established = date(date);
			return this;
		}

		public OrgBuilder dissolved(String date) {
			this.dissolved = date(date);
			return this;
		}

		public OrgBuilder secretary(String member) {
			this.secretary = member;
			return this;
		}

		public OrgBuilder deputies(String... members) {
			this.deputies = List.of(members);
			return this;
		}

		public OrgBuilder committee(String... members) {
			this.committee = List.of(members);
			return this;
		}

		public OrgBuilder term(String start, int years) {
			this.termStart = date(start);
			this.termYears = years;
			return this;
		}

		public OrgBuilder extendedUntil(String date) {
			this.extendedUntil = date(date);
			return this;
		}

		Organization build() {
			return new Organization(this.id, this.name, this.kind, this.parent, this.hasCommittee, this.centralGroup,
					this.category, this.established, this.dissolved, this.secretary, this.deputies, this.committee,
					this.termStart, this.termYears, this.extendedUntil,
					(this.extendedUntil != null) ? "延期〔2025〕1号" : null, this.shortName, null);
		}

	}

	/**
	 * Builds a member.
	 */
	public static final class MemberBuilder {

		private final String id;

		private final String branch;

		private String name;

		private String group;

		private MemberStatus status = MemberStatus.FULL;

		private LocalDate admitted = LocalDate.of(2010, 7, 1);

		private LocalDate probationEnds;

		private LocalDate converted;

		private boolean outstation;

		private boolean mobile;

		private LocalDate joined;

		private LocalDate left;

		private boolean leaderCadre;

		MemberBuilder(String id, String branch) {
			this.id = id;
			this.branch = branch;
			this.name = id;
		}

		public String id() {
			return this.id;
		}

		public MemberBuilder name(String name) {
			this.name = name;
			return this;
		}

		public MemberBuilder group(String group) {
			this.group = group;
			return this;
		}

		/**
		 * A probationary member admitted on a day.
		 * @param admitted the day, ISO
		 * @return this builder
		 */
		public MemberBuilder probationary(String admitted) {
			this.status = MemberStatus.PROBATIONARY;
			this.admitted = date(admitted);
			return this;
		}

		public MemberBuilder admitted(String date) {
			this.admitted = date(date);
			return this;
		}

		public MemberBuilder probationEnds(String date) {
			this.probationEnds = date(date);
			return this;
		}

		/**
		 * Converted to full member on a day.
		 * @param date the day, ISO
		 * @return this builder
		 */
		public MemberBuilder converted(String date) {
			this.converted = date(date);
			this.status = MemberStatus.FULL;
			return this;
		}

		public MemberBuilder outstation() {
			this.outstation = true;
			return this;
		}

		public MemberBuilder mobile() {
			this.mobile = true;
			return this;
		}

		/**
		 * Mark the member as a leading cadre (领导干部).
		 * @return this builder
		 */
		public MemberBuilder leaderCadre() {
			this.leaderCadre = true;
			return this;
		}

		public MemberBuilder joined(String date) {
			this.joined = date(date);
			return this;
		}

		public MemberBuilder left(String date) {
			this.left = date(date);
			return this;
		}

		Member build() {
			return new Member(this.id, this.name, this.branch, this.group, this.status, this.admitted,
					this.probationEnds, this.converted, this.mobile, this.outstation, this.leaderCadre, this.joined,
					this.left);
		}

	}

	/**
	 * Builds an activity. By default it has a topic and nothing else recorded.
	 */
	public static final class ActivityBuilder {

		private final String id;

		private final String org;

		private final LocalDate date;

		private final List<ActivityType> types;

		private String topic;

		private String lecturer;

		private Integer expected;

		private Integer present;

		private List<String> attendees = List.of();

		private String recorder;

		private boolean urgent;

		private List<String> jointOrgs = List.of();

		private Integer reviewYear;

		private final List<AgendaItem> agenda = new ArrayList<>();

		ActivityBuilder(String id, String org, LocalDate date, List<ActivityType> types) {
			this.id = id;
			this.org = org;
			this.date = date;
			this.types = types;
			this.topic = "会议" + id;
		}

		public String id() {
			return this.id;
		}

		public ActivityBuilder topic(String topic) {
			this.topic = topic;
			return this;
		}

		public ActivityBuilder lecturer(String member) {
			this.lecturer = member;
			return this;
		}

		public ActivityBuilder expected(int expected) {
			this.expected = expected;
			return this;
		}

		public ActivityBuilder present(int present) {
			this.present = present;
			return this;
		}

		public ActivityBuilder attendees(String... members) {
			return attendees(List.of(members));
		}

		public ActivityBuilder attendees(List<String> members) {
			this.attendees = List.copyOf(members);
			return this;
		}

		/**
		 * Mark the activity as an urgent meeting (紧急会议).
		 * @return this builder
		 */
		public ActivityBuilder urgent() {
			this.urgent = true;
			return this;
		}

		/**
		 * The further organisations that held the event jointly (参加组织).
		 * @param orgs their ids
		 * @return this builder
		 */
		public ActivityBuilder jointOrgs(String... orgs) {
			this.jointOrgs = List.of(orgs);
			return this;
		}

		/**
		 * State the year an annual review reviews (所属年度).
		 * @param year the year reviewed
		 * @return this builder
		 */
		public ActivityBuilder reviewYear(int year) {
			this.reviewYear = year;
			return this;
		}

		public ActivityBuilder recorder(String member) {
			this.recorder = member;
			return this;
		}

		/**
		 * Add an agenda item (in the order added).
		 * @param kind its kind
		 * @param studies the directives it studied
		 * @return this builder
		 */
		public ActivityBuilder item(AgendaKind kind, String... studies) {
			this.agenda
				.add(new AgendaItem(this.agenda.size() + 1, "议题" + (this.agenda.size() + 1), kind, List.of(studies)));
			return this;
		}

		Activity build() {
			Integer shown = (this.present == null && !this.attendees.isEmpty()) ? Integer.valueOf(this.attendees.size())
					: this.present;
			return new Activity(this.id, this.org, this.types, this.date, this.topic, null, this.lecturer,
					this.lecturer, this.expected, shown, this.attendees, this.recorder, this.urgent, null, this.agenda,
					this.jointOrgs, this.reviewYear);
		}

	}

	/**
	 * Builds an applicant.
	 */
	public static final class ApplicantBuilder {

		private final String id;

		private final String branch;

		private final LocalDate applied;

		private LocalDate talked;

		private LocalDate activist;

		private LocalDate candidate;

		private LocalDate admitted;

		private LocalDate extendedUntil;

		private LocalDate converted;

		ApplicantBuilder(String id, String branch, LocalDate applied) {
			this.id = id;
			this.branch = branch;
			this.applied = applied;
		}

		public ApplicantBuilder talked(String date) {
			this.talked = date(date);
			return this;
		}

		public ApplicantBuilder activist(String date) {
			this.activist = date(date);
			return this;
		}

		public ApplicantBuilder candidate(String date) {
			this.candidate = date(date);
			return this;
		}

		public ApplicantBuilder admitted(String date) {
			this.admitted = date(date);
			return this;
		}

		public ApplicantBuilder extendedUntil(String date) {
			this.extendedUntil = date(date);
			return this;
		}

		public ApplicantBuilder converted(String date) {
			this.converted = date(date);
			return this;
		}

		Applicant build() {
			return new Applicant(this.id, this.id, this.branch, this.applied, this.talked, this.activist,
					this.candidate, this.admitted, this.extendedUntil, this.converted);
		}

	}

}
