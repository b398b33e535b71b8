package org.zicha.finding;

import java.util.List;
import java.util.Map;

/**
 * The content of findings.json.
 *
 * @param run the run
 * @param findings the findings, sorted
 * @param exempted the exempted findings
 * @param resolved the baseline's findings no longer found
 * @param stats the figures a report quotes
 */
public record FindingsDocument(RunInfo run, List<Finding> findings, List<Exempted> exempted, List<Finding> resolved,
		Map<String, Object> stats) {

}
