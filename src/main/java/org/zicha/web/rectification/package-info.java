/**
 * The rectification workflow (整改): one row per duty and organisation of a run, its
 * status, 责任人, 整改时限, 进展, 佐证材料 and 备注, carried over to the same finding keys in later
 * runs, resolved when no longer found, flagged 整改不到位 when found again after being done;
 * every change in the audit log; the rectification.xlsx of the stored state.
 */
package org.zicha.web.rectification;
