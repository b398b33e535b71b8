package org.zicha.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.zicha.inspection.ReportDraft;
import org.zicha.inspection.RuleSet;

/**
 * The drafted reports the runs keep: each run stores its draft's snapshot with its
 * outputs (format {@value #FORMAT}); read back with the current rules' wording, it gives
 * the report page, an organisation's bulletin and the rectification ledger of the stored
 * state. The drafts of the latest runs looked at stay in memory.
 */
@Component
public class Drafts {

	/** The format under which a run's draft is stored among its outputs. */
	public static final String FORMAT = "DRAFT";

	private final Map<String, ReportDraft> cache = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ReportDraft> eldest) {
			return size() > 4;
		}

	});

	private final JdbcClient jdbc;

	private final FileStore files;

	private final Rules rules;

	Drafts(JdbcClient jdbc, FileStore files, Rules rules) {
		this.jdbc = jdbc;
		this.files = files;
		this.rules = rules;
	}

	/**
	 * Keep the draft of a run.
	 * @param run the run
	 * @param draft its draft
	 */
	public void keep(long run, ReportDraft draft) {
		String sha = this.files.put(draft.snapshot());
		this.jdbc.sql("INSERT INTO run_output (run_id, format, sha256) VALUES (?, ?, ?)")
			.params(run, FORMAT, sha)
			.update();
	}

	/**
	 * The draft of a run, for the whole unit.
	 * @param run the run
	 * @return the draft, or empty when the run kept none (a run of an earlier version)
	 * @throws IllegalArgumentException when the kept draft cannot be read
	 */
	public Optional<ReportDraft> of(long run) {
		Optional<String> sha = this.jdbc.sql("SELECT sha256 FROM run_output WHERE run_id = ? AND format = ?")
			.params(run, FORMAT)
			.query(String.class)
			.optional();
		if (sha.isEmpty()) {
			return Optional.empty();
		}
		RuleSet current = this.rules.current();
		String key = sha.get() + "|" + current.digest();
		ReportDraft draft = this.cache.get(key);
		if (draft == null) {
			draft = ReportDraft.read(this.files.get(sha.get()), current);
			this.cache.put(key, draft);
		}
		return Optional.of(draft);
	}

}
