package org.zicha.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.zicha.finding.Finding;

/**
 * What one or more partitions came to, once their sessions are gone: the findings they
 * report (before the run sorts them, sets exempted ones apart and compares with a
 * baseline), one {@link DutyPeriod} per outcome, the days of the conversions made after
 * their limit (the one figure of the statistics that reads an outcome's evidence beyond
 * its counts) and the dates of the probations the rules derived, so that the statistics
 * can count them over any window. Summaries merge by concatenation in partition order,
 * which is associative: the merge of the partitions' summaries is the same however they
 * are grouped, and the same as one summary of all their outcomes.
 */
final class Summary {

	private final List<Finding> reported;

	private final List<DutyPeriod> dutyPeriods;

	private final Conversions conversions;

	private Summary(List<Finding> reported, List<DutyPeriod> dutyPeriods, Conversions conversions) {
		this.reported = reported;
		this.dutyPeriods = dutyPeriods;
		this.conversions = conversions;
	}

	/**
	 * The summary of one partition.
	 * @param concluded what the rules concluded and derived in the partition
	 * @param reporting decides which outcomes the run reports, and writes them
	 * @return its summary
	 */
	static Summary of(Engine.Concluded concluded, Reporting reporting) {
		List<Outcome> outcomes = concluded.outcomes();
		List<Finding> reported = new ArrayList<>();
		List<DutyPeriod> dutyPeriods = new ArrayList<>(outcomes.size());
		List<LocalDate> late = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			reporting.report(outcome).ifPresent(reported::add);
			dutyPeriods.add(DutyPeriod.of(outcome));
			if (outcome.duty().equals("DEVELOP.CONVERSION_OVERDUE") && !outcome.met()
					&& outcome.evidence().get("converted") instanceof LocalDate day) {
				late.add(day);
			}
		}
		List<Conversions.Probation> probations = concluded.probations()
			.stream()
			.map((p) -> new Conversions.Probation(p.admitted(), p.converted(), p.extendedUntil() != null))
			.toList();
		return new Summary(reported, dutyPeriods, new Conversions(probations, late));
	}

	/**
	 * Merge summaries, in order.
	 * @param summaries the summaries of consecutive partitions
	 * @return one summary of them all
	 */
	static Summary merge(List<Summary> summaries) {
		List<Finding> reported = new ArrayList<>();
		List<DutyPeriod> dutyPeriods = new ArrayList<>(summaries.stream().mapToInt((s) -> s.dutyPeriods.size()).sum());
		List<Conversions.Probation> probations = new ArrayList<>();
		List<LocalDate> late = new ArrayList<>();
		for (Summary summary : summaries) {
			reported.addAll(summary.reported);
			dutyPeriods.addAll(summary.dutyPeriods);
			probations.addAll(summary.conversions.probations());
			late.addAll(summary.conversions.late());
		}
		return new Summary(reported, dutyPeriods, new Conversions(probations, late));
	}

	/**
	 * The findings reported, in the order of the outcomes.
	 * @return the findings, unsorted, a key possibly more than once
	 */
	List<Finding> reported() {
		return Collections.unmodifiableList(this.reported);
	}

	/**
	 * The duty-periods, one per outcome, none exempted yet.
	 * @return the duty-periods
	 */
	List<DutyPeriod> dutyPeriods() {
		return Collections.unmodifiableList(this.dutyPeriods);
	}

	/**
	 * The probations the rules derived and the conversions made late.
	 * @return their dates
	 */
	Conversions conversions() {
		return this.conversions;
	}

	/**
	 * The dates of the probations the rules derived (one per person) and the days of the
	 * conversions made after their limit.
	 *
	 * @param probations each probation's admission and conversion (null when not
	 * converted)
	 * @param late the days of the late conversions
	 */
	record Conversions(List<Probation> probations, List<LocalDate> late) {

		/**
		 * A probation's dates.
		 *
		 * @param admitted the day of admission
		 * @param converted the day of conversion, or null
		 * @param extended whether the probation was extended (延长预备期)
		 */
		record Probation(LocalDate admitted, LocalDate converted, boolean extended) {

		}

	}

}
