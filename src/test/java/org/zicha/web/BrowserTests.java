package org.zicha.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.zicha.web.rectification.RectificationWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in a real browser: Debian's chromium, headless, driven through chromedriver.
 * An administrator uploads the sample ledger, previews and confirms it, runs a check,
 * opens a finding, sets its rectification status and downloads the report (and opens
 * report.html from disk); a branch secretary then sees only their branch, finds their
 * problems and fills in a row. Every page visited is checked as {@link PageChecks} says
 * (axe-core, the content security policy, the layout at a phone's width) and its
 * screenshots at 1400 and 390 pixels go to target/screenshots/; the test fails at the end
 * with every problem found. Skipped where chromium or chromedriver is not installed (CI
 * installs both, and axe-core with npm).
 */
class BrowserTests extends WebTestSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("zicha.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("zicha.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private ChromeDriver browser;

	private PageChecks checks;

	private Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		this.profile = Files.createTempDirectory("zicha-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
		Optional<Axe> axe = Axe.installed();
		if (axe.isEmpty()) {
			assertThat(System.getenv("CI")).as("axe-core is not installed: run npm ci").isNull();
			System.err
				.println("NOTICE: axe-core is not installed (npm ci): the pages are not checked for accessibility");
		}
		this.checks = new PageChecks(this.browser, axe, SCREENSHOTS);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void adminRunsACheckAndWorksAProblemThenASecretarySeesOnlyTheirBranch() throws Exception {
		open("/login");
		look("00-login");
		login("admin", ADMIN_PASSWORD);
		look("01-dashboard");

		open("/uploads");
		this.browser.findElement(By.id("files")).sendKeys(SAMPLE.toAbsolutePath().toString());
		this.browser.findElement(By.id("preview")).click();
		WebElement preview = waitFor(By.id("preview-result"));
		assertThat(preview.getText()).contains("党员").contains("98").contains("机关第一党支部");
		look("02-upload-preview");
		this.browser.findElement(By.id("confirm")).click();
		waitForText(By.cssSelector(".flash.ok"), "已导入", "完全相同");
		look("03-upload-confirmed");

		open("/runs");
		this.browser.findElement(By.id("asOf")).sendKeys(dateKeys("2025-12-31"));
		this.browser.findElement(By.id("run")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(120))
			.until((d) -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("检查（截至2025年12月31日）");
		assertThat(this.browser.findElement(By.cssSelector(".tile.MAJOR .n")).getText()).isEqualTo("12");
		look("04-run");
		String runUrl = this.browser.getCurrentUrl();

		open("/");
		assertThat(this.browser.findElement(By.id("ranking")).getText()).contains("机关第一党支部");
		look("05-dashboard-after-run");

		open("/findings?severity=MAJOR");
		List<WebElement> findings = this.browser.findElements(By.cssSelector("#findings tbody a"));
		assertThat(findings).hasSize(12);
		look("06-findings");
		findings.get(0).click();
		assertThat(waitFor(By.id("finding-message")).getText()).isNotBlank();
		look("07-finding");
		this.browser.findElement(By.cssSelector("a.rectify")).click();
		new Select(waitFor(By.id("status"))).selectByVisibleText("整改中");
		this.browser.findElement(By.id("progress")).sendKeys("已召开支委会研究整改措施");
		this.browser.findElement(By.id("save")).click();
		waitForText(By.id("audit"), "整改中");
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("整改状态").contains("未整改");
		look("08-rectification-row");

		this.browser.get(runUrl);
		assertThat(this.browser.findElement(By.cssSelector("#report h1")).getText()).contains("自查情况的报告");
		new Select(this.browser.findElement(By.id("filter-org"))).selectByVisibleText("公路建设养护党支部");
		assertThat(this.browser.findElement(By.id("findings-count")).getText()).startsWith("组织：公路建设养护党支部");
		look("04b-run-report");
		String docx = this.browser.findElement(By.id("download-docx")).getAttribute("href");
		byte[] word = download(docx, "report.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getText()).contains("存在的问题"));
		}
		Path offline = Files.write(this.profile.resolve("report.html"),
				download(runUrl + "/download/html", "report.html"));
		this.browser.get(offline.toUri().toString());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("自查情况的报告");
		look("04c-report-html");

		open("/rectification");
		assertThat(this.browser.findElements(By.id("rectification"))).hasSize(1);
		assertThat(this.browser.findElement(By.id("rectification")).getText()).contains("整改中");
		look("09-rectification");
		byte[] ledger = download(this.browser.findElement(By.id("download-rectification")).getAttribute("href"),
				"rectification.xlsx");
		Path filled = Files.createTempFile(this.profile, "整改台账", ".xlsx");
		Files.write(filled, RectificationWorkbooks.filled(ledger, (r) -> r.get("涉及组织").equals("港航事业发展中心党支部"),
				java.util.Map.of("整改状态", "已完成", "整改进展", "已完成支部换届选举")));
		this.browser.findElement(By.id("rectification-file")).sendKeys(filled.toAbsolutePath().toString());
		this.browser.findElement(By.id("upload-rectification-submit")).click();
		waitForText(By.cssSelector(".flash.ok"), "已导入整改台账");
		assertThat(this.browser.findElement(By.id("rectification")).getText()).contains("已完成");
		look("09b-rectification-uploaded");
		open("/duties");
		look("10-duties");
		open("/runs");
		assertThat(this.browser.findElement(By.id("runs")).getText()).contains("2025-12-31");
		look("10b-runs");
		open("/swagger-ui.html");
		waitForText(By.tagName("body"), "党建合规自查 API");
		this.checks.refused("10d-api-docs");
		open("/account/password");
		look("10c-password");
		open("/dossier");
		look("10e-dossier");
		open("/notices");
		look("10f-notices");
		open("/notices/preview");
		look("10g-notices-preview");
		open("/notices/settings");
		look("10h-notices-settings");
		open("/users");
		String secretary = "b4-" + System.nanoTime() % 100000;
		this.browser.findElement(By.name("username")).sendKeys(secretary);
		this.browser.findElement(By.name("displayName")).sendKeys("石志勇");
		new Select(this.browser.findElement(By.name("role"))).selectByVisibleText("支部书记");
		new Select(this.browser.findElement(By.id("orgId"))).selectByVisibleText("公路建设养护党支部（B4）");
		this.browser.findElement(By.cssSelector("form.form-grid input[name=password]")).sendKeys("secretary-password");
		this.browser.findElement(By.cssSelector("form.form-grid button")).click();
		waitForText(By.cssSelector(".flash.ok"), "已创建用户 " + secretary);
		assertThat(this.browser.findElement(By.xpath("//tr[td='" + secretary + "']")).getText())
			.contains("支部书记 公路建设养护党支部");
		look("11-users");

		String inspector = "inspector-" + System.nanoTime() % 100000;
		this.browser.findElement(By.name("username")).sendKeys(inspector);
		this.browser.findElement(By.name("displayName")).sendKeys("巡察组");
		new Select(this.browser.findElement(By.name("role"))).selectByVisibleText("检查人员");
		this.browser.findElement(By.cssSelector("form.form-grid input[name=password]")).sendKeys("inspector-password");
		this.browser.findElement(By.cssSelector("form.form-grid button")).click();
		waitForText(By.cssSelector(".flash.ok"), "已创建用户 " + inspector);

		logout();
		login(inspector, "inspector-password");
		look("16-inspector-dashboard");
		this.browser.get(runUrl);
		assertThat(this.browser.findElement(By.cssSelector("#report h1")).getText()).contains("自查情况的报告");
		look("17-inspector-run");
		open("/rectification");
		assertThat(this.browser.findElements(By.id("upload-rectification"))).isEmpty();
		look("18-inspector-rectification");
		open("/uploads");
		look("19-inspector-uploads");
		lookAtTheRest("19", true);

		logout();
		login(secretary, "secretary-password");
		assertThat(this.browser.findElement(By.id("content")).getText()).contains("以下为本组织（公路建设养护党支部）及下级组织的情况");
		look("12-secretary-dashboard");
		open("/findings");
		assertThat(new Select(this.browser.findElement(By.name("duty"))).getOptions()).extracting(WebElement::getText)
			.contains("全部")
			.allSatisfy((title) -> assertThat(title).doesNotContainPattern("[A-Z]"));
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#findings tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(this.browser.findElement(By.id("findings")).getText()).contains("公路建设养护")
			.doesNotContain("机关第一党支部")
			.doesNotContain("综合执法支队");
		look("13-secretary-findings");
		open("/branches/B4");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("公路建设养护党支部");
		look("14-secretary-branch");
		open("/branches/B1");
		assertThat(this.browser.getPageSource()).contains("找不到");
		look("15-secretary-other-branch");
		this.browser.get(runUrl);
		assertThat(this.browser.findElement(By.cssSelector("#report h1")).getText()).isEqualTo("公路建设养护党支部党建工作提示单");
		assertThat(this.browser.findElement(By.id("report")).getText()).doesNotContain("机关第一党支部");
		look("20-secretary-run-bulletin");
		open("/rectification");
		assertThat(this.browser.findElement(By.id("rectification")).getText()).contains("公路建设养护")
			.doesNotContain("港航事业发展中心");
		look("21-secretary-rectification");
		this.browser.findElement(By.cssSelector("#rectification a.rectify")).click();
		new Select(waitFor(By.id("status"))).selectByVisibleText("整改中");
		WebElement responsible = this.browser.findElement(By.name("responsible"));
		responsible.clear();
		responsible.sendKeys("石志勇、夏文强");
		this.browser.findElement(By.id("save")).click();
		waitForText(By.id("audit"), "石志勇、夏文强");
		look("23-secretary-rectification-row");
		open("/uploads");
		assertThat(this.browser.findElement(By.id("content")).getText()).doesNotContain("尚未导入台账");
		assertThat(this.browser.findElement(By.id("active-files")).getText()).contains(SAMPLE.getFileName().toString())
			.contains("全单位")
			.doesNotContain("停用");
		look("22-secretary-uploads");
		lookAtTheRest("24", false);

		assertThat(this.checks.problems()).isEmpty();
	}

	/**
	 * The pages of a role not visited above: the runs, the duties, the findings and the
	 * first of them, the password page and, for an inspector, the dossier.
	 */
	private void lookAtTheRest(String prefix, boolean dossier) throws IOException {
		open("/runs");
		look(prefix + "b-runs");
		open("/duties");
		look(prefix + "c-duties");
		open("/findings");
		look(prefix + "d-findings");
		this.browser.findElement(By.cssSelector("#findings tbody a")).click();
		waitFor(By.id("finding-message"));
		look(prefix + "e-finding");
		open("/account/password");
		look(prefix + "f-password");
		if (dossier) {
			open("/dossier");
			look(prefix + "g-dossier");
		}
	}

	private void login(String username, String password) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login")).click();
		waitFor(By.cssSelector("header.top nav"));
	}

	private void logout() {
		this.browser.findElement(By.cssSelector("header.top form button")).click();
		waitFor(By.id("login"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(60)).until((d) -> d.findElement(by));
	}

	/**
	 * Wait until an element holds one of some texts: the page that holds it may be the
	 * next one, while the element found first is still the last page's.
	 */
	private void waitForText(By by, String... anyOf) {
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
			.until((d) -> {
				String text = d.findElement(by).getText();
				return List.of(anyOf).stream().anyMatch(text::contains);
			});
	}

	/**
	 * A date typed into a date field, in the order the field takes it (yyyy, then mm,
	 * dd).
	 */
	private static String dateKeys(String iso) {
		String[] p = iso.split("-");
		return p[1] + p[2] + p[0];
	}

	private byte[] download(String url, String fileName) throws Exception {
		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(java.net.URLDecoder.decode(response.headers().firstValue("Content-Disposition").orElse(""),
				java.nio.charset.StandardCharsets.UTF_8))
			.contains(fileName);
		return response.body();
	}

	private void look(String name) throws IOException {
		this.checks.look(name);
	}

}
