package org.zicha.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages say and the headers they come with: a content security policy that
 * allows nothing inline and a referrer policy on every page and API answer; organisations
 * by name, duties by their Chinese titles, one rectification table, the unit's ledger on
 * a secretary's upload page, a label for every field.
 */
class PagesTests extends WebTestSupport {

	private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static StoredRun run;

	@Autowired
	MockMvc mvc;

	@Autowired
	RunViews views;

	@BeforeEach
	void sampleRunAndSecretary() {
		if (run == null) {
			run = sampleRun(LocalDate.of(2025, 12, 31));
		}
		user("pages-b4", Role.SECRETARY, "B4");
	}

	@Test
	void pagesForbidInlineScriptAndStyleAndSendNoAddressElsewhere() throws Exception {
		for (String path : new String[] { "/login", "/static/css/zicha.css", "/static/js/zicha.js" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", PAGE_POLICY))
				.andExpect(header().string("Referrer-Policy", "same-origin"));
		}
		this.mvc.perform(get("/").with(page("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", PAGE_POLICY))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		this.mvc.perform(get("/findings/0").with(page("admin")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Security-Policy", PAGE_POLICY));
	}

	@Test
	void theApiDescriptionMayAddStylesButRunsNoInlineScript() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html").with(page("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")));
	}

	@Test
	void apiAnswersMayLoadNothing() throws Exception {
		this.mvc.perform(get("/api/runs").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		this.mvc.perform(get("/api/runs"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void rectificationPageHasItsTableOnceAndEveryRowCanBeFilledIn() throws Exception {
		Document page = html("/rectification?run=" + run.id(), page("admin"));
		assertThat(page.select("#rectification")).hasSize(1);
		assertThat(page.select("table.grid")).hasSize(1);
		assertThat(page.select("#rectification tbody tr")).isNotEmpty()
			.allSatisfy((tr) -> assertThat(tr.select("a.rectify").text()).isEqualTo("填写"));
		assertThat(page.select("#rectification-file").attr("accept")).isEqualTo(".xlsx");
	}

	@Test
	void aSecretarysDashboardNamesTheirBranch() throws Exception {
		Document page = html("/", page("pages-b4"));
		assertThat(page.select("main p.muted").eachText()).contains("以下为本组织（公路建设养护党支部）及下级组织的情况。");
		assertThat(html("/", page("admin")).text()).doesNotContain("以下为本组织");
	}

	@Test
	void theDutyFilterAndAFindingShowTheDutysTitleNotItsCode() throws Exception {
		Document page = html("/findings?run=" + run.id(), page("admin"));
		Element duty = page.selectFirst("select[name=duty]");
		StoredFinding lapsed = this.views.findings(admin(), run.id(), new FindingFilter(null, null, null, null, null))
			.get(0);
		assertThat(duty.select("option").stream().filter((o) -> o.val().equals(lapsed.duty()))).singleElement()
			.satisfies((o) -> assertThat(o.text()).isEqualTo(lapsed.title()));
		assertThat(duty.select("option").eachText()).first().isEqualTo("全部");
		assertThat(duty.select("option").eachText()).allSatisfy((t) -> assertThat(t).doesNotContainPattern("[A-Z]"));
		Document finding = html("/findings/" + lapsed.id(), page("admin"));
		assertThat(finding.select("dl.kv dt:containsOwn(职责) + dd").text()).isEqualTo(lapsed.title());
	}

	@Test
	void aSecretarysUploadPageListsTheUnitsLedgerWithoutLettingThemWithdrawIt() throws Exception {
		Document page = html("/uploads", page("pages-b4"));
		assertThat(page.text()).doesNotContain("尚未导入台账");
		String sample = SAMPLE.getFileName().toString();
		assertThat(page.select("#active-files tbody tr:has(td:containsOwn(" + sample + "))")).singleElement()
			.satisfies((tr) -> {
				assertThat(tr.select("td").eachText()).startsWith(sample, "全单位");
				assertThat(tr.select("form")).isEmpty();
			});
		assertThat(html("/uploads", page("admin"))
			.select("#active-files tbody tr:has(td:containsOwn(" + sample + ")) form[data-confirm]")).hasSize(1);
		assertThat(page.select("#files").attr("accept")).isEqualTo(".xlsx,.xls,.json");
	}

	@Test
	void usersPageNamesTheOrganisationAndLabelsEveryField() throws Exception {
		Document page = html("/users", page("admin"));
		Element row = page.select("tr:has(td:containsOwn(pages-b4))").first();
		assertThat(row.select("td").eachText()).containsSubsequence("支部书记", "公路建设养护党支部");
		assertThat(page.select("input:not([type=hidden]), select, textarea")).isNotEmpty()
			.allSatisfy((field) -> assertThat(field.closest("label")).as(field.outerHtml()).isNotNull());
		assertThat(row.select("label input[name=password]")).hasSize(1);
		assertThat(row.select("label .visually-hidden").text()).isEqualTo("pages-b4 的新密码");
	}

	@Test
	void everyPageHasASkipLinkToItsContent() throws Exception {
		for (String path : new String[] { "/", "/runs", "/findings", "/rectification", "/uploads", "/duties",
				"/branches/B4", "/runs/" + run.id() }) {
			Document page = html(path, page("pages-b4"));
			Element skip = page.selectFirst("body a");
			assertThat(skip.attr("href")).as(path).isEqualTo("#content");
			assertThat(skip.text()).isEqualTo("跳到正文");
			assertThat(page.select("main#content")).as(path).hasSize(1);
		}
	}

	@Test
	void noTemplateOfThePagesHasInlineScriptStyleOrHandler() throws Exception {
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			List<java.nio.file.Path> templates = files.filter((f) -> f.toString().endsWith(".html"))
				// report.html, a file opened from disk, carries its style and script
				// inline;
				// a notice mail's style is inside the mail, which is no page of the
				// application
				.filter((f) -> !f.endsWith(java.nio.file.Path.of("report/page.html"))
						&& !f.getFileName().toString().startsWith("mail-"))
				.toList();
			assertThat(templates).hasSizeGreaterThan(20);
			for (java.nio.file.Path f : templates) {
				Document template = Jsoup.parse(f.toFile(), "UTF-8");
				assertThat(template.select("[style], [th:style], style, script:not([src]):not([th:src])"))
					.as(f.toString())
					.isEmpty();
				assertThat(template.getAllElements()
					.stream()
					.flatMap((e) -> e.attributes().asList().stream())
					.map(org.jsoup.nodes.Attribute::getKey)
					.filter((name) -> name.startsWith("on") || name.startsWith("th:on"))).as(f.toString()).isEmpty();
			}
		}
	}

	private Document html(String path, RequestPostProcessor who) throws Exception {
		String body = this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(body);
	}

	private RequestPostProcessor page(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(username));
	}

}
