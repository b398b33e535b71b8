package org.zicha.web.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once its account was changed: disabled, its password
 * reset, its role or organisation changed (each raises the account's
 * {@code auth_version}), or removed. The user is sent to the login page, which says why.
 * (The API's HTTP Basic has no session: every request is checked against the account as
 * it stands.)
 */
class SessionCheck extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityLog log;

	SessionCheck(Accounts accounts, SecurityLog log) {
		this.accounts = accounts;
		this.log = log;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ZichaUser user) {
			Optional<Account> now = this.accounts.find(user.getUsername());
			if (now.isEmpty() || !now.get().enabled() || now.get().authVersion() != user.account().authVersion()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				this.log.record(user.getUsername(), SecurityLog.Event.SESSION_ENDED, null,
						"账号已停用、密码已重设或角色、组织已变更，原会话结束");
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
