package org.zicha.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.zicha.finding.Subject;
import org.zicha.ledger.Applicant;
import org.zicha.ledger.Member;
import org.zicha.ledger.MemberStatus;
import org.zicha.rules.Limit;

/**
 * The probation of a person admitted as probationary member (预备党员): a member of the
 * ledger or an applicant, treated alike.
 *
 * @param subject the person
 * @param orgId the person's branch
 * @param admitted the day of admission
 * @param originalEnd the end of probation before any extension: admitted + 1 year, or a
 * member's stated 预备期满日期 when that is not later
 * @param extendedUntil the day to which probation was extended, or null
 * @param converted the day of conversion (转正), or null
 */
public record Probation(Subject subject, String orgId, LocalDate admitted, LocalDate originalEnd,
		LocalDate extendedUntil, LocalDate converted) {

	/**
	 * The probation of a member whose probation can be dated: a probationary member with
	 * an admission date, or any member with both admission and conversion dates. It ends
	 * on the stated 预备期满日期 when given (an extension when later than admitted + 1 year),
	 * else admitted + 1 year.
	 * @param member the member
	 * @return the probation, or null when it cannot be dated
	 */
	public static Probation of(Member member) {
		if (member.admitted() == null || (member.status() != MemberStatus.PROBATIONARY && member.converted() == null)) {
			return null;
		}
		LocalDate extendedUntil = member.probationExtendedUntil();
		LocalDate originalEnd = (extendedUntil != null) ? member.originalProbationEnd() : member.probationEnd();
		return new Probation(Subject.of(member), member.orgId(), member.admitted(), originalEnd, extendedUntil,
				member.converted());
	}

	/**
	 * The probation of an applicant who was admitted.
	 * @param applicant the applicant
	 * @return the probation, or null when not admitted
	 */
	public static Probation of(Applicant applicant) {
		if (applicant.admitted() == null) {
			return null;
		}
		return new Probation(Subject.of(applicant), applicant.orgId(), applicant.admitted(),
				applicant.originalProbationEnd(), applicant.extendedUntil(), applicant.converted());
	}

	/**
	 * The end of probation: the extension when given, else the original end.
	 * @return the day probation ends
	 */
	public LocalDate end() {
		return (this.extendedUntil != null) ? this.extendedUntil : this.originalEnd;
	}

	/**
	 * Whether the person is still unconverted more than a limit after the end of
	 * probation.
	 * @param day the as-of day
	 * @param limit the time allowed after the end
	 * @return true when overdue and not converted
	 */
	public boolean unconvertedAfter(LocalDate day, Limit limit) {
		return this.converted == null && day.isAfter(limit.after(end()));
	}

	/**
	 * Whether the person was converted more than a limit after the end of probation.
	 * @param limit the time allowed after the end
	 * @return true when converted late
	 */
	public boolean convertedLate(Limit limit) {
		return this.converted != null && this.converted.isAfter(limit.after(end()));
	}

	/**
	 * Whether probation was extended beyond a limit after its original end.
	 * @param limit the longest extension
	 * @return true when extendedUntil lies after originalEnd + limit
	 */
	public boolean extendedBeyond(Limit limit) {
		return this.extendedUntil != null && this.extendedUntil.isAfter(limit.after(this.originalEnd));
	}

	/**
	 * The evidence, as of a day.
	 * @param day the as-of day
	 * @param limit the time allowed for conversion after the end of probation
	 * @return the evidence
	 */
	public Map<String, Object> evidence(LocalDate day, Limit limit) {
		LocalDate deadline = limit.after(end());
		LocalDate until = (this.converted != null) ? this.converted : day;
		return Evidence.of("admitted", this.admitted, "originalEnd", this.originalEnd, "extendedUntil",
				this.extendedUntil, "probationEnd", end(), "deadline", deadline, "converted", this.converted,
				"daysLate", Math.max(0, ChronoUnit.DAYS.between(deadline, until)), "daysPastEnd",
				Math.max(0, ChronoUnit.DAYS.between(end(), until)));
	}

}
