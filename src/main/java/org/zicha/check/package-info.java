/**
 * The check: a ledger, the rule book and an as-of date with its window in; findings,
 * exemptions, changes against a baseline and statistics out. Evaluation runs one Drools
 * session per organisation subtree. The fact types the rules derive and conclude with
 * ({@link org.zicha.check.Outcome} and its helpers) live here too.
 */
package org.zicha.check;
