package org.zicha.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the body of the unit's own report names organisations: the root by its short name
 * (its 简称, else the last "局党组 / 局党委 / 公司党委 / 街道党工委" part of its name as the wording file
 * lists the units and kinds, else its full name), and an organisation whose name begins
 * with the root's unit by the short unit instead ("市交通运输局机关党委" is "局机关党委" in a report of
 * the 局党组). Other names stay as they are.
 */
final class BodyNames {

	private final Map<String, ReportInput.Organisation> organisations;

	private final String self;

	private final String unit;

	private final String shortUnit;

	BodyNames(Phrasing phrasing, List<ReportInput.Organisation> organisations) {
		this.organisations = organisations.stream()
			.collect(Collectors.toMap(ReportInput.Organisation::id, Function.identity(), (a, b) -> a));
		ReportInput.Organisation root = organisations.stream()
			.filter(ReportInput.Organisation::isRoot)
			.findFirst()
			.orElse(null);
		List<String> kinds = longestFirst(phrasing.strings("selfName.kinds"));
		List<String> units = longestFirst(phrasing.strings("selfName.units"));
		String name = (root != null) ? root.name() : "";
		String prefix = phrasing.word("words.partyPrefix");
		if (name.startsWith(prefix) && name.length() > prefix.length()) {
			name = name.substring(prefix.length());
		}
		String kind = kinds.stream().filter(name::endsWith).findFirst().orElse("");
		String bare = name.substring(0, name.length() - kind.length());
		String derived = kind.isEmpty() ? name
				: units.stream().filter(bare::endsWith).findFirst().map((u) -> u + kind).orElse(name);
		this.self = (root != null && root.shortName() != null && !root.shortName().isBlank()) ? root.shortName()
				: derived;
		String selfKind = kinds.stream().filter(this.self::endsWith).findFirst().orElse("");
		boolean sameKind = !kind.isEmpty() && kind.equals(selfKind);
		this.unit = sameKind ? bare : "";
		this.shortUnit = sameKind ? this.self.substring(0, this.self.length() - kind.length()) : "";
	}

	private static List<String> longestFirst(List<String> words) {
		return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/**
	 * The root's short name, as it names itself.
	 * @return the short name
	 */
	String self() {
		return this.self;
	}

	/**
	 * An organisation as the body names it.
	 * @param orgId the organisation
	 * @param fullName its full name
	 * @return its name in the body
	 */
	String of(String orgId, String fullName) {
		ReportInput.Organisation org = (orgId != null) ? this.organisations.get(orgId) : null;
		if (org != null && org.isRoot()) {
			return this.self;
		}
		if (!this.unit.isEmpty() && !this.shortUnit.isEmpty() && fullName.startsWith(this.unit)
				&& fullName.length() > this.unit.length()) {
			return this.shortUnit + fullName.substring(this.unit.length());
		}
		return fullName;
	}

}
