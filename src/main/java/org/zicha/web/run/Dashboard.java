package org.zicha.web.run;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.zicha.finding.Severity;

/**
 * What the dashboard shows of a run, within the viewer's scope.
 *
 * @param run the run
 * @param bySeverity the number of findings by severity
 * @param exempted the number of exempted findings
 * @param areas the problems by area
 * @param changes new, persisting and resolved findings against the previous run
 * @param heat the heat map: organisations × months
 * @param trend the problems of every stored run
 * @param ranking the organisations by 履职率, highest first
 * @param rectification the rectification rows by status
 */
public record Dashboard(StoredRun run, Map<Severity, Long> bySeverity, long exempted, List<AreaCount> areas,
		Map<String, Long> changes, Heat heat, List<TrendPoint> trend, List<Rate> ranking,
		Map<String, Long> rectification) {

	/**
	 * The number of findings of a severity.
	 * @param severity MAJOR, MINOR or NOTICE
	 * @return how many
	 */
	public long count(String severity) {
		return this.bySeverity.getOrDefault(Severity.valueOf(severity), 0L);
	}

	/**
	 * The largest number of problems of a run in the trend.
	 * @return at least 1
	 */
	public long trendMax() {
		return Math.max(1, this.trend.stream().mapToLong((p) -> p.major() + p.minor()).max().orElse(1));
	}

	/**
	 * The rectification rows done (已完成 or 已销号).
	 * @return how many
	 */
	public long rectified() {
		return this.rectification.getOrDefault("已完成", 0L) + this.rectification.getOrDefault("已销号", 0L);
	}

	/**
	 * All rectification rows.
	 * @return how many
	 */
	public long rectificationRows() {
		return this.rectification.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals("整改不到位"))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/**
	 * The findings of one area.
	 *
	 * @param area the area
	 * @param major 重要问题
	 * @param minor 一般问题
	 * @param notice 提醒
	 */
	public record AreaCount(String area, long major, long minor, long notice) {

		/**
		 * The problems (not notices).
		 * @return major + minor
		 */
		public long problems() {
			return this.major + this.minor;
		}

	}

	/**
	 * The heat map: per organisation, the problems of the periods ending in each month.
	 *
	 * @param months the months
	 * @param rows the organisations with most problems first
	 * @param hidden how many organisations without problems (or beyond the limit) are
	 * left out
	 */
	public record Heat(List<YearMonth> months, List<HeatRow> rows, int hidden) {

	}

	/**
	 * One organisation of the heat map.
	 *
	 * @param orgId its id
	 * @param orgName its name
	 * @param cells the problems per month
	 * @param total all its problems
	 */
	public record HeatRow(String orgId, String orgName, List<Integer> cells, int total) {

	}

	/**
	 * The problems of one run, for the trend.
	 *
	 * @param runId the run
	 * @param label its as-of day
	 * @param major 重要问题
	 * @param minor 一般问题
	 */
	public record TrendPoint(long runId, String label, long major, long minor) {

	}

	/**
	 * An organisation's 履职率.
	 *
	 * @param orgId its id
	 * @param orgName its name
	 * @param evaluated duty-periods evaluated
	 * @param met duty-periods met
	 * @param rate met / evaluated
	 */
	public record Rate(String orgId, String orgName, int evaluated, int met, double rate) {

		/**
		 * The rate as a percentage.
		 * @return e.g. 93.8
		 */
		public double percent() {
			return Math.round(this.rate * 1000) / 10.0;
		}

	}

}
