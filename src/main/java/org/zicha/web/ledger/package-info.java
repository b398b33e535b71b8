/**
 * Ledger uploads: preview (counts, every problem, what is outside a secretary's scope),
 * confirm in one transaction, the file hashes that make an identical re-upload a no-op,
 * the limits on size and zip bombs, the history, and the stored ledger a run checks.
 */
package org.zicha.web.ledger;
