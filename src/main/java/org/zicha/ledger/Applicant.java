package org.zicha.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person on the way into the Party (入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员).
 *
 * @param id unique id (编号)
 * @param name 姓名
 * @param orgId the branch
 * @param applied 递交申请日期
 * @param talked the branch's talk with the applicant, or null
 * @param activist 确定积极分子日期, or null
 * @param candidate 确定发展对象日期, or null
 * @param admitted 接收预备党员日期, or null
 * @param extendedUntil 延长预备期至, or null
 * @param converted 转正日期, or null
 */
public record Applicant(String id, String name, String orgId, LocalDate applied, LocalDate talked, LocalDate activist,
		LocalDate candidate, LocalDate admitted, LocalDate extendedUntil, LocalDate converted) {

	public Applicant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(orgId, "orgId");
		Objects.requireNonNull(applied, "applied");
	}

	/**
	 * The end of probation as originally set: admitted + 1 year.
	 * @return that date, or null when not admitted
	 */
	public LocalDate originalProbationEnd() {
		return (this.admitted != null) ? this.admitted.plusYears(1) : null;
	}

	/**
	 * The end of probation: the extension when given, else admitted + 1 year.
	 * @return that date, or null when not admitted
	 */
	public LocalDate probationEnd() {
		return (this.extendedUntil != null) ? this.extendedUntil : originalProbationEnd();
	}

	Applicant asOf(LocalDate day) {
		return new Applicant(this.id, this.name, this.orgId, this.applied, upTo(this.talked, day),
				upTo(this.activist, day), upTo(this.candidate, day), upTo(this.admitted, day), this.extendedUntil,
				upTo(this.converted, day));
	}

	private static LocalDate upTo(LocalDate date, LocalDate day) {
		return Organization.laterThan(date, day) ? null : date;
	}

}
