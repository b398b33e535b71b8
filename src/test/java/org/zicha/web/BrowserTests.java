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

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in a real browser: Debian's chromium, headless, driven through chromedriver.
 * An administrator uploads the sample ledger, previews and confirms it, runs a check,
 * opens a finding, sets its rectification status and downloads the report; a branch
 * secretary then sees only their branch. Screenshots of every page go to
 * target/screenshots/. Skipped where chromium or chromedriver is not installed (CI
 * installs both).
 */
class BrowserTests extends WebTestSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("zicha.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("zicha.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private WebDriver browser;

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
				"--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
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
		shot("00-login");
		login("admin", ADMIN_PASSWORD);
		shot("01-dashboard");

		open("/uploads");
		this.browser.findElement(By.id("files")).sendKeys(SAMPLE.toAbsolutePath().toString());
		this.browser.findElement(By.id("preview")).click();
		WebElement preview = waitFor(By.id("preview-result"));
		assertThat(preview.getText()).contains("党员").contains("98").contains("机关第一党支部");
		shot("02-upload-preview");
		this.browser.findElement(By.id("confirm")).click();
		assertThat(waitFor(By.cssSelector(".flash.ok")).getText()).containsAnyOf("已导入", "完全相同");
		shot("03-upload-confirmed");

		open("/runs");
		this.browser.findElement(By.id("asOf")).sendKeys(dateKeys("2025-12-31"));
		this.browser.findElement(By.id("run")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(120))
			.until((d) -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("自查");
		assertThat(this.browser.findElement(By.cssSelector(".tile.MAJOR .n")).getText()).isEqualTo("12");
		shot("04-run");
		String runUrl = this.browser.getCurrentUrl();

		open("/");
		assertThat(this.browser.findElement(By.id("ranking")).getText()).contains("机关第一党支部");
		shot("05-dashboard-after-run");

		open("/findings?severity=MAJOR");
		List<WebElement> findings = this.browser.findElements(By.cssSelector("#findings tbody a"));
		assertThat(findings).hasSize(12);
		shot("06-findings");
		findings.get(0).click();
		assertThat(waitFor(By.id("finding-message")).getText()).isNotBlank();
		shot("07-finding");
		this.browser.findElement(By.cssSelector("a.rectify")).click();
		new Select(waitFor(By.id("status"))).selectByVisibleText("整改中");
		this.browser.findElement(By.id("progress")).sendKeys("已召开支委会研究整改措施");
		this.browser.findElement(By.id("save")).click();
		assertThat(waitFor(By.id("audit")).getText()).contains("整改状态").contains("未整改").contains("整改中");
		shot("08-rectification-row");

		this.browser.get(runUrl);
		String docx = this.browser.findElement(By.id("download-docx")).getAttribute("href");
		byte[] word = download(docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getText()).contains("存在的问题"));
		}

		open("/rectification");
		assertThat(this.browser.findElement(By.id("rectification")).getText()).contains("整改中");
		shot("09-rectification");
		open("/duties");
		shot("10-duties");
		open("/runs");
		assertThat(this.browser.findElement(By.id("runs")).getText()).contains("2025-12-31");
		shot("10b-runs");
		open("/account/password");
		shot("10c-password");
		open("/users");
		String secretary = "b4-" + System.nanoTime() % 100000;
		this.browser.findElement(By.name("username")).sendKeys(secretary);
		this.browser.findElement(By.name("displayName")).sendKeys("石志勇");
		new Select(this.browser.findElement(By.name("role"))).selectByVisibleText("支部书记");
		new Select(this.browser.findElement(By.id("orgId"))).selectByVisibleText("公路建设养护党支部（B4）");
		this.browser.findElement(By.cssSelector("form.form-grid input[name=password]")).sendKeys("secretary-password");
		this.browser.findElement(By.cssSelector("form.form-grid button")).click();
		assertThat(waitFor(By.cssSelector(".flash.ok")).getText()).contains("已创建用户 " + secretary);
		shot("11-users");

		logout();
		login(secretary, "secretary-password");
		shot("12-secretary-dashboard");
		open("/findings");
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#findings tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(this.browser.findElement(By.id("findings")).getText()).contains("公路建设养护")
			.doesNotContain("机关第一党支部")
			.doesNotContain("综合执法支队");
		shot("13-secretary-findings");
		open("/branches/B4");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("公路建设养护党支部");
		shot("14-secretary-branch");
		open("/branches/B1");
		assertThat(this.browser.getPageSource()).contains("找不到");
		shot("15-secretary-other-branch");
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
	 * A date typed into a date field, in the order the field takes it (yyyy, then mm,
	 * dd).
	 */
	private static String dateKeys(String iso) {
		String[] p = iso.split("-");
		return p[1] + p[2] + p[0];
	}

	private byte[] download(String url) throws Exception {
		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("report.docx");
		return response.body();
	}

	private void shot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

}
