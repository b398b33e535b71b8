package org.zicha.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.zicha.web.account.Accounts;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.ledger.Preview;
import org.zicha.web.ledger.UploadedFile;
import org.zicha.web.run.Runs;
import org.zicha.web.run.StoredRun;

/**
 * The base of the web application's tests: the whole application on a random port, on a
 * real H2 file database (with Flyway) in a folder under target/. Each test class has an
 * application and a data folder of its own, closed after the class, so that no class sees
 * another's data; within a class, each test works on data it makes itself and asserts
 * what it changed. With {@code -Dzicha.test.database=postgresql} every class runs on a
 * database of its own on a real PostgreSQL server instead (see {@link TestPostgres}).
 */
@SpringBootTest(classes = ZichaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zicha.admin-password=" + WebTestSupport.ADMIN_PASSWORD, "zicha.schedule.enabled=false",
				"zicha.upload.max-file-size=3MB", "zicha.upload.max-entry-size=30MB" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class WebTestSupport {

	/** The first administrator's password in tests. */
	public static final String ADMIN_PASSWORD = "admin-test-password";

	/** The sample ledger workbook. */
	public static final Path SAMPLE = Path.of("sample-data/xlsx/市交通运输局党建工作台账2025.xlsx");

	@LocalServerPort
	protected int port;

	@Autowired
	protected LedgerUploads uploads;

	@Autowired
	protected Runs runs;

	@Autowired
	protected Accounts accounts;

	/**
	 * A data folder for the application of one test class (called once for each), and,
	 * when the suite runs on PostgreSQL, a database of its own.
	 */
	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		Path dir = createDataDir();
		registry.add("zicha.data-dir", dir::toString);
		if (TestPostgres.allWebTests()) {
			TestPostgres.Database db = TestPostgres.database();
			if (db == null) {
				throw new IllegalStateException("-Dzicha.test.database=postgresql, but " + TestPostgres.absence());
			}
			registry.add("spring.datasource.url", db::url);
			registry.add("spring.datasource.username", db::user);
			registry.add("spring.datasource.password", db::password);
		}
	}

	private static Path createDataDir() {
		try {
			Path target = Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(target, "web-data-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The administrator.
	 * @return the viewer
	 */
	protected static Viewer admin() {
		return new Viewer("admin", Role.ADMIN, null);
	}

	/**
	 * The sample ledger as uploaded.
	 * @return the file
	 */
	protected static UploadedFile sample() {
		try {
			return new UploadedFile(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Make sure the sample ledger is stored (an identical upload changes nothing).
	 */
	protected void storeSample() {
		Preview preview = this.uploads.preview(admin(), List.of(sample()));
		this.uploads.confirm(admin(), preview.token());
	}

	/**
	 * Store the sample ledger and run a check as of a day.
	 * @param asOf the as-of day
	 * @return the run
	 */
	protected StoredRun sampleRun(LocalDate asOf) {
		storeSample();
		return this.runs.start(admin(), asOf, null, null, false);
	}

	/**
	 * A request of a logged-in user of the pages.
	 * @param username the user
	 * @return the request's user
	 */
	protected RequestPostProcessor loggedIn(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(username));
	}

	/**
	 * Create a user unless it exists.
	 * @param username the name
	 * @param role the role
	 * @param org the organisation of a secretary
	 * @return the password
	 */
	protected String user(String username, Role role, String org) {
		String password = username + "-password";
		if (this.accounts.find(username).isEmpty()) {
			this.accounts.create(admin(), username, username, role, org, password);
		}
		return password;
	}

}
