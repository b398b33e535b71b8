package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.zicha.finding.Subject;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Member;
import org.zicha.ledger.Period;
import org.zicha.rules.Limit;

/**
 * Derived fact: the probation of a person admitted as probationary member (预备党员), one per
 * person — a member of the ledger, or an applicant who is not also in the members table.
 *
 * @param subject the person
 * @param orgId the person's branch
 * @param admitted the day of admission
 * @param originalEnd the end of probation before any extension: admitted + 1 year, or a
 * member's stated 预备期满日期 when that is not later
 * @param extendedUntil the day to which probation was extended, or null
 * @param end the end of probation: the extension when given, else the original end
 * @param converted the day of conversion (转正), or null
 * @param left the day a member left the branch, or null (always null for an applicant)
 */
public record Probation(Subject subject, String orgId, LocalDate admitted, LocalDate originalEnd,
		LocalDate extendedUntil, LocalDate end, LocalDate converted, LocalDate left) {

	/**
	 * The probation of a member whose probation can be dated. It ends on the stated
	 * 预备期满日期 when given (an extension when later than admitted + 1 year), else admitted +
	 * 1 year.
	 * @param member the member, with an admission day
	 * @return the probation
	 */
	public static Probation of(Member member) {
		LocalDate extendedUntil = member.probationExtendedUntil();
		LocalDate originalEnd = (extendedUntil != null) ? member.originalProbationEnd() : member.probationEnd();
		return new Probation(Subject.of(member), member.orgId(), member.admitted(), originalEnd, extendedUntil,
				(extendedUntil != null) ? extendedUntil : originalEnd, member.converted(), member.left());
	}

	/**
	 * The probation of an applicant who was admitted.
	 * @param applicant the applicant, with an admission day
	 * @return the probation
	 */
	public static Probation of(Applicant applicant) {
		return new Probation(Subject.of(applicant), applicant.orgId(), applicant.admitted(),
				applicant.originalProbationEnd(), applicant.extendedUntil(), applicant.probationEnd(),
				applicant.converted(), null);
	}

	/**
	 * The evidence, as of a day.
	 * @param day the as-of day
	 * @param limit the time allowed for conversion after the end of probation
	 * @return the evidence
	 */
	public Map<String, Object> evidence(LocalDate day, Limit limit) {
		LocalDate deadline = limit.after(this.end);
		LocalDate until = (this.converted != null) ? this.converted : day;
		return Evidence.of("admitted", this.admitted, "originalEnd", this.originalEnd, "extendedUntil",
				this.extendedUntil, "probationEnd", this.end, "deadline", deadline, "converted", this.converted,
				"daysLate", Math.max(0, ChronoUnit.DAYS.between(deadline, until)), "daysPastEnd",
				Math.max(0, ChronoUnit.DAYS.between(this.end, until)), "pastEnd", Period.elapsed(this.end, until));
	}

}
