/**
 * Runs: a check of the stored ledger started by hand or by the monthly schedule, stored
 * with its findings, exempted and resolved findings, statistics, digests and outputs, and
 * compared with the previous run; the dashboard, findings, run, branch and duties pages
 * and their REST API.
 */
package org.zicha.web.run;
