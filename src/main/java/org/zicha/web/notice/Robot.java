package org.zicha.web.notice;

import java.net.URI;
import java.util.Objects;

/**
 * An organisation's group robot.
 *
 * @param orgId the organisation
 * @param kind 企业微信 or 钉钉
 * @param url the webhook URL (its key or access token is a secret)
 * @param secret 钉钉's signing secret (加签), or null
 */
public record Robot(String orgId, RobotKind kind, String url, String secret) {

	public Robot {
		Objects.requireNonNull(orgId, "orgId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(url, "url");
	}

	/**
	 * The URL as a page may show it: scheme, host and path, without the query that holds
	 * the key.
	 * @return the URL with its key hidden
	 */
	public String shownUrl() {
		try {
			URI uri = URI.create(this.url);
			return uri.getScheme() + "://" + uri.getAuthority() + ((uri.getPath() != null) ? uri.getPath() : "")
					+ ((uri.getQuery() != null) ? "?****" : "");
		}
		catch (IllegalArgumentException ex) {
			return "****";
		}
	}

	/**
	 * Whether a signing secret is set.
	 * @return true when it is
	 */
	public boolean signed() {
		return this.secret != null && !this.secret.isEmpty();
	}

}
