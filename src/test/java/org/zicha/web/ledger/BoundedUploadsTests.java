package org.zicha.web.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import org.zicha.web.ClockedWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upload's work is bounded: a preview lists the first 200 problems and counts the
 * rest; an upload of more rows than the limit is refused before it is read; a preview's
 * files wait on disk, not in memory, and are gone when it expires.
 */
class BoundedUploadsTests extends ClockedWebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	PendingUploads pending;

	@Test
	void aPreviewListsTheFirst200ProblemsAndCountsTheRest() throws Exception {
		UploadedFile bad = members("bad-members.json", 450, "B9");
		Preview preview = this.uploads.preview(admin(), List.of(bad));
		assertThat(preview.errors()).hasSize(200);
		assertThat(preview.errorCount()).isEqualTo(450);
		assertThat(preview.moreErrors()).isEqualTo(250);
		assertThat(preview.errors().get(0).text()).startsWith("bad-members.json members[0]（党员编号 M-0）.orgId");
		assertThat(preview.errors().get(199).row()).isEqualTo(199);
		MockMultipartFile file = new MockMultipartFile("files", bad.name(), "application/json", bad.content());
		JsonNode problem = this.json.readTree(
				this.mvc.perform(multipart("/api/uploads/preview").file(file).with(httpBasic("admin", ADMIN_PASSWORD)))
					.andExpect(status().isUnprocessableContent())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(problem.path("title").asString()).isEqualTo("内容有误，未处理");
		assertThat(problem.path("detail").asString()).isEqualTo("台账有 450 处问题，未导入");
		assertThat(problem.path("errors")).hasSize(200);
		assertThat(problem.path("errors").get(5).path("row").asInt()).isEqualTo(5);
		assertThat(problem.path("moreErrors").asInt()).isEqualTo(250);
		String page = this.mvc
			.perform(multipart("/uploads/preview").file(file)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("发现 450 处问题，未导入。请更正后重新上传（下表列出前 200 处）：").contains("另有 250 处问题未列出");
	}

	@Test
	void anUploadOfMoreRowsThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
		Preview over = this.uploads.preview(admin(), List.of(members("many.json", MAX_ROWS + 1, "B9")));
		assertThat(over.errors()).extracting(Preview.Problem::text)
			.containsExactly(
					"本次上传共有5001行（条）记录，超过每次上传5000行的上限，未读取；请分成几个文件（如按年度或按组织）分次上传，或请管理员调整上限（zicha.upload.max-rows）");
		Preview atLimit = this.uploads.preview(admin(), List.of(members("limit.json", MAX_ROWS, "B9")));
		assertThat(atLimit.errorCount()).isEqualTo(MAX_ROWS);
		assertThat(atLimit.errors().get(0).message()).doesNotContain("上限");
		Preview workbook = this.uploads.preview(admin(),
				List.of(new UploadedFile("rows.xlsx", workbook(3, 1700)), members("more.json", 0, "B9")));
		assertThat(workbook.errors()).extracting(Preview.Problem::message)
			.singleElement()
			.satisfies((m) -> assertThat(m).startsWith("本次上传共有5100行（条）记录"));
	}

	@Test
	void aPreviewsFilesWaitOnDiskUntilItExpires() {
		Preview preview = this.uploads.preview(admin(), List.of(sample()));
		assertThat(this.pending.onDisk(preview.token())).isTrue();
		this.clock.advance(PendingUploads.EXPIRY.plus(Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.uploads.confirm(admin(), preview.token()))
			.withMessage("预览已过期或不存在，请重新上传");
		this.pending.sweep();
		assertThat(this.pending.onDisk(preview.token())).isFalse();
		assertThat(this.pending.size()).isZero();
	}

	@Test
	void aUserHasAtMostThreePreviewsWaiting() {
		storeSample();
		List<Preview> previews = IntStream.range(0, PendingUploads.PER_USER + 1)
			.mapToObj((i) -> this.uploads.preview(admin(), List.of(sample())))
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> this.uploads.confirm(admin(), previews.get(0).token()));
		assertThat(this.uploads.confirm(admin(), previews.get(PendingUploads.PER_USER).token()).changed()).isFalse();
	}

	private static UploadedFile members(String name, int count, String org) {
		String rows = IntStream.range(0, count)
			.mapToObj((i) -> "{\"id\": \"M-" + i + "\", \"name\": \"党员" + i + "\", \"orgId\": \"" + org
					+ "\", \"status\": \"FULL\"}")
			.collect(Collectors.joining(",\n"));
		return new UploadedFile(name, ("{\"members\": [" + rows + "]}").getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] workbook(int sheets, int rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			for (int s = 0; s < sheets; s++) {
				var sheet = workbook.createSheet("表" + s);
				for (int r = 0; r < rows; r++) {
					sheet.createRow(r).createCell(0).setCellValue("行" + r);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
