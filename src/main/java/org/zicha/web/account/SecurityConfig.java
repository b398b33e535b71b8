package org.zicha.web.account;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways in. Pages: form login with a session, CSRF tokens on every form, the session
 * ending after the configured idle time. The REST API under {@code /api}: HTTP Basic on
 * every request, no session and no cookie, so a browser's cookies carry no authority
 * there and CSRF tokens are not needed (nor asked of non-browser clients); its 401
 * carries no Basic challenge, so a browser never caches the credentials either.
 */
@Configuration
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((a) -> a.anyRequest().authenticated())
			.httpBasic((b) -> b.authenticationEntryPoint(unauthorized()))
			.exceptionHandling((e) -> e.authenticationEntryPoint(unauthorized()))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((c) -> c.disable())
			.headers(SecurityHeaders::api)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((a) -> a.requestMatchers("/static/**", "/favicon.ico", "/login", "/error")
				.permitAll()
				.requestMatchers("/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((f) -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((l) -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(SecurityHeaders::pages)
			.build();
	}

	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"status\":401,\"error\":\"未登录：请用 HTTP Basic 提供用户名和密码\"}");
		};
	}

}
