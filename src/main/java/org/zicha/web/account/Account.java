package org.zicha.web.account;

import java.time.OffsetDateTime;

import org.zicha.web.Role;
import org.zicha.web.Viewer;

/**
 * A user of the web application.
 *
 * @param id the row id
 * @param username the login name
 * @param displayName the name shown
 * @param role the role
 * @param orgId the organisation of a branch secretary, or null
 * @param enabled whether the user may log in
 * @param createdAt when the account was created
 */
public record Account(long id, String username, String displayName, Role role, String orgId, boolean enabled,
		OffsetDateTime createdAt) {

	/**
	 * The account as the viewer of pages and queries.
	 * @return the viewer
	 */
	public Viewer viewer() {
		return new Viewer(this.username, this.role, this.orgId);
	}

}
