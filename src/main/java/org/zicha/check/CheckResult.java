package org.zicha.check;

import java.util.List;
import java.util.Map;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Ledger;

/**
 * What a check found.
 *
 * @param run the dates of the run
 * @param ledger the ledger as it stood on the as-of day
 * @param findings the findings, sorted
 * @param exempted the findings an approved exemption covers
 * @param resolved the baseline's findings this run no longer finds (empty without a
 * baseline)
 * @param dutyPeriods every duty-period the rules evaluated, met or not, with the records
 * that count toward it and whether its finding is exempted; in the order of the
 * partitions (the ledger's order of organisations)
 * @param stats the figures a report quotes
 */
public record CheckResult(Run run, Ledger ledger, List<Finding> findings, List<Exempted> exempted,
		List<Finding> resolved, List<DutyPeriod> dutyPeriods, Map<String, Object> stats) {

}
