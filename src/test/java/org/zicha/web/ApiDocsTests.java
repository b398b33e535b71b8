package org.zicha.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's description, reached with the API's own HTTP Basic: no internal parameter,
 * every error response described; and what it describes: {@code latest} as a run, a
 * finding's evidence as an object.
 */
class ApiDocsTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theDescriptionIsReachedWithHttpBasicAndABrowserIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(basicAdmin())).andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html").with(basicAdmin())).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theViewerIsNoParameterOfAnyOperation() throws Exception {
		JsonNode docs = docs();
		List<String> parameters = new ArrayList<>();
		docs.path("paths")
			.forEachEntry((path, item) -> item.forEachEntry((method, operation) -> operation.path("parameters")
				.forEach((p) -> parameters.add(path + " " + p.path("name").asString()))));
		assertThat(parameters).contains("/api/runs/{id}/findings severity").noneMatch((p) -> p.endsWith(" viewer"));
		assertThat(docs.toString()).doesNotContain("\"viewer\"").doesNotContain("ROLE");
	}

	@Test
	void everyOperationDescribesItsErrorsAsProblemDetails() throws Exception {
		JsonNode paths = docs().path("paths");
		assertThat(paths.path("/api/runs").path("post").path("responses").propertyNames())
			.containsExactlyInAnyOrder("201", "400", "401", "403", "409", "422");
		assertThat(paths.path("/api/runs/{id}/findings").path("get").path("responses").propertyNames())
			.containsExactlyInAnyOrder("200", "400", "401", "404");
		assertThat(paths.path("/api/rectification/{id}").path("patch").path("responses").propertyNames())
			.containsExactlyInAnyOrder("200", "400", "401", "403", "404");
		assertThat(paths.path("/api/uploads/preview").path("post").path("responses").propertyNames())
			.containsExactlyInAnyOrder("200", "400", "401", "403", "413", "422");
		assertThat(paths.path("/api/exemptions/{id}/approve").path("post").path("responses").propertyNames())
			.containsExactlyInAnyOrder("204", "401", "403", "404", "409");
		JsonNode unprocessable = paths.path("/api/runs").path("post").path("responses").path("422");
		assertThat(
				unprocessable.path("content").path("application/problem+json").path("schema").path("$ref").asString())
			.isEqualTo("#/components/schemas/ProblemDetail");
		JsonNode run = paths.path("/api/runs/{id}/findings").path("get").path("parameters").get(0);
		assertThat(run.path("name").asString()).isEqualTo("id");
		assertThat(run.path("description").asString()).isEqualTo("检查编号，或 latest（最近一次检查）");
		assertThat(run.path("schema").path("type").asString()).isEqualTo("string");
	}

	@Test
	void latestNamesTheLatestRunAndEvidenceIsAnObject() throws Exception {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		JsonNode byId = body(get("/api/runs/" + run.id() + "/findings").param("org", "B4"));
		JsonNode latest = body(get("/api/runs/latest/findings").param("org", "B4"));
		assertThat(latest).isEqualTo(byId);
		assertThat(latest.valueStream()).isNotEmpty().allSatisfy((f) -> {
			assertThat(f.path("runId").asLong()).isEqualTo(run.id());
			assertThat(f.path("evidence").isObject()).as(f.path("evidence").toString()).isTrue();
		});
		long finding = latest.get(0).path("id").asLong();
		assertThat(body(get("/api/findings/" + finding)).path("evidence").isObject()).isTrue();
		assertThat(body(get("/api/runs/latest/rectification")))
			.isEqualTo(body(get("/api/runs/" + run.id() + "/rectification")));
	}

	private JsonNode docs() throws Exception {
		return body(get("/v3/api-docs"));
	}

	private JsonNode body(MockHttpServletRequestBuilder request) throws Exception {
		return this.json.readTree(this.mvc.perform(request.with(basicAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static RequestPostProcessor basicAdmin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
