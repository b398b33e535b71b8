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
 * @param authVersion raised by every change that ends the account's sessions
 * @param lockedUntil until when logins are refused after repeated wrong passwords, or
 * null
 */
public record Account(long id, String username, String displayName, Role role, String orgId, boolean enabled,
		OffsetDateTime createdAt, int authVersion, OffsetDateTime lockedUntil) {

	/**
	 * Whether the account is locked at a moment.
	 * @param now the moment
	 * @return true while the lock lasts
	 */
	public boolean lockedAt(OffsetDateTime now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * The account as the viewer of pages and queries.
	 * @return the viewer
	 */
	public Viewer viewer() {
		return new Viewer(this.username, this.role, this.orgId);
	}

}
