package org.zicha.web.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in user, with the account behind it.
 */
public class ZichaUser extends User {

	private final Account account;

	ZichaUser(Account account, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
		super(account.username(), passwordHash, account.enabled(), true, true, true, authorities);
		this.account = account;
	}

	/**
	 * The account.
	 * @return the account
	 */
	public Account account() {
		return this.account;
	}

}
