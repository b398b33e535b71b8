package org.zicha.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 履职率 of some duty-periods: how many were evaluated and how many met.
 *
 * @param evaluated the closed calendar duty-periods evaluated (exempted ones excluded)
 * @param met how many of them were met
 */
public record Rate(int evaluated, int met) {

	/** No duty-period. */
	public static final Rate NONE = new Rate(0, 0);

	/**
	 * The share met.
	 * @return met / evaluated to four places, or null when nothing was evaluated
	 */
	public BigDecimal share() {
		return (this.evaluated == 0) ? null
				: BigDecimal.valueOf(this.met).divide(BigDecimal.valueOf(this.evaluated), 4, RoundingMode.HALF_UP);
	}

	/**
	 * The share as a percentage.
	 * @return e.g. {@code 95.8%}, or {@code —} when nothing was evaluated
	 */
	public String percent() {
		BigDecimal share = share();
		if (share == null) {
			return "—";
		}
		return share.multiply(BigDecimal.valueOf(100))
			.setScale(1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

	Rate plus(boolean met) {
		return new Rate(this.evaluated + 1, this.met + (met ? 1 : 0));
	}

}
