package org.zicha.web.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.zicha.web.Scope;

/**
 * The organisations a branch secretary's account may be given: those of the latest run
 * not withdrawn that have a secretary of their own (branches, general branches,
 * committees, leading groups).
 */
@Repository
class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The organisations to choose from, within a scope.
	 * @param scope the organisations the caller may see
	 * @return the organisations, by id (none before the first run)
	 */
	List<OrgChoice> choices(Scope scope) {
		return this.jdbc.sql("""
				SELECT org_id, name FROM run_org WHERE run_id =
				(SELECT MAX(id) FROM inspection_run WHERE withdrawn_at IS NULL)
				AND kind IN ('BRANCH', 'GENERAL_BRANCH', 'COMMITTEE', 'LEADING_GROUP') ORDER BY org_id""")
			.query((rs, i) -> new OrgChoice(rs.getString("org_id"), rs.getString("name")))
			.list()
			.stream()
			.filter((o) -> scope.includes(o.id()))
			.toList();
	}

	/**
	 * An organisation to choose.
	 *
	 * @param id 组织编号
	 * @param name 组织名称
	 */
	record OrgChoice(String id, String name) {

	}

}
