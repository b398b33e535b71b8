package org.zicha.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated ledger: the recorded party-building activity of one organisation tree.
 *
 * @param organizations 组织
 * @param members 党员
 * @param activities 活动, each with its agenda
 * @param directives 学习篇目
 * @param dues 党费
 * @param talks 谈心谈话
 * @param applicants 发展党员
 * @param exemptions 例外
 */
public record Ledger(List<Organization> organizations, List<Member> members, List<Activity> activities,
		List<Directive> directives, List<DuesPayment> dues, List<Talk> talks, List<Applicant> applicants,
		List<Exemption> exemptions) {

	public Ledger {
		organizations = List.copyOf(organizations);
		members = List.copyOf(members);
		activities = List.copyOf(activities);
		directives = List.copyOf(directives);
		dues = List.copyOf(dues);
		talks = List.copyOf(talks);
		applicants = List.copyOf(applicants);
		exemptions = List.copyOf(exemptions);
	}

	/**
	 * The organisations by id, in ledger order.
	 * @return a map from id to organisation
	 */
	public Map<String, Organization> organizationsById() {
		return index(this.organizations, Organization::id);
	}

	/**
	 * The members by id, in ledger order.
	 * @return a map from id to member
	 */
	public Map<String, Member> membersById() {
		return index(this.members, Member::id);
	}

	/**
	 * Find an organisation.
	 * @param id its id
	 * @return the organisation, if the ledger has it
	 */
	public Optional<Organization> organization(String id) {
		return this.organizations.stream().filter((o) -> o.id().equals(id)).findFirst();
	}

	/**
	 * The number of records of every table together.
	 * @return organisations, members, activities, agenda items, directives, dues rows,
	 * talks, applicants and exemptions
	 */
	public int recordCount() {
		int agenda = this.activities.stream().mapToInt((a) -> a.agenda().size()).sum();
		return this.organizations.size() + this.members.size() + this.activities.size() + agenda
				+ this.directives.size() + this.dues.size() + this.talks.size() + this.applicants.size()
				+ this.exemptions.size();
	}

	/**
	 * The ledger as it stood at the end of a day: records dated later are left out, and
	 * later dates on the remaining records (a later conversion, transfer out,
	 * dissolution, stage of an applicant) are not yet known.
	 * @param day the as-of day
	 * @return the projected ledger
	 */
	public Ledger asOf(LocalDate day) {
		return new Ledger(
				this.organizations.stream()
					.filter((o) -> !Organization.laterThan(o.established(), day))
					.map((o) -> o.asOf(day))
					.toList(),
				this.members.stream()
					.filter((m) -> !Organization.laterThan(m.admitted(), day))
					.map((m) -> m.asOf(day))
					.toList(),
				this.activities.stream().filter((a) -> !a.date().isAfter(day)).toList(),
				this.directives.stream().filter((d) -> !d.date().isAfter(day)).toList(),
				this.dues.stream().filter((d) -> !d.paidOn().isAfter(day)).toList(),
				this.talks.stream().filter((t) -> !t.date().isAfter(day)).toList(),
				this.applicants.stream().filter((a) -> !a.applied().isAfter(day)).map((a) -> a.asOf(day)).toList(),
				this.exemptions);
	}

	private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
		return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
