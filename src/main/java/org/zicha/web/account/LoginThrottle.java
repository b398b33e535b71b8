package org.zicha.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.web.Viewer;

/**
 * Login throttling: {@value #MAX_FAILURES} wrong passwords for an account within
 * {@link #WINDOW} lock it for {@link #LOCK}, whether they were typed on the login page or
 * sent as HTTP Basic; a locked account accepts no login, not even with the right
 * password, until the lock ends or an administrator lifts it. Every failure and every
 * lock is in the security log. Time is the application's clock.
 */
@Service
public class LoginThrottle {

	/** Wrong passwords that lock an account. */
	static final int MAX_FAILURES = 5;

	/** The window they are counted over. */
	static final Duration WINDOW = Duration.ofMinutes(15);

	/** How long a lock lasts. */
	static final Duration LOCK = Duration.ofMinutes(15);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final SecurityLog log;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Accounts accounts, SecurityLog log, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The message shown when a locked account tries to log in.
	 * @return the sentence, in Chinese
	 */
	public static String lockedMessage() {
		return "该账号因连续" + MAX_FAILURES + "次密码错误已被锁定" + LOCK.toMinutes() + "分钟，请稍后再试，或请管理员在“用户管理”中解除锁定";
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		Optional<Account> account = this.accounts.find(username);
		if (account.isEmpty()) {
			this.log.record(username, SecurityLog.Event.LOGIN_FAILED, null, "无此用户");
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (?, ?)").params(username, now).update();
		long failures = this.jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username = ? AND failed_at > ?")
			.params(username, now.minus(WINDOW))
			.query(Long.class)
			.single();
		this.log.record(username, SecurityLog.Event.LOGIN_FAILED, null,
				"密码错误（" + WINDOW.toMinutes() + "分钟内第" + failures + "次）");
		if (failures >= MAX_FAILURES) {
			OffsetDateTime until = now.plus(LOCK);
			this.jdbc.sql("UPDATE account SET locked_until = ? WHERE username = ?").params(until, username).update();
			this.jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
			this.log.record(username, SecurityLog.Event.LOCKED, null,
					"连续" + failures + "次密码错误，锁定至" + until.atZoneSameInstant(this.clock.getZone()).format(TIME));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("DELETE FROM login_failure WHERE username = ?")
			.param(event.getAuthentication().getName())
			.update();
	}

	/**
	 * Whether an account is locked now.
	 * @param username the login name
	 * @return true while its lock lasts
	 */
	public boolean locked(String username) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.accounts.find(username).map((a) -> a.lockedAt(now)).orElse(false);
	}

	/**
	 * Lift an account's lock and forget its wrong passwords.
	 * @param viewer who does it (an administrator)
	 * @param id the account
	 */
	@Transactional
	public void unlock(Viewer viewer, long id) {
		viewer.requireAdmin();
		Account account = this.accounts.byId(id);
		this.jdbc.sql("UPDATE account SET locked_until = NULL WHERE id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(account.username()).update();
		this.log.record(account.username(), SecurityLog.Event.UNLOCKED, viewer.username(), null);
	}

}
