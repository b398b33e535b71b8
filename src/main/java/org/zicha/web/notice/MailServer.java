package org.zicha.web.notice;

/**
 * The SMTP server the mails go through.
 *
 * @param host the host, or empty when none is set
 * @param port the port
 * @param security NONE, STARTTLS or SSL
 * @param username the account, or empty
 * @param password the account's password, or empty
 * @param from the sender address
 */
public record MailServer(String host, int port, Security security, String username, String password, String from) {

	public MailServer {
		host = (host != null) ? host.strip() : "";
		username = (username != null) ? username.strip() : "";
		password = (password != null) ? password : "";
		from = (from != null) ? from.strip() : "";
		security = (security != null) ? security : Security.STARTTLS;
	}

	/**
	 * Whether the server is set well enough to send.
	 * @return true when host and sender are set
	 */
	public boolean usable() {
		return !this.host.isEmpty() && !this.from.isEmpty();
	}

	/**
	 * How the connection is protected.
	 */
	public enum Security {

		/** 不加密. */
		NONE,

		/** STARTTLS on the plain port (587). */
		STARTTLS,

		/** SMTPS: TLS from the start (465). */
		SSL

	}

}
