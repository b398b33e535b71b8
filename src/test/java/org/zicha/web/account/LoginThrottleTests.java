package org.zicha.web.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.zicha.web.ClockedWebTestSupport;
import org.zicha.web.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login throttling: five wrong passwords for an account within fifteen minutes, typed on
 * the login page or sent as HTTP Basic, lock it for fifteen minutes, the right password
 * included; the lock ends by itself or by an administrator; each failure and lock is in
 * the security log. Time is moved with the application's clock.
 */
class LoginThrottleTests extends ClockedWebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityLog log;

	@Autowired
	JsonMapper json;

	@Test
	void fiveWrongPasswordsOnTheLoginPageLockTheAccountForFifteenMinutes() throws Exception {
		String password = user("throttle-form", Role.INSPECTOR, null);
		for (int i = 1; i <= 4; i++) {
			login("throttle-form", "wrong-" + i).andExpect(redirectedUrl("/login?error"));
		}
		login("throttle-form", password).andExpect(redirectedUrl("/"));
		for (int i = 1; i <= 4; i++) {
			login("throttle-form", "wrong-" + i).andExpect(redirectedUrl("/login?error"));
		}
		login("throttle-form", "wrong-5").andExpect(redirectedUrl("/login?locked"));
		login("throttle-form", password).andExpect(redirectedUrl("/login?locked"));
		assertThat(basic("throttle-form", password).path("detail").asString())
			.isEqualTo("该账号因连续5次密码错误已被锁定15分钟，请稍后再试，或请管理员在“用户管理”中解除锁定");
		this.clock.advance(Duration.ofMinutes(14));
		login("throttle-form", password).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(2));
		login("throttle-form", password).andExpect(redirectedUrl("/"));
		assertThat(this.log.of("throttle-form")).extracting(SecurityLog.Entry::event)
			.containsExactly(SecurityLog.Event.LOCKED, SecurityLog.Event.LOGIN_FAILED, SecurityLog.Event.LOGIN_FAILED,
					SecurityLog.Event.LOGIN_FAILED, SecurityLog.Event.LOGIN_FAILED, SecurityLog.Event.LOGIN_FAILED,
					SecurityLog.Event.LOGIN_FAILED, SecurityLog.Event.LOGIN_FAILED, SecurityLog.Event.LOGIN_FAILED,
					SecurityLog.Event.LOGIN_FAILED);
		assertThat(this.log.of("throttle-form").get(1).detail()).isEqualTo("密码错误（15分钟内第5次）");
	}

	@Test
	void wrongPasswordsOlderThanFifteenMinutesDoNotCount() throws Exception {
		String password = user("throttle-window", Role.INSPECTOR, null);
		for (int i = 1; i <= 4; i++) {
			login("throttle-window", "wrong-" + i).andExpect(redirectedUrl("/login?error"));
		}
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		login("throttle-window", "wrong-5").andExpect(redirectedUrl("/login?error"));
		login("throttle-window", password).andExpect(redirectedUrl("/"));
		assertThat(this.log.of("throttle-window")).extracting(SecurityLog.Entry::event)
			.doesNotContain(SecurityLog.Event.LOCKED);
	}

	@Test
	void httpBasicAndTheLoginPageCountTogether() throws Exception {
		String password = user("throttle-basic", Role.INSPECTOR, null);
		for (int i = 1; i <= 3; i++) {
			JsonNode refused = basic("throttle-basic", "wrong-" + i);
			assertThat(refused.path("status").asInt()).isEqualTo(401);
			assertThat(refused.path("title").asString()).isEqualTo("未登录");
		}
		login("throttle-basic", "wrong-4").andExpect(redirectedUrl("/login?error"));
		basic("throttle-basic", "wrong-5");
		assertThat(basic("throttle-basic", password).path("detail").asString()).startsWith("该账号因连续5次密码错误已被锁定");
		login("throttle-basic", password).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAdministratorUnlocksALockedAccount() throws Exception {
		String password = user("throttle-unlock", Role.INSPECTOR, null);
		for (int i = 1; i <= 5; i++) {
			login("throttle-unlock", "wrong-" + i);
		}
		login("throttle-unlock", password).andExpect(redirectedUrl("/login?locked"));
		long id = this.accounts.find("throttle-unlock").orElseThrow().id();
		String page = this.mvc.perform(get("/users").with(adminPage()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"unlock-throttle-unlock\"").contains("账号锁定").contains("连续5次密码错误，锁定至");
		this.mvc
			.perform(post("/users/" + id + "/unlock")
				.with(SecurityMockMvcRequestPostProcessors.user("throttle-unlock-not-admin").roles("INSPECTOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/users/" + id + "/unlock").with(adminPage()).with(csrf()))
			.andExpect(redirectedUrl("/users"));
		assertThat(this.log.of("throttle-unlock").get(0)).satisfies((e) -> {
			assertThat(e.event()).isEqualTo(SecurityLog.Event.UNLOCKED);
			assertThat(e.actor()).isEqualTo("admin");
		});
		login("throttle-unlock", password).andExpect(redirectedUrl("/"));
	}

	@Test
	void theLoginPageSaysTheAccountIsLocked() throws Exception {
		String page = this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("该账号因连续5次密码错误已被锁定15分钟，请稍后再试，或请管理员在“用户管理”中解除锁定。");
	}

	private ResultActions login(String username, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(password));
	}

	private JsonNode basic(String username, String password) throws Exception {
		return this.json.readTree(this.mvc.perform(get("/api/runs").with(httpBasic(username, password)))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor adminPage() {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin"));
	}

}
