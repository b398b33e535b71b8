package org.zicha.web.ledger;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.zicha.web.Scope;

/**
 * The stored uploads and ledger files (their content is in the file store).
 */
@Repository
class LedgerFiles {

	private final JdbcClient jdbc;

	LedgerFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The files in use within a scope.
	 * @param scope the organisations whose uploads are read (the scope of everything: the
	 * whole ledger)
	 * @return the files, by source
	 */
	List<StoredFile> active(Scope scope) {
		return this.jdbc.sql("SELECT * FROM ledger_file WHERE active = TRUE ORDER BY source, id")
			.query((rs, i) -> new StoredFile(rs.getLong("id"), rs.getLong("upload_id"), rs.getString("source"),
					rs.getString("name"), rs.getString("sha256"), rs.getLong("size_bytes")))
			.list()
			.stream()
			.filter((f) -> scope.includes(f.owner()))
			.toList();
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

	void deactivate(StoredFile file, Scope scope) {
		scope.require(file.owner());
		this.jdbc.sql("UPDATE ledger_file SET active = FALSE WHERE id = ?").param(file.id()).update();
	}

	/**
	 * A stored file, if it lies in a scope.
	 * @param id the file
	 * @param scope the organisations whose uploads may be read
	 * @return the file, or null
	 */
	StoredFile file(long id, Scope scope) {
		return this.jdbc.sql("SELECT * FROM ledger_file WHERE id = ?")
			.param(id)
			.query((rs, i) -> new StoredFile(rs.getLong("id"), rs.getLong("upload_id"), rs.getString("source"),
					rs.getString("name"), rs.getString("sha256"), rs.getLong("size_bytes")))
			.optional()
			.filter((f) -> scope.includes(f.owner()))
			.orElse(null);
	}

	/**
	 * The uploads made within a scope.
	 * @param scope the organisations whose uploads are listed (the scope of everything:
	 * all, an administrator's included)
	 * @return the uploads, latest first
	 */
	List<UploadRecord> uploads(Scope scope) {
		String where = scope.isAll() ? "" : " WHERE u.scope_org IN (:orgs)";
		var spec = this.jdbc
			.sql("""
					SELECT u.*, (SELECT COUNT(*) FROM ledger_file f WHERE f.upload_id = u.id AND f.active = TRUE) AS active_files,
					(SELECT COUNT(*) FROM ledger_file f WHERE f.upload_id = u.id) AS files
					FROM ledger_upload u"""
					+ where + " ORDER BY u.id DESC");
		if (!scope.isAll()) {
			spec = spec.param("orgs", scope.orgs());
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

		/**
		 * The organisation of the secretary who uploaded it.
		 * @return the organisation, or null for an administrator's upload
		 */
		String owner() {
			int slash = this.source.indexOf('/');
			return (slash > 0) ? this.source.substring(0, slash) : null;
		}

	}

}
