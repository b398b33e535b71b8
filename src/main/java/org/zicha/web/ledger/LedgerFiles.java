package org.zicha.web.ledger;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored uploads and ledger files (their content is in the file store).
 */
@Repository
class LedgerFiles {

	private final JdbcClient jdbc;

	LedgerFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredFile> active() {
		return this.jdbc.sql("SELECT * FROM ledger_file WHERE active = TRUE ORDER BY source, id")
			.query((rs, i) -> new StoredFile(rs.getLong("id"), rs.getLong("upload_id"), rs.getString("source"),
					rs.getString("name"), rs.getString("sha256"), rs.getLong("size_bytes")))
			.list();
	}

	long insertUpload(String by, OffsetDateTime at, String scopeOrg, String summary) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO ledger_upload (uploaded_by, uploaded_at, scope_org, summary) VALUES (?, ?, ?, ?)")
			.params(by, at, scopeOrg, summary)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void replace(long uploadId, String source, String name, String sha256, long size) {
		this.jdbc.sql("UPDATE ledger_file SET active = FALSE WHERE source = ? AND active = TRUE")
			.param(source)
			.update();
		this.jdbc.sql("""
				INSERT INTO ledger_file (upload_id, source, name, sha256, size_bytes, active)
				VALUES (?, ?, ?, ?, ?, TRUE)""").params(uploadId, source, name, sha256, size).update();
	}

	void deactivate(long fileId) {
		this.jdbc.sql("UPDATE ledger_file SET active = FALSE WHERE id = ?").param(fileId).update();
	}

	StoredFile file(long id) {
		return this.jdbc.sql("SELECT * FROM ledger_file WHERE id = ?")
			.param(id)
			.query((rs, i) -> new StoredFile(rs.getLong("id"), rs.getLong("upload_id"), rs.getString("source"),
					rs.getString("name"), rs.getString("sha256"), rs.getLong("size_bytes")))
			.optional()
			.orElse(null);
	}

	List<UploadRecord> uploads(String scopeOrg, boolean all) {
		String where = all ? "" : " WHERE u.scope_org = ?";
		var spec = this.jdbc
			.sql("""
					SELECT u.*, (SELECT COUNT(*) FROM ledger_file f WHERE f.upload_id = u.id AND f.active = TRUE) AS active_files,
					(SELECT COUNT(*) FROM ledger_file f WHERE f.upload_id = u.id) AS files
					FROM ledger_upload u"""
					+ where + " ORDER BY u.id DESC");
		if (!all) {
			spec = spec.param(scopeOrg);
		}
		return spec
			.query((rs, i) -> new UploadRecord(rs.getLong("id"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("scope_org"),
					rs.getString("summary"), rs.getInt("files"), rs.getInt("active_files")))
			.list();
	}

	long uploadCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ledger_upload").query(Long.class).single();
	}

	/**
	 * A stored ledger file.
	 *
	 * @param id its id
	 * @param uploadId the upload it came with
	 * @param source who uploaded it and its name: the next upload of the same source
	 * replaces it
	 * @param name its name
	 * @param sha256 the hash of its content
	 * @param size its size
	 */
	record StoredFile(long id, long uploadId, String source, String name, String sha256, long size) {

	}

}
