package org.zicha.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.zicha.check.Probation;
import org.zicha.check.Term;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Directive;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.MemberStatus;
import org.zicha.ledger.OrgKind;
import org.zicha.ledger.Organization;
import org.zicha.rules.Limit;
import org.zicha.rules.Threshold;

/**
 * The days things fall due in a ledger, as the rules date them: the end of each
 * committee's current term (the latest election after the recorded start, an approved
 * extension), the last day to study each directive not yet studied by an organisation it
 * is for (the time limit of FIRST_AGENDA.TIMELY), the end of each probation not yet
 * converted.
 */
public final class Deadlines {

	private static final String STUDY_DUTY = "FIRST_AGENDA.TIMELY";

	private Deadlines() {
	}

	/**
	 * The deadlines of a ledger.
	 * @param ledger the ledger
	 * @param rules the rules (the time limit of a directive's study)
	 * @return the deadlines, by day
	 */
	public static List<Deadline> of(Ledger ledger, RuleSet rules) {
		List<Deadline> deadlines = new ArrayList<>();
		terms(ledger, deadlines);
		studies(ledger, rules, deadlines);
		probations(ledger, deadlines);
		deadlines.sort(Comparator.comparing(Deadline::due));
		return deadlines;
	}

	private static void terms(Ledger ledger, List<Deadline> out) {
		for (Organization org : ledger.organizations()) {
			boolean elects = org.kind() == OrgKind.COMMITTEE || org.kind() == OrgKind.GENERAL_BRANCH
					|| org.kind() == OrgKind.BRANCH;
			if (!elects || org.termStart() == null || org.termYears() == null || org.dissolved() != null) {
				continue;
			}
			Activity election = ledger.activities()
				.stream()
				.filter((a) -> a.orgId().equals(org.id()) && a.hasType(ActivityType.ELECTION)
						&& a.date().isAfter(org.termStart()))
				.max(Comparator.comparing(Activity::date))
				.orElse(null);
			Term term = Term.of(org, election);
			out.add(new Deadline(Deadline.Kind.TERM, org.id(), org.id(), org.name(), term.due()));
		}
	}

	private static void studies(Ledger ledger, RuleSet rules, List<Deadline> out) {
		Map<String, Organization> orgs = ledger.organizationsById();
		Set<String> meeting = ledger.activities()
			.stream()
			.filter((a) -> a.hasType(ActivityType.COMMITTEE_MEETING))
			.map(Activity::orgId)
			.collect(Collectors.toSet());
		for (Directive directive : ledger.directives()) {
			List<String> forOrgs = directive.forOrgs().isEmpty()
					? orgs.keySet().stream().filter(meeting::contains).toList() : directive.forOrgs();
			for (String orgId : forOrgs) {
				Organization org = orgs.get(orgId);
				Optional<Limit> limit = (org != null) ? rules.book().threshold(STUDY_DUTY, org).map(Threshold::limit)
						: Optional.empty();
				boolean studied = ledger.activities()
					.stream()
					.anyMatch((a) -> a.orgId().equals(orgId) && a.hasType(ActivityType.COMMITTEE_MEETING)
							&& a.studied(directive.id()) && !a.date().isBefore(directive.date()));
				if (limit.isPresent() && !studied && org.dissolved() == null) {
					out.add(new Deadline(Deadline.Kind.STUDY, orgId, directive.id(), directive.title(),
							limit.get().after(directive.date())));
				}
			}
		}
	}

	private static void probations(Ledger ledger, List<Deadline> out) {
		for (Member m : ledger.members()) {
			if (m.status() == MemberStatus.PROBATIONARY && m.admitted() != null && m.converted() == null
					&& m.left() == null) {
				Probation p = Probation.of(m);
				out.add(new Deadline(Deadline.Kind.PROBATION, m.orgId(), m.id(), m.name(), p.end()));
			}
		}
		for (Applicant a : ledger.applicants()) {
			boolean member = ledger.members()
				.stream()
				.anyMatch((m) -> m.name().equals(a.name()) && m.orgId().equals(a.orgId()) && a.admitted() != null
						&& a.admitted().equals(m.admitted()));
			if (a.admitted() != null && a.converted() == null && !member) {
				out.add(new Deadline(Deadline.Kind.PROBATION, a.orgId(), a.id(), a.name(), Probation.of(a).end()));
			}
		}
	}

}
