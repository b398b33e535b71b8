package org.zicha.finding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param roots the root organisations of the ledger, name by id: whose run it was (a
 * later run refuses it as a baseline when they differ)
 */
public record RunInfo(LocalDate asOf, LocalDate from, LocalDate to, String rulesDigest, String dataDigest,
		OffsetDateTime generatedAt, String tool, Map<String, String> roots) {

	public RunInfo {
		roots = Collections.unmodifiableMap(new LinkedHashMap<>(roots));
	}

	/**
	 * The run info without its root organisations.
	 * @param asOf the as-of day
	 * @param from the first day of the window
	 * @param to the last day of the window
	 * @param rulesDigest sha256 of the rule files
	 * @param dataDigest sha256 of the inputs
	 * @param generatedAt when the document was written
	 * @param tool the tool and its version
	 */
	public RunInfo(LocalDate asOf, LocalDate from, LocalDate to, String rulesDigest, String dataDigest,
			OffsetDateTime generatedAt, String tool) {
		this(asOf, from, to, rulesDigest, dataDigest, generatedAt, tool, Map.of());
	}

}
