/**
 * The rule book: the DRL rules and the thresholds decision table of the {@code rules/}
 * folder (or the copy bundled in the jar), compiled once into a KieBase, with the duties'
 * metadata, the thresholds and the ledger vocabulary read from the same folder.
 */
package org.zicha.rules;
