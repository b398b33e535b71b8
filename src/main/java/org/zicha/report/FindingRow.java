package org.zicha.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.zicha.finding.Duty;
import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * One row of the page's findings table: a finding of a problem, a notice, or an exempted
 * finding, with the category the page counts and filters it by.
 *
 * @param category its category
 * @param finding the finding
 * @param exemption the exemption that covers it, or null
 */
record FindingRow(Category category, Finding finding, Exempted exemption) {

	/** The order of areas on the page: the catalog's, then any other by name. */
	static final Comparator<String> AREA_ORDER = Comparator.comparingInt(Duty::areaRank)
		.thenComparing(Comparator.naturalOrder());

	/**
	 * Every finding of a report: those of the problems in the order of the rows, then the
	 * notices, then the exempted.
	 * @param report the report
	 * @return the rows
	 */
	static List<FindingRow> of(Report report) {
		List<FindingRow> rows = new ArrayList<>();
		for (Report.Row row : report.rows()) {
			row.findings().forEach((f) -> rows.add(new FindingRow(Category.valueOf(f.severity().name()), f, null)));
		}
		report.notices().forEach((f) -> rows.add(new FindingRow(Category.NOTICE, f, null)));
		report.exempted().forEach((e) -> rows.add(new FindingRow(Category.EXEMPTED, e.finding(), e)));
		return rows;
	}

	/**
	 * How the page counts a finding: by severity, the exempted apart.
	 */
	enum Category {

		/** 重要问题. */
		MAJOR(Severity.MAJOR.label(), Severity.MAJOR.shortLabel()),
		/** 一般问题. */
		MINOR(Severity.MINOR.label(), Severity.MINOR.shortLabel()),
		/** 提醒. */
		NOTICE(Severity.NOTICE.label(), Severity.NOTICE.shortLabel()),
		/** 经批准的例外. */
		EXEMPTED("经批准的例外", "例外");

		private final String label;

		private final String shortLabel;

		Category(String label, String shortLabel) {
			this.label = label;
			this.shortLabel = shortLabel;
		}

		/**
		 * The Chinese name.
		 * @return the label
		 */
		String label() {
			return this.label;
		}

		/**
		 * The short Chinese name, for tables.
		 * @return the short label
		 */
		String shortLabel() {
			return this.shortLabel;
		}

		/**
		 * The CSS class of its colour.
		 * @return the class
		 */
		String css() {
			return "c-" + name().toLowerCase(Locale.ROOT);
		}

	}

}
