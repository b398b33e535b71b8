package org.zicha.web.run;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.zicha.ledger.LedgerException;
import org.zicha.rules.RuleFailure;
import org.zicha.web.Viewer;

/**
 * The monthly run: on the schedule of {@code zicha.schedule.monthly-cron} (default the
 * 1st at 06:00), a run of the stored ledger as of the last day of the previous month,
 * over that year from 1 January.
 */
@Component
@ConditionalOnProperty(name = "zicha.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class MonthlyRun {

	private static final Logger log = LoggerFactory.getLogger(MonthlyRun.class);

	private final Runs runs;

	private final Clock clock;

	public MonthlyRun(Runs runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Scheduled(cron = "${zicha.schedule.monthly-cron:0 0 6 1 * *}")
	void scheduled() {
		run();
	}

	/**
	 * Run as of the last day of the previous month.
	 * @return the stored run, or null when there was nothing to check
	 */
	public StoredRun run() {
		LocalDate asOf = LocalDate.now(this.clock).withDayOfMonth(1).minusDays(1);
		try {
			StoredRun run = this.runs.start(Viewer.schedule(), asOf, asOf.withDayOfYear(1), asOf, true);
			log.info("月度检查完成：第{}次检查，截至{}", run.id(), asOf);
			return run;
		}
		catch (IllegalArgumentException | LedgerException | RuleFailure ex) {
			log.warn("月度检查未进行：{}", ex.getMessage());
			return null;
		}
	}

}
