package org.zicha.web.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers that tell the browser what a response may do. Pages: everything from the
 * application itself and nothing inline — no inline script, no style attribute, no event
 * handler in the markup (the pages' script and styles are static files) — no plug-ins, no
 * framing, forms only to the application. The API's description (Swagger UI, a library's
 * page, not the application's) differs in one point: its script adds style elements of
 * its own, so there inline styles are allowed, inline script still not. The API: its
 * answers are data, never a page, so they may load nothing at all. Neither sends the
 * address of a page to another site.
 */
final class SecurityHeaders {

	/** The content security policy of the pages. */
	static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The content security policy of the API's description. */
	static final String API_DOCS = PAGES.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	/** The content security policy of the API's answers. */
	static final String API = "default-src 'none'; frame-ancestors 'none'";

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	private SecurityHeaders() {
	}

	static void pages(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(PAGES)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(API_DOCS)))
			.referrerPolicy((r) -> r.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	static void api(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(API))
			.referrerPolicy((r) -> r.policy(ReferrerPolicy.NO_REFERRER));
	}

}
