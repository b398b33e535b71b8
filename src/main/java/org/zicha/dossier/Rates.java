package org.zicha.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 履职率 of a dossier by area, organisation and year, and every combination of them: the
 * rated entries (closed calendar duty-periods of an organisation's own duties) met among
 * those evaluated, exempted ones counted neither way.
 */
public final class Rates {

	private static final String ALL = "*";

	private final Map<String, Rate> rates = new HashMap<>();

	Rates(List<Entry> entries) {
		for (Entry e : entries) {
			if (!e.rated() || (e.fulfilment() != Fulfilment.MET && e.fulfilment() != Fulfilment.MISSED)) {
				continue;
			}
			boolean met = e.fulfilment() == Fulfilment.MET;
			for (String area : List.of(e.area(), ALL)) {
				for (String org : List.of(e.orgId(), ALL)) {
					for (String year : List.of(String.valueOf(e.year()), ALL)) {
						this.rates.merge(area + "|" + org + "|" + year, Rate.NONE.plus(met),
								(a, b) -> new Rate(a.evaluated() + b.evaluated(), a.met() + b.met()));
					}
				}
			}
		}
	}

	/**
	 * The rate of an area, organisation and year.
	 * @param area the area, or null for every area
	 * @param orgId the organisation, or null for every organisation
	 * @param year the year, or null for every year
	 * @return the rate ({@link Rate#NONE} when nothing was evaluated)
	 */
	public Rate of(String area, String orgId, Integer year) {
		String key = ((area != null) ? area : ALL) + "|" + ((orgId != null) ? orgId : ALL) + "|"
				+ ((year != null) ? String.valueOf(year) : ALL);
		return this.rates.getOrDefault(key, Rate.NONE);
	}

}
