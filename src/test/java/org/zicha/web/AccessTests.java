package org.zicha.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.RectificationWorkbooks;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and do what, by page URL and by API: a branch secretary gets 404 (or 403
 * for what the role never may) for another branch's finding, problem row and figures,
 * gets their own organisation's bulletin, findings and rectification rows where the
 * others get the unit's report, and cannot change another branch's rows by uploading a
 * workbook; an inspector reads but changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTests extends WebTestSupport {

	/** The run of this class, made before its first test. */
	private StoredRun run;

	@Autowired
	MockMvc mvc;

	@Autowired
	RunViews views;

	@Autowired
	Rectifications rectifications;

	@Autowired
	JsonMapper json;

	private String b1Password;

	private String b4Password;

	private String inspectorPassword;

	@BeforeEach
	void sampleRunAndUsers() {
		if (this.run == null) {
			this.run = sampleRun(LocalDate.of(2025, 12, 31));
		}
		this.b1Password = user("secretary-b1", Role.SECRETARY, "B1");
		this.b4Password = user("secretary-b4", Role.SECRETARY, "B4");
		this.inspectorPassword = user("inspector", Role.INSPECTOR, null);
	}

	@Test
	void aSecretaryCannotOpenAnotherBranchsFindingByPageOrApi() throws Exception {
		StoredFinding b4 = finding("B4");
		this.mvc.perform(get("/findings/" + b4.id()).with(page("secretary-b1"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/findings/" + b4.id()).with(httpBasic("secretary-b1", this.b1Password)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/findings/" + b4.id()).with(page("secretary-b4"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/findings/" + b4.id()).with(httpBasic("secretary-b4", this.b4Password)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/branches/B4").with(page("secretary-b1"))).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/findings").param("run", "" + this.run.id()).param("org", "B4").with(page("secretary-b1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSecretaryCannotReadOrUpdateAnotherBranchsProblemRow() throws Exception {
		Rectification row = this.rectifications.rows(admin(), this.run.id())
			.stream()
			.filter((r) -> r.orgId().equals("B4"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/rectification/" + row.id()).with(page("secretary-b1"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/rectification/" + row.id()).param("status", "DONE").with(page("secretary-b1")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/rectification/" + row.id()).with(httpBasic("secretary-b1", this.b1Password)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(patch("/api/rectification/" + row.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\"}")
				.with(httpBasic("secretary-b1", this.b1Password)))
			.andExpect(status().isNotFound());
		assertThat(this.rectifications.row(admin(), row.id()).state()).isEqualTo(row.state());
		assertThat(this.rectifications.rows(new Viewer("secretary-b1", Role.SECRETARY, "B1"), this.run.id()))
			.extracting(Rectification::orgId)
			.allMatch((org) -> org.startsWith("B1"));
	}

	@Test
	void aSecretarySeesTheFiguresOfTheirSubtreeOnly() throws Exception {
		List<StoredFinding> b1 = this.views.findings(admin(), this.run.id(),
				new FindingFilter("B1", null, null, null, null));
		List<StoredFinding> all = this.views.findings(admin(), this.run.id(), FindingFilter.NONE);
		assertThat(b1.size()).isLessThan(all.size());
		JsonNode figures = this.json.readTree(
				this.mvc.perform(get("/api/runs/" + this.run.id()).with(httpBasic("secretary-b1", this.b1Password)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		long counted = figures.path("bySeverity").path("MAJOR").asLong()
				+ figures.path("bySeverity").path("MINOR").asLong()
				+ figures.path("bySeverity").path("NOTICE").asLong();
		assertThat(counted).isEqualTo(b1.size());
		assertThat(figures.path("ranking").valueStream().map((r) -> r.path("orgId").asString())).isNotEmpty()
			.allMatch((org) -> org.startsWith("B1"));
		assertThat(figures.path("heat").path("rows").valueStream().map((r) -> r.path("orgId").asString()))
			.allMatch((org) -> org.startsWith("B1"));
		JsonNode findings = this.json.readTree(this.mvc
			.perform(get("/api/runs/" + this.run.id() + "/findings").with(httpBasic("secretary-b1", this.b1Password)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(findings.size()).isEqualTo(b1.size());
	}

	@Test
	void aSecretaryGetsTheBulletinOfTheirSubtreeInsteadOfTheUnitsReport() throws Exception {
		for (String format : List.of("md", "html", "docx")) {
			byte[] page = this.mvc
				.perform(get("/runs/" + this.run.id() + "/download/" + format).with(page("secretary-b4")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			byte[] api = this.mvc
				.perform(get("/api/runs/" + this.run.id() + "/download/" + format)
					.with(httpBasic("secretary-b4", this.b4Password)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = format.equals("docx") ? docxText(page) : new String(page, StandardCharsets.UTF_8);
			assertThat(text).as(format)
				.contains("公路建设养护党支部党建工作提示单")
				.doesNotContain("机关第一党支部")
				.doesNotContain("港航事业发展中心")
				.doesNotContain("二、存在的问题");
			assertThat(format.equals("docx") ? docxText(api) : new String(api, StandardCharsets.UTF_8)).isEqualTo(text);
		}
		String admin = this.mvc.perform(get("/runs/" + this.run.id() + "/download/md").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(admin).contains("二、存在的问题").contains("港航事业发展中心");
		String runPage = this.mvc.perform(get("/runs/" + this.run.id()).with(page("secretary-b4")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(runPage).contains("公路建设养护党支部党建工作提示单")
			.contains("三、整改事项")
			.doesNotContain("机关第一党支部")
			.doesNotContain("港航事业发展中心");
		assertThat(this.mvc.perform(get("/runs/" + this.run.id()).with(page("inspector")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("二、存在的问题").contains("港航事业发展中心");
	}

	@Test
	void aSecretaryDownloadsTheFindingsAndRectificationLedgerOfTheirSubtreeOnly() throws Exception {
		JsonNode findings = this.json
			.readTree(this.mvc.perform(get("/runs/" + this.run.id() + "/download/json").with(page("secretary-b4")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(findings.path("findings").valueStream().map((f) -> f.path("orgId").asString())).isNotEmpty()
			.allMatch((org) -> org.startsWith("B4"));
		for (byte[] xlsx : List.of(
				this.mvc.perform(get("/runs/" + this.run.id() + "/download/xlsx").with(page("secretary-b4")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				this.mvc
					.perform(get("/api/runs/" + this.run.id() + "/download/xlsx")
						.with(httpBasic("secretary-b4", this.b4Password)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray())) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet sheet = workbook.getSheet("整改台账");
				assertThat(sheet.getLastRowNum()).isPositive();
				for (Row row : sheet) {
					if (row.getRowNum() > 0) {
						assertThat(row.getCell(3).getStringCellValue()).startsWith("公路建设养护党支部");
					}
				}
			}
		}
		this.mvc.perform(get("/runs/" + this.run.id() + "/download/docx").with(page("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void aSecretaryCannotChangeAnotherBranchsRowsByUploadingAWorkbook() throws Exception {
		byte[] whole = this.mvc.perform(get("/runs/" + this.run.id() + "/download/xlsx").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = RectificationWorkbooks.filled(whole,
				(cells) -> cells.get("涉及组织").startsWith("公路建设养护党支部") || cells.get("涉及组织").startsWith("机关第一党支部"), "整改状态",
				"整改中");
		List<Rectification> before = this.rectifications.rows(admin(), this.run.id());
		MockMultipartFile file = new MockMultipartFile("file", "整改台账.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
		JsonNode refused = this.json.readTree(this.mvc
			.perform(multipart("/api/runs/" + this.run.id() + "/rectification").file(file)
				.with(httpBasic("secretary-b4", this.b4Password)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(refused.path("title").asString()).isEqualTo("内容有误，未处理");
		assertThat(refused.path("errors").valueStream().map((p) -> p.path("text").asString())).isNotEmpty()
			.allMatch((p) -> p.contains("机关第一党支部") && p.contains("不属于本组织"));
		this.mvc
			.perform(multipart("/rectification/upload").file(file)
				.param("run", "" + this.run.id())
				.with(page("secretary-b4"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("不属于本组织")));
		this.mvc
			.perform(multipart("/api/runs/" + this.run.id() + "/rectification").file(file)
				.with(httpBasic("inspector", this.inspectorPassword)))
			.andExpect(status().isForbidden());
		assertThat(this.rectifications.rows(admin(), this.run.id())).isEqualTo(before);
	}

	@Test
	void anInspectorReadsEverythingAndChangesNothing() throws Exception {
		StoredFinding b4 = finding("B4");
		this.mvc.perform(get("/findings/" + b4.id()).with(page("inspector"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(httpBasic("inspector", this.inspectorPassword)))
			.andExpect(status().isForbidden());
		Rectification row = this.rectifications.rows(admin(), this.run.id()).get(0);
		this.mvc
			.perform(patch("/api/rectification/" + row.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\"}")
				.with(httpBasic("inspector", this.inspectorPassword)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/users").with(page("inspector"))).andExpect(status().isForbidden());
	}

	@Test
	void aSecretaryCannotStartARun() throws Exception {
		this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(httpBasic("secretary-b1", this.b1Password)))
			.andExpect(status().isForbidden());
	}

	@Test
	void noOneGetsInWithoutLoggingIn() throws Exception {
		this.mvc.perform(get("/findings")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/runs").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/runs").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/runs").with(page("admin"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/users").param("username", "x").with(page("admin"))).andExpect(status().isForbidden());
	}

	private static String docxText(byte[] docx) throws java.io.IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder text = new StringBuilder();
			document.getParagraphs().forEach((p) -> text.append(p.getText()).append('\n'));
			document.getTables().forEach((t) -> text.append(t.getText()).append('\n'));
			return text.toString();
		}
	}

	private StoredFinding finding(String org) {
		return this.views.findings(admin(), this.run.id(), new FindingFilter(org, null, null, null, null))
			.stream()
			.filter((f) -> org.equals(f.orgId()))
			.findFirst()
			.orElseThrow();
	}

	private RequestPostProcessor page(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(username));
	}

}
