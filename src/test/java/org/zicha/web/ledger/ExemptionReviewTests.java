package org.zicha.web.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.WebTestSupport;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An exemption a branch secretary uploads does not excuse their branch until an
 * administrator or an inspector approves it: the runs before leave it out and say so, the
 * runs after apply it.
 */
class ExemptionReviewTests extends WebTestSupport {

	private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	RunViews views;

	@Autowired
	ExemptionReviews reviews;

	@Autowired
	JsonMapper json;

	@Test
	void aSecretarysExemptionWaitsForApprovalBeforeARunAppliesIt() throws Exception {
		StoredRun before = sampleRun(AS_OF);
		StoredFinding finding = this.views
			.findings(admin(), before.id(), new FindingFilter("B3", null, null, null, null))
			.stream()
			.filter((f) -> "B3".equals(f.orgId()) && f.periodFrom() != null && "FOUND".equals(f.kind()))
			.findFirst()
			.orElseThrow();
		String password = user("exempt-b3", Role.SECRETARY, "B3");
		user("exempt-b4", Role.SECRETARY, "B4");
		String inspectorPassword = user("exempt-inspector", Role.INSPECTOR, null);
		Viewer secretary = new Viewer("exempt-b3", Role.SECRETARY, "B3");
		UploadedFile file = new UploadedFile("b3-exemptions.json",
				("{\"exemptions\": [{\"duty\": \"" + finding.duty() + "\", \"orgId\": \"B3\", \"from\": \""
						+ finding.periodFrom() + "\", \"to\": \"" + finding.periodTo()
						+ "\", \"reason\": \"支部自行决定不开展\", \"approval\": \"自行批准\"}]}")
					.getBytes(StandardCharsets.UTF_8));
		Preview preview = this.uploads.preview(secretary, List.of(file));
		assertThat(preview.acceptable()).as(preview.errors().toString()).isTrue();
		assertThat(preview.warnings()).contains("本次上传新增例外1条，须经管理员或检查人员审批后才在检查中适用");
		try {
			assertThat(this.uploads.confirm(secretary, preview.token()).message())
				.endsWith("其中1条例外须经管理员或检查人员审批后才在检查中适用");
			ExemptionReviews.Review review = this.reviews.pending(admin())
				.stream()
				.filter((r) -> r.uploadedBy().equals("exempt-b3"))
				.findFirst()
				.orElseThrow();
			assertThat(review.approval()).isEqualTo("自行批准");
			assertThat(this.reviews.pending(secretary)).extracting(ExemptionReviews.Review::id).contains(review.id());
			assertThat(this.reviews.pending(new Viewer("exempt-b4", Role.SECRETARY, "B4")))
				.extracting(ExemptionReviews.Review::id)
				.doesNotContain(review.id());

			StoredRun pending = this.runs.start(admin(), AS_OF, null, null, false);
			assertThat(kind(pending, finding)).isEqualTo("FOUND");
			assertThat(this.views.warnings(pending.id())).contains("台账中有1条支部上传的例外尚待管理员或检查人员审批，本次检查未予适用");

			this.mvc.perform(post("/api/exemptions/" + review.id() + "/approve").with(httpBasic("exempt-b3", password)))
				.andExpect(status().isForbidden());
			String page = this.mvc.perform(get("/uploads").with(page("exempt-inspector")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("待审批的例外").contains("id=\"approve-" + review.id() + "\"").contains("支部自行决定不开展");
			this.mvc
				.perform(post("/uploads/exemptions/" + review.id() + "/approve").with(page("exempt-inspector"))
					.with(csrf()))
				.andExpect(redirectedUrl("/uploads"));
			JsonNode again = this.json.readTree(this.mvc
				.perform(post("/api/exemptions/" + review.id() + "/approve")
					.with(httpBasic("exempt-inspector", inspectorPassword)))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
			assertThat(again.path("detail").asString()).isEqualTo("该例外已经批准");
			assertThat(this.reviews.pending(admin())).extracting(ExemptionReviews.Review::id)
				.doesNotContain(review.id());

			StoredRun approved = this.runs.start(admin(), AS_OF, null, null, false);
			assertThat(kind(approved, finding)).isEqualTo("EXEMPTED");
			assertThat(this.views.warnings(approved.id())).noneMatch((w) -> w.contains("尚待管理员或检查人员审批"));
		}
		finally {
			this.uploads.activeFiles(admin())
				.stream()
				.filter((f) -> f.name().equals(file.name()))
				.forEach((f) -> this.uploads.remove(admin(), f.id()));
		}
	}

	private String kind(StoredRun run, StoredFinding finding) {
		return java.util.stream.Stream
			.concat(this.views.findings(admin(), run.id(), new FindingFilter("B3", null, null, null, null)).stream(),
					this.views.exempted(admin(), run.id()).stream())
			.filter((f) -> f.key().equals(finding.key()))
			.map(StoredFinding::kind)
			.findFirst()
			.orElse("none");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor page(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(username));
	}

}
