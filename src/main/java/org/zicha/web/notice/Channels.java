package org.zicha.web.notice;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.web.Viewer;

/**
 * The channels as the administrator sets them: the mail server (its defaults from
 * {@code spring.mail.*} and {@code zicha.notice.*} in application.yml or the
 * environment), whether mail and robots are on, each user's address, each organisation's
 * robot. The password and the robots' URLs and secrets are stored and used, never given
 * back to a page.
 */
@Service
public class Channels {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final Environment env;

	Channels(JdbcClient jdbc, Environment env) {
		this.jdbc = jdbc;
		this.env = env;
	}

	/**
	 * The mail server: the stored settings over application.yml's.
	 * @return the server
	 */
	public MailServer mailServer() {
		Map<String, String> s = settings();
		String security = s.getOrDefault("mail.security", this.env.getProperty("zicha.notice.security", "STARTTLS"));
		return new MailServer(s.getOrDefault("mail.host", this.env.getProperty("spring.mail.host", "")),
				Integer.parseInt(s.getOrDefault("mail.port", this.env.getProperty("spring.mail.port", "25"))),
				MailServer.Security.valueOf(security),
				s.getOrDefault("mail.username", this.env.getProperty("spring.mail.username", "")),
				s.getOrDefault("mail.password", this.env.getProperty("spring.mail.password", "")),
				s.getOrDefault("mail.from", this.env.getProperty("zicha.notice.from", "")));
	}

	/**
	 * Whether mails are sent.
	 * @return true when the administrator turned mail on
	 */
	public boolean mailOn() {
		return Boolean.parseBoolean(settings().get("mail.enabled"));
	}

	/**
	 * Whether robot messages are sent.
	 * @return true when the administrator turned robots on
	 */
	public boolean robotsOn() {
		return Boolean.parseBoolean(settings().get("robot.enabled"));
	}

	/**
	 * Set the mail server; an empty password keeps the stored one.
	 * @param viewer who sets it (an administrator)
	 * @param server the server
	 * @throws IllegalArgumentException when a value is not accepted
	 */
	@Transactional
	public void setMailServer(Viewer viewer, MailServer server) {
		viewer.requireAdmin();
		if (server.port() < 1 || server.port() > 65535) {
			throw new IllegalArgumentException("端口须为1至65535");
		}
		if (!server.from().isEmpty() && !EMAIL.matcher(server.from()).matches()) {
			throw new IllegalArgumentException("发件人地址“" + server.from() + "”不是有效的邮箱地址");
		}
		put("mail.host", server.host());
		put("mail.port", String.valueOf(server.port()));
		put("mail.security", server.security().name());
		put("mail.username", server.username());
		put("mail.from", server.from());
		if (!server.password().isEmpty()) {
			put("mail.password", server.password());
		}
	}

	/**
	 * Turn the channels on or off.
	 * @param viewer who does it (an administrator)
	 * @param mail whether mails are sent
	 * @param robots whether robot messages are sent
	 */
	@Transactional
	public void setEnabled(Viewer viewer, boolean mail, boolean robots) {
		viewer.requireAdmin();
		put("mail.enabled", String.valueOf(mail));
		put("robot.enabled", String.valueOf(robots));
	}

	/**
	 * Every user's address.
	 * @return the address by username
	 */
	public Map<String, String> addresses() {
		Map<String, String> addresses = new LinkedHashMap<>();
		this.jdbc.sql("SELECT username, email FROM notice_address ORDER BY username").query((rs) -> {
			addresses.put(rs.getString("username"), rs.getString("email"));
		});
		return addresses;
	}

	/**
	 * Set or clear a user's address.
	 * @param viewer who sets it (an administrator)
	 * @param username the user
	 * @param email the address, or empty to clear it
	 */
	@Transactional
	public void setAddress(Viewer viewer, String username, String email) {
		viewer.requireAdmin();
		String address = (email != null) ? email.strip() : "";
		this.jdbc.sql("DELETE FROM notice_address WHERE username = ?").param(username).update();
		if (address.isEmpty()) {
			return;
		}
		if (!EMAIL.matcher(address).matches() || address.length() > 254) {
			throw new IllegalArgumentException("“" + address + "”不是有效的邮箱地址");
		}
		this.jdbc.sql("INSERT INTO notice_address (username, email) VALUES (?, ?)").params(username, address).update();
	}

	/**
	 * Every organisation's robot.
	 * @return the robots, by organisation
	 */
	public List<Robot> robots() {
		return this.jdbc.sql("SELECT * FROM notice_robot ORDER BY org_id")
			.query((rs, i) -> new Robot(rs.getString("org_id"), RobotKind.valueOf(rs.getString("kind")),
					rs.getString("url"), rs.getString("secret")))
			.list();
	}

	/**
	 * An organisation's robot.
	 * @param orgId the organisation
	 * @return its robot, if it has one
	 */
	public Optional<Robot> robot(String orgId) {
		return robots().stream().filter((r) -> r.orgId().equals(orgId)).findFirst();
	}

	/**
	 * Set an organisation's robot; an empty secret keeps the stored one.
	 * @param viewer who sets it (an administrator)
	 * @param orgId the organisation
	 * @param kind 企业微信 or 钉钉
	 * @param url the webhook URL
	 * @param secret 钉钉's signing secret, or empty
	 */
	@Transactional
	public void setRobot(Viewer viewer, String orgId, RobotKind kind, String url, String secret) {
		viewer.requireAdmin();
		String u = (url != null) ? url.strip() : "";
		if (orgId == null || orgId.isBlank()) {
			throw new IllegalArgumentException("请选择组织");
		}
		if (!webhook(u)) {
			throw new IllegalArgumentException("机器人地址须为 http(s):// 开头的完整网址");
		}
		String kept = robot(orgId).filter((r) -> r.kind() == kind).map(Robot::secret).orElse(null);
		String s = (secret != null && !secret.isBlank()) ? secret.strip() : kept;
		this.jdbc.sql("DELETE FROM notice_robot WHERE org_id = ?").param(orgId).update();
		this.jdbc.sql("INSERT INTO notice_robot (org_id, kind, url, secret) VALUES (?, ?, ?, ?)")
			.params(orgId.strip(), kind.name(), u, (kind == RobotKind.DINGTALK) ? s : null)
			.update();
	}

	/**
	 * Remove an organisation's robot.
	 * @param viewer who does it (an administrator)
	 * @param orgId the organisation
	 */
	@Transactional
	public void removeRobot(Viewer viewer, String orgId) {
		viewer.requireAdmin();
		this.jdbc.sql("DELETE FROM notice_robot WHERE org_id = ?").param(orgId).update();
	}

	private static boolean webhook(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		this.jdbc.sql("SELECT setting_name, setting_value FROM notice_setting").query((rs) -> {
			if (rs.getString("setting_value") != null) {
				settings.put(rs.getString("setting_name"), rs.getString("setting_value"));
			}
		});
		return settings;
	}

	private void put(String name, String value) {
		this.jdbc.sql("DELETE FROM notice_setting WHERE setting_name = ?").param(name).update();
		this.jdbc.sql("INSERT INTO notice_setting (setting_name, setting_value) VALUES (?, ?)")
			.params(name, value)
			.update();
	}

}
