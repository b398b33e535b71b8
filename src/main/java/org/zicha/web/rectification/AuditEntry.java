package org.zicha.web.rectification;

import java.time.OffsetDateTime;

/**
 * One change of a rectification row, as the audit log keeps it.
 *
 * @param by who changed it
 * @param at when
 * @param field which field (its Chinese name)
 * @param before the value before
 * @param after the value after
 */
public record AuditEntry(String by, OffsetDateTime at, String field, String before, String after) {

}
