package org.zicha.web.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.zicha.web.Role;
import org.zicha.web.WebSettings;

/**
 * On the first start (no account yet) creates the administrator {@code admin}, with the
 * password of ZICHA_ADMIN_PASSWORD or a random one printed once.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final WebSettings settings;

	FirstAdmin(Accounts accounts, WebSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String given = this.settings.adminPassword();
		boolean random = given == null || given.isBlank();
		String password = random ? randomPassword() : given;
		this.accounts.create(null, "admin", "管理员", Role.ADMIN, null, password);
		if (random) {
			System.out.println();
			System.out.println("已创建管理员账号 admin，初始密码：" + password);
			System.out.println("（密码只显示这一次，请登录后在“修改密码”中更改；也可在首次启动前设置环境变量 ZICHA_ADMIN_PASSWORD）");
			System.out.println();
		}
		else {
			log.info("已创建管理员账号 admin，密码取自 ZICHA_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return sb.toString();
	}

}
