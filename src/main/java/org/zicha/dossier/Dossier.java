package org.zicha.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence dossier (佐证目录) of a window: every duty-period of every organisation with
 * the records that prove it or the finding that it was missed, the approved exemptions,
 * the rectification of the problems and the follow-up of an earlier inspection's
 * feedback.
 *
 * @param rootName the name of the root organisation(s)
 * @param from the first day of the window
 * @param to the last day of the window
 * @param asOf the as-of day
 * @param generatedAt when the dossier was made, ISO
 * @param tool the tool and its version
 * @param files the ledger files read
 * @param organisations the organisations, in ledger order
 * @param areas the areas, in the order of reports
 * @param entries the entries, by area, duty, organisation and period
 * @param exemptions the approved exemptions of the ledger
 * @param rectifications what the rectification ledger says, by finding key
 * @param rectificationRead whether a rectification ledger was read
 * @param feedback the items of an earlier inspection's feedback, empty when none was read
 * @param feedbackRead whether a feedback workbook was read
 */
public record Dossier(String rootName, LocalDate from, LocalDate to, LocalDate asOf, String generatedAt, String tool,
		List<String> files, List<Organisation> organisations, List<String> areas, List<Entry> entries,
		List<ExemptionRecord> exemptions, Map<String, Rectification> rectifications, boolean rectificationRead,
		List<FeedbackItem> feedback, boolean feedbackRead) {

	public Dossier {
		files = List.copyOf(files);
		organisations = List.copyOf(organisations);
		areas = List.copyOf(areas);
		entries = List.copyOf(entries);
		exemptions = List.copyOf(exemptions);
		rectifications = Map.copyOf(rectifications);
		feedback = List.copyOf(feedback);
	}

	/**
	 * The last day the window's records reach: the end of the window, or the as-of day
	 * when earlier.
	 * @return the last day
	 */
	public LocalDate last() {
		LocalDate last = this.to.isBefore(this.asOf) ? this.to : this.asOf;
		return last.isBefore(this.from) ? this.from : last;
	}

	/**
	 * The calendar years the window covers.
	 * @return the years, in order
	 */
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int y = this.from.getYear(); y <= last().getYear(); y++) {
			years.add(y);
		}
		return years;
	}

	/**
	 * The window in words: {@code 2025年1月至12月}, {@code 2023年1月至2025年12月}, or with days
	 * when it does not run over whole months.
	 * @return the window
	 */
	public String window() {
		LocalDate last = last();
		boolean wholeMonths = this.from.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth());
		String sameYear = (this.from.getYear() == last.getYear()) ? "" : last.getYear() + "年";
		if (wholeMonths) {
			if (this.from.getMonthValue() == 1 && last.getMonthValue() == 12 && sameYear.isEmpty()) {
				return this.from.getYear() + "年";
			}
			if (this.from.getMonthValue() == 1 && last.getMonthValue() == 12) {
				return this.from.getYear() + "年至" + last.getYear() + "年";
			}
			return this.from.getYear() + "年" + this.from.getMonthValue() + "月至" + sameYear + last.getMonthValue() + "月";
		}
		return day(this.from) + "至" + day(last);
	}

	/**
	 * A day as official documents write it.
	 * @param day the day
	 * @return e.g. 2025年12月31日
	 */
	public static String day(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/**
	 * How many organisations are not roots.
	 * @return the organisations under the root(s)
	 */
	public int subordinates() {
		return (int) this.organisations.stream().filter((o) -> !o.root()).count();
	}

	/**
	 * The entries of an area.
	 * @param area the area
	 * @return its entries, in order
	 */
	public List<Entry> entries(String area) {
		return this.entries.stream().filter((e) -> e.area().equals(area)).toList();
	}

	/**
	 * The 履职率 by area, organisation and year.
	 * @return the rates
	 */
	public Rates rates() {
		return new Rates(this.entries);
	}

	/**
	 * The problems (findings that are neither notices nor exempted) with where their
	 * rectification stands.
	 * @return one per problem, in entry order
	 */
	public List<ProblemStatus> problems() {
		Map<String, List<Entry>> byConcern = this.entries.stream()
			.collect(Collectors.groupingBy((e) -> e.duty() + "|" + e.orgId()));
		return this.entries.stream()
			.filter(Entry::isProblem)
			.map((e) -> ProblemStatus.of(e, byConcern.get(e.duty() + "|" + e.orgId()), this.rectifications,
					this.rectificationRead))
			.toList();
	}

	/**
	 * The follow-up of each item of the earlier feedback.
	 * @return one per item, in the workbook's order
	 */
	public List<FollowUp> followUps() {
		return this.feedback.stream().map((item) -> FollowUp.of(item, this.entries, this.asOf)).toList();
	}

	/**
	 * The distinct ledger records listed as evidence.
	 * @return their identities
	 */
	public Set<String> proofs() {
		Set<String> proofs = new LinkedHashSet<>();
		this.entries.forEach((e) -> e.proofs().forEach((p) -> proofs.add(p.identity())));
		return proofs;
	}

}
