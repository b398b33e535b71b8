package org.zicha.web.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.zicha.web.Viewer;

/**
 * The security log: failed logins, locks and unlocks, and every change an administrator
 * makes to an account. Shown on the users page.
 */
@Service
public class SecurityLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Record an event.
	 * @param username the account concerned (or the name given at a failed login)
	 * @param event what happened
	 * @param actor who did it (an administrator), or null for the account itself
	 * @param detail more, in Chinese, or null
	 */
	void record(String username, Event event, String actor, String detail) {
		this.jdbc.sql("INSERT INTO security_event (at, username, event, actor, detail) VALUES (?, ?, ?, ?, ?)")
			.params(OffsetDateTime.now(this.clock), abbreviate(username, 64), event.name(), actor, detail)
			.update();
	}

	/**
	 * The latest events, newest first.
	 * @param viewer who looks (an administrator)
	 * @param limit how many at most
	 * @return the events
	 */
	public List<Entry> latest(Viewer viewer, int limit) {
		viewer.requireAdmin();
		return this.jdbc.sql("SELECT * FROM security_event ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query((rs, i) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
					Event.valueOf(rs.getString("event")), rs.getString("actor"), rs.getString("detail")))
			.list();
	}

	/**
	 * The events of one account, newest first.
	 * @param username the account
	 * @return its events
	 */
	List<Entry> of(String username) {
		return this.jdbc.sql("SELECT * FROM security_event WHERE username = ? ORDER BY id DESC")
			.param(username)
			.query((rs, i) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
					Event.valueOf(rs.getString("event")), rs.getString("actor"), rs.getString("detail")))
			.list();
	}

	private static String abbreviate(String text, int max) {
		String t = (text != null) ? text : "";
		return (t.length() <= max) ? t : t.substring(0, max);
	}

	/**
	 * What happened.
	 */
	public enum Event {

		/** 登录失败: a wrong password or an unknown user name. */
		LOGIN_FAILED("登录失败"),
		/** 账号锁定: too many wrong passwords. */
		LOCKED("账号锁定"),
		/** 解除锁定: by an administrator. */
		UNLOCKED("解除锁定"),
		/** 启用账号. */
		ENABLED("启用账号"),
		/** 停用账号. */
		DISABLED("停用账号"),
		/** 重设密码: by an administrator. */
		PASSWORD_RESET("重设密码"),
		/** 修改密码: by the account itself. */
		PASSWORD_CHANGED("修改密码"),
		/** 变更角色或组织. */
		ROLE_CHANGED("变更角色或组织"),
		/** 会话结束: a session opened before one of the changes above was ended. */
		SESSION_ENDED("会话结束");

		private final String label;

		Event(String label) {
			this.label = label;
		}

		/**
		 * The Chinese name.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * One event.
	 *
	 * @param at when
	 * @param username the account concerned
	 * @param event what happened
	 * @param actor who did it, or null
	 * @param detail more, or null
	 */
	public record Entry(OffsetDateTime at, String username, Event event, String actor, String detail) {

	}

}
