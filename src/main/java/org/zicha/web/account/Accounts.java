package org.zicha.web.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.web.Role;
import org.zicha.web.Viewer;

/**
 * The accounts: stored with BCrypt hashes, looked up at login, managed by administrators.
 */
@Service
public class Accounts implements UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,64}");

	/** The shortest password accepted. */
	static final int MIN_PASSWORD = 8;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SecurityLog log;

	public Accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, SecurityLog log) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.log = log;
	}

	@Override
	public ZichaUser loadUserByUsername(String username) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("SELECT * FROM account WHERE username = ?").param(username).query((rs, i) -> {
			Account account = account(rs);
			return new ZichaUser(account, rs.getString("password_hash"), account.lockedAt(now),
					List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))));
		}).optional().orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Every account, by name.
	 * @param viewer who asks (an administrator)
	 * @return the accounts
	 */
	public List<Account> list(Viewer viewer) {
		viewer.requireAdmin();
		return this.jdbc.sql("SELECT * FROM account ORDER BY username").query((rs, i) -> account(rs)).list();
	}

	/**
	 * The number of accounts.
	 * @return how many
	 */
	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
	}

	/**
	 * Find an account.
	 * @param username the login name
	 * @return the account, if there is one
	 */
	public Optional<Account> find(String username) {
		return this.jdbc.sql("SELECT * FROM account WHERE username = ?")
			.param(username)
			.query((rs, i) -> account(rs))
			.optional();
	}

	/**
	 * Create an account.
	 * @param viewer who creates it (an administrator), or null on first start
	 * @param username the login name
	 * @param displayName the name shown
	 * @param role the role
	 * @param orgId the organisation of a branch secretary
	 * @param password the initial password
	 * @return the account
	 * @throws IllegalArgumentException with a Chinese message when a value is not
	 * accepted
	 */
	@Transactional
	public Account create(Viewer viewer, String username, String displayName, Role role, String orgId,
			String password) {
		if (viewer != null) {
			viewer.requireAdmin();
		}
		String name = (username != null) ? username.strip() : "";
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException("用户名须为2至64位字母、数字或 _ . -");
		}
		if (find(name).isPresent()) {
			throw new IllegalArgumentException("用户名“" + name + "”已存在");
		}
		String org = (orgId != null && !orgId.isBlank()) ? orgId.strip() : null;
		if (role == Role.SECRETARY && org == null) {
			throw new IllegalArgumentException("支部书记须填写所在组织的编号");
		}
		checkPassword(password);
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, role, org_id, enabled, created_at)
				VALUES (?, ?, ?, ?, ?, TRUE, ?)""")
			.params(name, this.encoder.encode(password),
					(displayName != null && !displayName.isBlank()) ? displayName.strip() : name, role.name(),
					(role == Role.SECRETARY) ? org : null, OffsetDateTime.now(this.clock))
			.update();
		return find(name).orElseThrow();
	}

	/**
	 * Enable or disable an account.
	 * @param viewer who does it (an administrator)
	 * @param id the account
	 * @param enabled whether it may log in
	 */
	@Transactional
	public void setEnabled(Viewer viewer, long id, boolean enabled) {
		viewer.requireAdmin();
		Account account = byId(id);
		if (!enabled && account.username().equals(viewer.username())) {
			throw new IllegalArgumentException("不能停用自己的账号");
		}
		if (account.enabled() == enabled) {
			return;
		}
		this.jdbc.sql("UPDATE account SET enabled = ?, auth_version = auth_version + 1 WHERE id = ?")
			.params(enabled, id)
			.update();
		this.log.record(account.username(), enabled ? SecurityLog.Event.ENABLED : SecurityLog.Event.DISABLED,
				viewer.username(), null);
	}

	/**
	 * Change an account's role and organisation; its open sessions end.
	 * @param viewer who does it (an administrator)
	 * @param id the account
	 * @param role the new role
	 * @param orgId the organisation of a branch secretary
	 */
	@Transactional
	public void change(Viewer viewer, long id, Role role, String orgId) {
		viewer.requireAdmin();
		Account account = byId(id);
		String org = (orgId != null && !orgId.isBlank()) ? orgId.strip() : null;
		if (role == Role.SECRETARY && org == null) {
			throw new IllegalArgumentException("支部书记须填写所在组织的编号");
		}
		org = (role == Role.SECRETARY) ? org : null;
		if (account.username().equals(viewer.username()) && role != Role.ADMIN) {
			throw new IllegalArgumentException("不能取消自己的管理员角色");
		}
		if (account.role() == role && Objects.equals(account.orgId(), org)) {
			return;
		}
		this.jdbc.sql("UPDATE account SET role = ?, org_id = ?, auth_version = auth_version + 1 WHERE id = ?")
			.params(role.name(), org, id)
			.update();
		this.log.record(account.username(), SecurityLog.Event.ROLE_CHANGED, viewer.username(),
				describe(account.role(), account.orgId()) + " → " + describe(role, org));
	}

	private static String describe(Role role, String org) {
		return role.label() + ((org != null) ? "（" + org + "）" : "");
	}

	/**
	 * Set an account's password (an administrator resetting it).
	 * @param viewer who does it (an administrator)
	 * @param id the account
	 * @param password the new password
	 */
	@Transactional
	public void resetPassword(Viewer viewer, long id, String password) {
		viewer.requireAdmin();
		Account account = byId(id);
		checkPassword(password);
		this.jdbc.sql("UPDATE account SET password_hash = ?, auth_version = auth_version + 1 WHERE id = ?")
			.params(this.encoder.encode(password), id)
			.update();
		this.log.record(account.username(), SecurityLog.Event.PASSWORD_RESET, viewer.username(), null);
	}

	/**
	 * Change one's own password.
	 * @param viewer who changes it
	 * @param current the current password
	 * @param password the new password
	 */
	@Transactional
	public void changePassword(Viewer viewer, String current, String password) {
		ZichaUser user = loadUserByUsername(viewer.username());
		if (current == null || !this.encoder.matches(current, user.getPassword())) {
			throw new IllegalArgumentException("当前密码不正确");
		}
		checkPassword(password);
		this.jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?")
			.params(this.encoder.encode(password), viewer.username())
			.update();
		this.log.record(viewer.username(), SecurityLog.Event.PASSWORD_CHANGED, null, null);
	}

	Account byId(long id) {
		return this.jdbc.sql("SELECT * FROM account WHERE id = ?")
			.param(id)
			.query((rs, i) -> account(rs))
			.optional()
			.orElseThrow(Viewer::notFound);
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("密码至少" + MIN_PASSWORD + "位");
		}
	}

	private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("org_id"), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("auth_version"),
				rs.getObject("locked_until", OffsetDateTime.class));
	}

}
