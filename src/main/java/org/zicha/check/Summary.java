package org.zicha.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.zicha.finding.Finding;
import org.zicha.ledger.Period;

/**
 * What one or more partitions came to, once their sessions are gone: the findings they
 * report (before the run sorts them, sets exempted ones apart and compares with a
 * baseline), one {@link DutyPeriod} per outcome, the one figure of the statistics that
 * reads an outcome's evidence beyond its counts, and the counts of the probations the
 * rules derived. Summaries merge by concatenation in partition order, which is
 * associative: the merge of the partitions' summaries is the same however they are
 * grouped, and the same as one summary of all their outcomes.
 */
final class Summary {

	private final List<Finding> reported;

	private final List<DutyPeriod> dutyPeriods;

	private final long lateConversions;

	private final Probations probations;

	private Summary(List<Finding> reported, List<DutyPeriod> dutyPeriods, long lateConversions, Probations probations) {
		this.reported = reported;
		this.dutyPeriods = dutyPeriods;
		this.lateConversions = lateConversions;
		this.probations = probations;
	}

	/**
	 * The summary of one partition.
	 * @param concluded what the rules concluded and derived in the partition
	 * @param reporting decides which outcomes the run reports, and writes them
	 * @param window the days the statistics count events over
	 * @return its summary
	 */
	static Summary of(Engine.Concluded concluded, Reporting reporting, Period window) {
		List<Outcome> outcomes = concluded.outcomes();
		List<Finding> reported = new ArrayList<>();
		List<DutyPeriod> dutyPeriods = new ArrayList<>(outcomes.size());
		long lateConversions = 0;
		for (Outcome outcome : outcomes) {
			reporting.report(outcome).ifPresent(reported::add);
			dutyPeriods.add(DutyPeriod.of(outcome));
			if (outcome.duty().equals("DEVELOP.CONVERSION_OVERDUE") && !outcome.met()
					&& outcome.evidence().get("converted") instanceof LocalDate day && window.contains(day)) {
				lateConversions++;
			}
		}
		Probations probations = new Probations(0, 0, 0);
		for (Probation probation : concluded.probations()) {
			probations = probations.plus(new Probations((probation.converted() == null) ? 1 : 0,
					window.contains(probation.admitted()) ? 1 : 0,
					(probation.converted() != null && window.contains(probation.converted())) ? 1 : 0));
		}
		return new Summary(reported, dutyPeriods, lateConversions, probations);
	}

	/**
	 * Merge summaries, in order.
	 * @param summaries the summaries of consecutive partitions
	 * @return one summary of them all
	 */
	static Summary merge(List<Summary> summaries) {
		List<Finding> reported = new ArrayList<>();
		List<DutyPeriod> dutyPeriods = new ArrayList<>(summaries.stream().mapToInt((s) -> s.dutyPeriods.size()).sum());
		long lateConversions = 0;
		Probations probations = new Probations(0, 0, 0);
		for (Summary summary : summaries) {
			reported.addAll(summary.reported);
			dutyPeriods.addAll(summary.dutyPeriods);
			lateConversions += summary.lateConversions;
			probations = probations.plus(summary.probations);
		}
		return new Summary(reported, dutyPeriods, lateConversions, probations);
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
	 * The probationary members (and applicants) converted inside the statistics' window
	 * but after their time limit.
	 * @return how many
	 */
	long lateConversions() {
		return this.lateConversions;
	}

	/**
	 * The probations the rules derived, counted.
	 * @return the counts
	 */
	Probations probations() {
		return this.probations;
	}

	/**
	 * Counts of probations (one per person).
	 *
	 * @param probationary not converted yet
	 * @param admittedInWindow admitted inside the statistics' window
	 * @param convertedInWindow converted inside the statistics' window
	 */
	record Probations(long probationary, long admittedInWindow, long convertedInWindow) {

		Probations plus(Probations other) {
			return new Probations(this.probationary + other.probationary,
					this.admittedInWindow + other.admittedInWindow, this.convertedInWindow + other.convertedInWindow);
		}

	}

}
