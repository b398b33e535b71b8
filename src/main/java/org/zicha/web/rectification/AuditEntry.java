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
 * @param via where the change came from when not the row's form (an uploaded
 * rectification workbook and its row), or null
 */
public record AuditEntry(String by, OffsetDateTime at, String field, String before, String after, String via) {

}
