package org.zicha.web.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.Role;
import org.zicha.web.WebTestSupport;

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
 * An administrator's change to an account ends its open sessions at their next request —
 * disabling it, resetting its password, changing its role or organisation — and HTTP
 * Basic answers as the account now stands; other accounts' sessions go on.
 */
class SessionEndTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityLog log;

	@Test
	void disablingAnAccountEndsItsSessionAndItsApiAccessAtOnce() throws Exception {
		String password = user("session-disabled", Role.SECRETARY, "B1");
		MockHttpSession session = login("session-disabled", password);
		MockHttpSession other = login("admin", ADMIN_PASSWORD);
		this.mvc.perform(get("/uploads").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/uploads").with(httpBasic("session-disabled", password))).andExpect(status().isOk());
		admin("/users/" + id("session-disabled") + "/enabled", "enabled", "false");
		this.mvc.perform(get("/uploads").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/api/uploads").with(httpBasic("session-disabled", password)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/uploads").session(other)).andExpect(status().isOk());
		assertThat(this.log.of("session-disabled")).extracting(SecurityLog.Entry::event)
			.containsExactly(SecurityLog.Event.SESSION_ENDED, SecurityLog.Event.DISABLED);
	}

	@Test
	void aWriteWithTheSessionOfADisabledAccountIsRefused() throws Exception {
		String password = user("session-write", Role.SECRETARY, "B1");
		MockHttpSession session = login("session-write", password);
		admin("/users/" + id("session-write") + "/enabled", "enabled", "false");
		this.mvc
			.perform(post("/account/password").session(session)
				.param("current", password)
				.param("password", "a-new-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/login?expired"));
		assertThat(this.log.of("session-write")).extracting(SecurityLog.Entry::event)
			.doesNotContain(SecurityLog.Event.PASSWORD_CHANGED);
	}

	@Test
	void resettingAPasswordEndsTheSessionAndTheOldPassword() throws Exception {
		String password = user("session-reset", Role.INSPECTOR, null);
		MockHttpSession session = login("session-reset", password);
		admin("/users/" + id("session-reset") + "/password", "password", "reset-by-admin");
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/runs").with(httpBasic("session-reset", password)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/runs").with(httpBasic("session-reset", "reset-by-admin")))
			.andExpect(status().isOk());
	}

	@Test
	void changingARoleOrOrganisationEndsTheSessionAndTheNewLoginHasTheNewScope() throws Exception {
		String password = user("session-role", Role.SECRETARY, "B1");
		MockHttpSession session = login("session-role", password);
		this.mvc.perform(get("/uploads").session(session)).andExpect(status().isOk());
		admin("/users/" + id("session-role") + "/role", "accountRole", "SECRETARY", "accountOrg", "B4");
		this.mvc.perform(get("/uploads").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.accounts.find("session-role").orElseThrow().orgId()).isEqualTo("B4");
		MockHttpSession again = login("session-role", password);
		this.mvc.perform(get("/uploads").session(again)).andExpect(status().isOk());
		assertThat(this.log.of("session-role").get(1)).satisfies((e) -> {
			assertThat(e.event()).isEqualTo(SecurityLog.Event.ROLE_CHANGED);
			assertThat(e.detail()).isEqualTo("支部书记（B1） → 支部书记（B4）");
		});
		admin("/users/" + id("session-role") + "/role", "accountRole", "INSPECTOR", "accountOrg", "B4");
		this.mvc.perform(get("/uploads").session(again)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.accounts.find("session-role").orElseThrow().orgId()).isNull();
	}

	@Test
	void anUnchangedAccountKeepsItsSession() throws Exception {
		String password = user("session-kept", Role.INSPECTOR, null);
		MockHttpSession session = login("session-kept", password);
		admin("/users/" + id("session-kept") + "/enabled", "enabled", "true");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void theLoginPageSaysWhyTheSessionEnded() throws Exception {
		String page = this.mvc.perform(get("/login").param("expired", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("账号已停用、密码已重设或角色、所在组织已变更，原登录已失效，请重新登录。");
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private long id(String username) {
		return this.accounts.find(username).orElseThrow().id();
	}

	private void admin(String url, String... params) throws Exception {
		var request = post(url).with(adminUser()).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/users"));
	}

	private RequestPostProcessor adminUser() {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin"));
	}

}
