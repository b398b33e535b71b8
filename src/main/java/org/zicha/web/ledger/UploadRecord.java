package org.zicha.web.ledger;

import java.time.OffsetDateTime;

/**
 * One confirmed upload, for the history.
 *
 * @param id its id
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param scopeOrg the organisation of a branch secretary's upload, or null
 * @param summary what it held (files, records)
 * @param files the number of files
 * @param activeFiles how many of them are still in use (not replaced by a later upload)
 */
public record UploadRecord(long id, String uploadedBy, OffsetDateTime uploadedAt, String scopeOrg, String summary,
		int files, int activeFiles) {

}
