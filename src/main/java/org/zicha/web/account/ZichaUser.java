package org.zicha.web.account;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import org.zicha.web.Viewer;

/**
 * A logged-in user, with the account behind it as it stood at login.
 */
public class ZichaUser extends User {

	private final Account account;

	ZichaUser(Account account, String passwordHash, boolean locked,
			Collection<? extends GrantedAuthority> authorities) {
		super(account.username(), passwordHash, account.enabled(), true, true, !locked, authorities);
		this.account = account;
	}

	/**
	 * The viewer logged in for the current request.
	 * @return the viewer, or null when no one is logged in
	 */
	public static Viewer current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof ZichaUser user) ? user.account().viewer() : null;
	}

	/**
	 * The account.
	 * @return the account
	 */
	public Account account() {
		return this.account;
	}

}
