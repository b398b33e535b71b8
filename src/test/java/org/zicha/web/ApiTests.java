package org.zicha.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.rectification.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API as a non-browser client uses it: HTTP Basic on every call, no CSRF token,
 * JSON in and out; and its description served by the application.
 */
class ApiTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Rectifications rectifications;

	@Test
	void aClientPreviewsAndConfirmsAnUploadWithoutACsrfToken() throws Exception {
		storeSample();
		MockMultipartFile file = new MockMultipartFile("files", SAMPLE.getFileName().toString(),
				"application/octet-stream", Files.readAllBytes(SAMPLE));
		JsonNode preview = body(this.mvc.perform(multipart("/api/uploads/preview").file(file).with(basicAdmin()))
			.andExpect(status().isOk()));
		assertThat(preview.path("identical").asBoolean()).isTrue();
		assertThat(preview.path("tables").get(1).path("count").asInt()).isEqualTo(98);
		JsonNode done = body(this.mvc
			.perform(post("/api/uploads/" + preview.path("token").asString() + "/confirm").with(basicAdmin()))
			.andExpect(status().isOk()));
		assertThat(done.path("changed").asBoolean()).isFalse();
	}

	@Test
	void anInvalidUploadAnswersEveryProblemAs422() throws Exception {
		MockMultipartFile file = new MockMultipartFile("files", "bad.json", "application/json",
				"{\"members\": [{\"id\": \"m1\", \"name\": \"王\", \"orgId\": \"B9\", \"status\": \"FULL\"}]}"
					.getBytes(StandardCharsets.UTF_8));
		JsonNode preview = body(this.mvc.perform(multipart("/api/uploads/preview").file(file).with(basicAdmin()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(preview.path("errors").get(0).path("text").asString()).contains("bad.json members[0]（党员编号 m1）.orgId")
			.contains("B9");
	}

	@Test
	void aClientStartsARunListsItsFindingsAndUpdatesAProblemRow() throws Exception {
		storeSample();
		JsonNode run = body(this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"2025-12-31\"}")
				.with(basicAdmin()))
			.andExpect(status().isCreated()));
		long id = run.path("id").asLong();
		assertThat(run.path("asOf").asString()).isEqualTo("2025-12-31");
		JsonNode runs = body(this.mvc.perform(get("/api/runs").with(basicAdmin())).andExpect(status().isOk()));
		assertThat(runs.get(0).path("id").asLong()).isEqualTo(id);
		JsonNode major = body(this.mvc.perform(
				get("/api/runs/" + id + "/findings").param("severity", "MAJOR").param("org", "B4").with(basicAdmin()))
			.andExpect(status().isOk()));
		assertThat(major.valueStream()).isNotEmpty()
			.allSatisfy((f) -> assertThat(f.path("severity").asString()).isEqualTo("MAJOR"));
		Rectification row = this.rectifications.rows(admin(), id)
			.stream()
			.filter((r) -> r.orgId().equals("B4"))
			.findFirst()
			.orElseThrow();
		String password = user("secretary-b4", Role.SECRETARY, "B4");
		JsonNode updated = body(this.mvc
			.perform(patch("/api/rectification/" + row.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"已销号\", \"remark\": \"经支委会审核销号\"}")
				.with(httpBasic("secretary-b4", password)))
			.andExpect(status().isOk()));
		assertThat(updated.path("state").path("status").asString()).isEqualTo("CLOSED");
		assertThat(this.rectifications.row(admin(), row.id()).state().status()).isEqualTo(Status.CLOSED);
		JsonNode audit = body(this.mvc.perform(get("/api/rectification/" + row.id() + "/audit").with(basicAdmin()))
			.andExpect(status().isOk()));
		assertThat(audit.valueStream().map((a) -> a.path("field").asString())).contains("整改状态", "备注");
		JsonNode bad = body(this.mvc
			.perform(patch("/api/rectification/" + row.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"差不多\"}")
				.with(basicAdmin()))
			.andExpect(status().isBadRequest()));
		assertThat(bad.path("title").asString()).isEqualTo("请求有误");
		assertThat(bad.path("detail").asString()).contains("整改状态“差不多”无效");
	}

	@Test
	void aRunOfAnAsOfDayInTheFutureIsRefused() throws Exception {
		storeSample();
		JsonNode bad = body(this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"" + LocalDate.now().plusDays(2) + "\"}")
				.with(basicAdmin()))
			.andExpect(status().isBadRequest()));
		assertThat(bad.path("status").asInt()).isEqualTo(400);
		assertThat(bad.path("detail").asString()).contains("不能晚于今天");
	}

	@Test
	void theApiIsDescribedByTheApplicationItself() throws Exception {
		// Browsed in a logged-in session, as the page /swagger-ui.html does.
		var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername("admin"));
		JsonNode docs = body(this.mvc.perform(get("/v3/api-docs").with(session)).andExpect(status().isOk()));
		assertThat(docs.path("paths").propertyNames()).contains("/api/runs", "/api/uploads/preview",
				"/api/rectification/{id}");
		assertThat(docs.path("components").path("securitySchemes").path("basic").path("scheme").asString())
			.isEqualTo("basic");
		this.mvc.perform(get("/swagger-ui/index.html").with(session)).andExpect(status().isOk());
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsByteArray());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basicAdmin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
