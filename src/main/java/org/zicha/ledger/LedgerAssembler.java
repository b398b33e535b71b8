package org.zicha.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the raw rows of every file into one validated ledger: reads each value, removes
 * duplicates, checks the organisation tree and every reference, and records each problem
 * against its row. Rows with problems are left out of the ledger; whether that is allowed
 * (--lenient) is the caller's decision.
 */
final class LedgerAssembler {

	/**
	 * The longest term of office the ledger accepts: terms are 3 or 5 years in practice.
	 */
	private static final int MAX_TERM_YEARS = 10;

	private final Vocabulary vocabulary;

	private final LocalDate today;

	private final RowProblems problems = new RowProblems();

	private final ValueCache values = new ValueCache();

	private final Map<Table, List<RawSheet.RawRow>> rows = new EnumMap<>(Table.class);

	private final List<String> warnings = new ArrayList<>();

	private List<Parsed<Organization>> organizations;

	private List<Parsed<Member>> members;

	private final Map<RawSheet.RawRow, Organization> resolvedOrganizations = new LinkedHashMap<>();

	private References references;

	private RecordOrigins origins = RecordOrigins.none();

	/**
	 * An assembler of the rows of some sheets: the sheets hand their rows over (their
	 * lists are emptied), so that the assembler alone decides how long rows are kept.
	 * @param sheets the sheets read
	 * @param vocabulary the accepted names
	 * @param today what today is
	 */
	LedgerAssembler(List<RawSheet> sheets, Vocabulary vocabulary, LocalDate today) {
		this.vocabulary = vocabulary;
		this.today = today;
		for (Table table : Table.values()) {
			this.rows.put(table, new ArrayList<>());
		}
		for (RawSheet sheet : sheets) {
			this.rows.get(sheet.table()).addAll(sheet.rows());
			sheet.rows().clear();
		}
	}

	/**
	 * Let go of the rows of a table whose records are made: rows with problems stay with
	 * their problems, the others are no longer needed.
	 * @param table the table
	 */
	void release(Table table) {
		this.rows.put(table, List.of());
	}

	RowProblems problems() {
		return this.problems;
	}

	List<String> warnings() {
		return this.warnings;
	}

	References references() {
		return this.references;
	}

	RecordOrigins origins() {
		return this.origins;
	}

	/**
	 * Assemble the organisations and members, which refer to each other; then the records
	 * that refer to them.
	 * @return the ledger of every valid row
	 */
	Ledger assemble(Predicate<String> dutyExists) {
		this.organizations = dedupe(parse(Table.ORGANIZATIONS, this::organization), Organization::id);
		this.members = dedupe(parse(Table.MEMBERS, this::member), Member::id);
		int before;
		do {
			before = this.problems.byRow().size();
			settleStructure();
		}
		while (this.problems.byRow().size() != before);
		RecordAssembler records = new RecordAssembler(this, dutyExists);
		List<Organization> orgs = this.organizations.stream()
			.filter((p) -> this.problems.valid(p.row()))
			.map((p) -> this.resolvedOrganizations.get(p.row()))
			.toList();
		Ledger ledger = records.assemble(orgs, valid(this.members));
		this.origins = records.origins();
		return ledger;
	}

	<T> List<Parsed<T>> parse(Table table, Function<RowReader, T> parser) {
		List<Parsed<T>> parsed = new ArrayList<>();
		for (RawSheet.RawRow row : this.rows.get(table)) {
			T value = parser.apply(reader(row));
			parsed.add(new Parsed<>(row, value));
		}
		return parsed;
	}

	RowReader reader(RawSheet.RawRow row) {
		return new RowReader(row, this.vocabulary, this.problems, this.today, this.values);
	}

	/**
	 * Keep the first row of each id: a later identical record is dropped, a later
	 * different one is a problem. Records that could not be read (null) are kept for
	 * their problems.
	 */
	<T> List<Parsed<T>> dedupe(List<Parsed<T>> parsed, Function<T, String> id) {
		Map<String, Parsed<T>> first = new LinkedHashMap<>();
		List<Parsed<T>> kept = new ArrayList<>();
		for (Parsed<T> p : parsed) {
			if (p.value() == null) {
				kept.add(p);
				continue;
			}
			Parsed<T> earlier = first.putIfAbsent(id.apply(p.value()), p);
			if (earlier == null) {
				kept.add(p);
			}
			else if (!earlier.value().equals(p.value())) {
				reader(p.row()).problem("id", "编号重复，且与" + earlier.where() + "的内容不同");
				kept.add(p);
			}
		}
		return kept;
	}

	/**
	 * The values written in some columns of a table, in every row, whether or not the row
	 * could be read: a reference to one of them names a row that exists, so that when the
	 * row is invalid the reference is only a consequence of the row's own problem.
	 * @param table the table
	 * @param keys the columns
	 * @return the values
	 */
	Set<String> written(Table table, String... keys) {
		Set<String> values = new HashSet<>();
		for (RawSheet.RawRow row : this.rows.get(table)) {
			for (String key : keys) {
				String text = row.text(key);
				if (text != null) {
					values.add(text);
				}
			}
		}
		return values;
	}

	<T> List<T> valid(List<Parsed<T>> parsed) {
		return parsed.stream()
			.filter((p) -> p.value() != null && this.problems.valid(p.row()))
			.map(Parsed::value)
			.toList();
	}

	<T> Set<T> distinct(List<Parsed<T>> parsed) {
		return new LinkedHashSet<>(valid(parsed));
	}

	private Organization organization(RowReader r) {
		String id = r.text("id");
		String name = r.text("name");
		OrgKind kind = r.value("kind", OrgKind.class);
		Boolean hasCommittee = r.bool("hasCommittee");
		LocalDate termStart = r.eventDate("termStart");
		Integer termYears = r.count("termYears", 1, MAX_TERM_YEARS);
		if (termStart != null && !r.has("termYears")) {
			r.problem("termYears", "填写了本届任期开始日期时，任期年限为必填");
		}
		LocalDate established = r.eventDate("established");
		LocalDate dissolved = r.eventDate("dissolved");
		r.inOrder("established", established, "dissolved", dissolved, "撤销应在成立之后");
		LocalDate extendedUntil = r.date("extendedUntil");
		r.inOrder("termStart", termStart, "extendedUntil", extendedUntil, "延期换届应在本届任期开始之后");
		Organization org = new Organization(Objects.requireNonNullElse(id, ""), Objects.requireNonNullElse(name, ""),
				Objects.requireNonNullElse(kind, OrgKind.BRANCH), r.text("parentId"), hasCommittee,
				r.bool("centralGroup"), r.text("category"), established, dissolved, r.text("secretary"),
				r.list("deputySecretaries"), r.list("committee"), termStart, termYears, extendedUntil,
				r.text("extensionApproval"), r.text("shortName"), r.text("addressee"));
		if (hasCommittee != null && kind != null && kind != OrgKind.BRANCH) {
			this.warnings.add(r.row() + "：“是否设支委会”只对党支部有意义，组织“" + id + "”的填写已忽略");
		}
		return (id != null && name != null && kind != null) ? org : null;
	}

	private Member member(RowReader r) {
		String id = r.text("id");
		String name = r.text("name");
		String orgId = r.text("orgId");
		MemberStatus status = r.value("status", MemberStatus.class);
		LocalDate admitted = r.eventDate("admitted");
		LocalDate probationEnds = r.date("probationEnds");
		LocalDate converted = r.eventDate("converted");
		LocalDate joinedOrg = r.eventDate("joinedOrg");
		LocalDate left = r.eventDate("left");
		if (admitted != null && probationEnds != null && !probationEnds.isAfter(admitted)) {
			r.problem("probationEnds", "预备期满日期应在入党日期（" + admitted + "）之后");
		}
		r.inOrder("admitted", admitted, "converted", converted, "转正应在入党之后");
		r.inOrder("joinedOrg", joinedOrg, "left", left, "转出应在转入之后");
		Member member = new Member(Objects.requireNonNullElse(id, ""), Objects.requireNonNullElse(name, ""),
				Objects.requireNonNullElse(orgId, ""), r.text("groupId"),
				Objects.requireNonNullElse(status, MemberStatus.FULL), admitted, probationEnds, converted,
				r.flag("mobile"), r.flag("outstation"), r.flag("leaderCadre"), joinedOrg, left);
		return (id != null && name != null && orgId != null && status != null) ? member : null;
	}

	/**
	 * One pass over the organisation tree and the members, against the rows valid at its
	 * start: parents, groups under branches, cycles, members' branches and groups, and
	 * the members named by each organisation.
	 */
	private void settleStructure() {
		Map<String, Organization> orgs = new LinkedHashMap<>();
		valid(this.organizations).forEach((o) -> orgs.putIfAbsent(o.id(), o));
		List<Member> validMembers = valid(this.members);
		this.references = new References(orgs.values(), written(Table.ORGANIZATIONS, "id"), validMembers,
				written(Table.MEMBERS, "id", "name"));
		for (Parsed<Organization> p : this.organizations) {
			if (p.value() != null && this.problems.valid(p.row())) {
				checkParent(p);
			}
		}
		checkCycles(orgs);
		for (Parsed<Member> p : this.members) {
			if (p.value() != null && this.problems.valid(p.row())) {
				checkBranch(p);
			}
		}
		for (Parsed<Organization> p : this.organizations) {
			if (p.value() != null && this.problems.valid(p.row())) {
				RowReader r = reader(p.row());
				Organization o = p.value();
				this.resolvedOrganizations.put(p.row(),
						new Organization(o.id(), o.name(), o.kind(), o.parentId(), o.hasCommittee(), o.centralGroup(),
								o.category(), o.established(), o.dissolved(), this.references.member(r, "secretary"),
								this.references.members(r, "deputySecretaries"),
								this.references.members(r, "committee"), o.termStart(), o.termYears(),
								o.extendedUntil(), o.extensionApproval(), o.shortName(), o.addressee()));
			}
		}
	}

	private void checkParent(Parsed<Organization> p) {
		Organization org = p.value();
		RowReader r = reader(p.row());
		Organization parent = (org.parentId() != null) ? this.references.organization(r, "parentId") : null;
		if (org.kind() == OrgKind.GROUP && org.parentId() == null) {
			r.problem("kind", "党小组应填写所属党支部（上级组织编号）");
		}
		if (parent != null && org.kind() == OrgKind.GROUP && parent.kind() != OrgKind.BRANCH) {
			r.problem("parentId", "党小组的上级组织应为党支部，“" + parent.id() + "”不是党支部");
		}
		if (parent != null && parent.kind() == OrgKind.GROUP) {
			r.problem("parentId", "党小组“" + parent.id() + "”不能设下级组织");
		}
	}

	private void checkCycles(Map<String, Organization> orgs) {
		Set<String> reported = new HashSet<>();
		for (Organization start : orgs.values()) {
			List<String> chain = new ArrayList<>();
			Organization o = start;
			while (o != null && !chain.contains(o.id())) {
				chain.add(o.id());
				o = (o.parentId() != null) ? orgs.get(o.parentId()) : null;
			}
			if (o != null) {
				List<String> cycle = chain.subList(chain.indexOf(o.id()), chain.size());
				String text = String.join(" → ", cycle) + " → " + o.id();
				for (Parsed<Organization> p : this.organizations) {
					if (p.value() != null && cycle.contains(p.value().id()) && reported.add(p.value().id())) {
						reader(p.row()).problem("parentId", "上级组织关系形成循环：" + text);
					}
				}
			}
		}
	}

	private void checkBranch(Parsed<Member> p) {
		RowReader r = reader(p.row());
		this.references.branch(r, "orgId");
		String groupId = p.value().groupId();
		if (groupId != null) {
			Organization group = this.references.organization(r, "groupId");
			if (group != null && (group.kind() != OrgKind.GROUP || !group.parentId().equals(p.value().orgId()))) {
				r.problem("groupId", "“" + groupId + "”不是党支部“" + p.value().orgId() + "”下的党小组");
			}
		}
	}

}
