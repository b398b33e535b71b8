package org.zicha.web.account;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import org.zicha.web.Problems;

/**
 * Three ways in. Pages: form login with a session, CSRF tokens on every form, the session
 * ending after the configured idle time or as soon as an administrator changes its
 * account ({@link SessionCheck}). The REST API under {@code /api}: HTTP Basic on every
 * request, no session and no cookie, so a browser's cookies carry no authority there and
 * CSRF tokens are not needed (nor asked of non-browser clients); its 401 carries no Basic
 * challenge, so a browser never caches the credentials either. The API's description
 * ({@code /v3/api-docs}, {@code /swagger-ui}): the same HTTP Basic as the API, or the
 * page session of a logged-in user (a browser without one is sent to the login page).
 * Both logins count wrong passwords alike ({@link LoginThrottle}).
 */
@Configuration
class SecurityConfig {

	private static final String[] DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((a) -> a.anyRequest().authenticated())
			.httpBasic((b) -> b.authenticationEntryPoint(unauthorized(json)))
			.exceptionHandling((e) -> e.authenticationEntryPoint(unauthorized(json)).accessDeniedHandler(denied(json)))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((c) -> c.disable())
			.headers(SecurityHeaders::api)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain docsSecurity(HttpSecurity http, JsonMapper json, Accounts accounts, SecurityLog log)
			throws Exception {
		AuthenticationEntryPoint api = unauthorized(json);
		return http.securityMatcher(DOCS)
			.authorizeHttpRequests((a) -> a.anyRequest().authenticated())
			.httpBasic((b) -> b.authenticationEntryPoint(api))
			.exceptionHandling((e) -> e.authenticationEntryPoint((request, response, ex) -> {
				String accept = request.getHeader("Accept");
				if (accept != null && accept.contains("text/html")) {
					response.sendRedirect(request.getContextPath() + "/login");
				}
				else {
					api.commence(request, response, ex);
				}
			}).accessDeniedHandler(denied(json)))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.headers(SecurityHeaders::pages)
			.addFilterBefore(new SessionCheck(accounts, log), AnonymousAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, Accounts accounts, SecurityLog log, LoginThrottle throttle)
			throws Exception {
		return http
			.authorizeHttpRequests((a) -> a.requestMatchers("/static/**", "/favicon.ico", "/login", "/error")
				.permitAll()
				.requestMatchers("/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((f) -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailed(throttle)))
			.logout((l) -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(SecurityHeaders::pages)
			.addFilterBefore(new SessionCheck(accounts, log), AnonymousAuthenticationFilter.class)
			.build();
	}

	/**
	 * A failed form login: a locked account is told so (the login that locks it
	 * included), anything else gets the one message that does not say which part was
	 * wrong.
	 */
	private static AuthenticationFailureHandler loginFailed(LoginThrottle throttle) {
		return (request, response, ex) -> {
			boolean locked = ex instanceof LockedException || throttle.locked(request.getParameter("username"));
			response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
		};
	}

	private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
		return (request, response,
				ex) -> Problems.write(
						request, response, HttpStatus.UNAUTHORIZED, (ex instanceof LockedException)
								? LoginThrottle.lockedMessage() : "未登录或用户名、密码不正确：请用 HTTP Basic 提供用户名和密码（账号停用时同样不能登录）",
						json);
	}

	private static AccessDeniedHandler denied(JsonMapper json) {
		return (request, response, ex) -> Problems.write(request, response, HttpStatus.FORBIDDEN, "您没有进行此操作的权限", json);
	}

}
