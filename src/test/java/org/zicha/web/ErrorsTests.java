package org.zicha.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a request that cannot be carried out gets: in the API an RFC 9457 problem detail
 * in Chinese without a Java name, on a page the error page with the reason; a bad
 * parameter is a 400, logged without a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorsTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void anUnknownSeverityIsA400ProblemNamingTheParameterAndTheValues(CapturedOutput output) throws Exception {
		JsonNode problem = problem(get("/api/runs/1/findings").param("severity", "BAD").with(basicAdmin()), 400);
		assertThat(problem.path("title").asString()).isEqualTo("请求有误");
		assertThat(problem.path("detail").asString()).isEqualTo("参数“severity”的值“BAD”无效，应为：MAJOR、MINOR、NOTICE");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/runs/1/findings");
		assertThat(problem.toString()).doesNotContain("org.zicha").doesNotContain("java.").doesNotContain("No enum");
		assertThat(output.getAll()).doesNotContain("MethodArgumentTypeMismatchException");
	}

	@Test
	void aRunIdThatIsNeitherANumberNorLatestIsA400() throws Exception {
		JsonNode problem = problem(get("/api/runs/abc/findings").with(basicAdmin()), 400);
		assertThat(problem.path("detail").asString()).isEqualTo("检查编号“abc”无效，应为数字或 latest（最近一次检查）");
	}

	@Test
	void aDateThatIsNoDateInARequestBodyIsA400NamingTheField() throws Exception {
		JsonNode problem = problem(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\": \"2025-13-45\"}")
			.with(basicAdmin()), 400);
		assertThat(problem.path("detail").asString()).isEqualTo("字段“asOf”的值“2025-13-45”无效，应为日期（如 2025-12-31）");
		JsonNode broken = problem(
				post("/api/runs").contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": ").with(basicAdmin()),
				400);
		assertThat(broken.path("detail").asString()).isEqualTo("请求内容不是有效的 JSON");
	}

	@Test
	void theSecurityAnswersAreProblemsToo() throws Exception {
		JsonNode unauthorized = problem(get("/api/runs"), 401);
		assertThat(unauthorized.path("title").asString()).isEqualTo("未登录");
		assertThat(unauthorized.path("detail").asString()).startsWith("未登录或用户名、密码不正确");
		String inspector = user("errors-inspector", Role.INSPECTOR, null);
		JsonNode forbidden = problem(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(httpBasic("errors-inspector", inspector)), 403);
		assertThat(forbidden.path("title").asString()).isEqualTo("没有权限");
		assertThat(forbidden.path("detail").asString()).isEqualTo("只有管理员可以进行此操作");
		JsonNode missing = problem(get("/api/findings/999999999").with(basicAdmin()), 404);
		assertThat(missing.path("title").asString()).isEqualTo("找不到");
		assertThat(missing.path("detail").asString()).isEqualTo("找不到该记录，或您无权查看");
		JsonNode nowhere = problem(get("/api/nowhere").with(basicAdmin()), 404);
		assertThat(nowhere.path("detail").asString()).isEqualTo("找不到该页面或记录，或您无权查看");
		JsonNode method = problem(delete("/api/runs").with(basicAdmin()), 405);
		assertThat(method.path("detail").asString()).isEqualTo("此地址不支持 DELETE 请求");
	}

	@Test
	void anUnknownStatusOnTheRectificationPageIsA400PageWithoutAStackTrace(CapturedOutput output) throws Exception {
		String page = this.mvc.perform(get("/rectification").param("status", "XYZ").with(adminPage()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("整改状态“XYZ”无效，应为：未整改、整改中、已完成、已销号").contains("状态码 400");
		assertThat(output.getAll()).doesNotContain("IllegalArgumentException").doesNotContain("\tat org.zicha");
	}

	@Test
	void badParametersOnPagesAre400PagesInChinese() throws Exception {
		assertThat(page(get("/findings").param("severity", "BAD")))
			.contains("参数“severity”的值“BAD”无效，应为：MAJOR、MINOR、NOTICE")
			.doesNotContain("org.zicha");
		assertThat(page(get("/findings").param("run", "abc"))).contains("参数“run”的值“abc”无效，应为整数");
		assertThat(page(post("/runs").param("asOf", "2025-02-30").with(csrf())))
			.contains("参数“asOf”的值“2025-02-30”无效，应为日期（如 2025-12-31）");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(adminPage()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		ResultActions result = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		JsonNode problem = this.json.readTree(result.andReturn().getResponse().getContentAsByteArray());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	private static RequestPostProcessor basicAdmin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	private RequestPostProcessor adminPage() {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin"));
	}

}
