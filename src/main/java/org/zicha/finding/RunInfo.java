package org.zicha.finding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a findings document says about the run that produced it.
 *
 * @param asOf the as-of day
 * @param from the first day of the window
 * @param to the last day of the window
 * @param rulesDigest sha256 of the rule files
 * @param dataDigest sha256 of the inputs
 * @param generatedAt when the document was written
 * @param tool the tool and its version
 */
public record RunInfo(LocalDate asOf, LocalDate from, LocalDate to, String rulesDigest, String dataDigest,
		OffsetDateTime generatedAt, String tool) {

}
