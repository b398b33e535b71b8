package org.zicha.web.rectification;

import java.time.LocalDate;

/**
 * A run to choose a rectification ledger from.
 *
 * @param id the run
 * @param asOf its as-of day
 * @param withdrawn whether it was withdrawn (已撤回)
 */
public record RunChoice(long id, LocalDate asOf, boolean withdrawn) {

}
