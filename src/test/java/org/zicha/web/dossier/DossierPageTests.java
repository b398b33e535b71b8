package org.zicha.web.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.Role;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.StoredRun;
import org.zicha.web.WebTestSupport;
import org.zicha.testing.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier for a chosen window as a download, the feedback workbook as an upload; for
 * administrators and inspectors.
 */
class DossierPageTests extends WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Rectifications rectifications;

	@TempDir
	Path dir;

	@BeforeEach
	void sampleAndUsers() {
		storeSample();
		user("inspector", Role.INSPECTOR, null);
		user("secretary-b1", Role.SECRETARY, "B1");
	}

	@Test
	void anAdministratorDownloadsTheWorkbookWithTheFollowUpOfTheUploadedFeedback() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/dossier").file(feedback(LocalDate.of(2025, 6, 30), "THEME_DAY"))
				.param("from", "2025-01-01")
				.param("to", "2025-12-31")
				.param("format", "xlsx")
				.with(page("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("dossier.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<String> sheets = new ArrayList<>();
			book.forEach((s) -> sheets.add(s.getSheetName()));
			assertThat(sheets).startsWith("目录", "组织生活").endsWith("反馈问题整改");
			assertThat(book.getSheet("反馈问题整改").getRow(1).getCell(1).getStringCellValue()).isEqualTo("主题党日开展不经常");
		}
	}

	@Test
	void theRectificationRowsOfTheLatestRunGiveTheProblemsTheirStatus() throws Exception {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		Rectification row = this.rectifications.rows(admin(), run.id())
			.stream()
			.filter((r) -> r.duty().equals("SHYK.ASSEMBLY") && r.orgId().equals("B5"))
			.findFirst()
			.orElseThrow();
		this.rectifications.update(admin(), row.id(),
				new Rectifications.Edit("DONE", null, null, null, null, null, null), null, null);
		byte[] json = this.mvc
			.perform(multipart("/dossier").param("from", "2025-01-01")
				.param("to", "2025-12-31")
				.param("format", "json")
				.with(page("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode dossier = JsonMapper.builder().build().readTree(json);
		assertThat(dossier.path("dossier").path("rectificationRead").asBoolean()).isTrue();
		assertThat(dossier.path("problems").valueStream().filter((p) -> row.keys().contains(p.path("key").asString())))
			.singleElement()
			.satisfies((p) -> assertThat(p.path("status").asString()).isEqualTo("已完成"))
			.satisfies((p) -> assertThat(p.path("progress").asString()).isEqualTo("DONE"));
	}

	@Test
	void anInspectorDownloadsTheSummary() throws Exception {
		byte[] docx = this.mvc
			.perform(multipart("/dossier").param("from", "2025-01-01")
				.param("to", "2025-12-31")
				.param("format", "docx")
				.with(page("inspector"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("关于2025年党建工作履职情况的说明");
		}
		this.mvc.perform(get("/dossier").with(page("inspector"))).andExpect(status().isOk());
	}

	@Test
	void errorsOfTheFeedbackWorkbookAreShownAtOnceAndNothingIsDownloaded() throws Exception {
		String page = this.mvc
			.perform(multipart("/dossier").file(feedback(null, "NO.SUCH"))
				.param("from", "2025-01-01")
				.param("to", "2025-12-31")
				.with(page("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("巡视反馈问题表有 2 处错误，未生成佐证目录")
			.contains("没有这个义务代码")
			.contains("填写了对应义务时，时限为必填")
			.contains("value=\"2025-01-01\"");
	}

	@Test
	void aBranchSecretaryCannotDrawUpTheDossierOfTheWholeOrganisation() throws Exception {
		this.mvc.perform(get("/dossier").with(page("secretary-b1"))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/dossier").param("from", "2025-01-01")
				.param("to", "2025-12-31")
				.with(page("secretary-b1"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEmptyFeedbackWorkbookIsADownload() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/dossier/feedback-template").with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("巡视反馈问题");
		}
	}

	private MockMultipartFile feedback(LocalDate deadline, String duty) throws Exception {
		Path file = Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row("序号", "问题", "涉及组织", "对应义务", "时限", "状态")
			.row(1, "主题党日开展不经常", "综合执法支队党支部", duty, deadline, "已完成")
			.write(this.dir.resolve("反馈.xlsx"));
		return new MockMultipartFile("feedback", "反馈.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(file));
	}

	private RequestPostProcessor page(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(username));
	}

}
