package org.zicha.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.web.rectification.AuditEntry;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.rectification.Status;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application on a real PostgreSQL server with the {@code postgresql} profile the
 * README offers (its {@code ZICHA_DB_URL}, {@code ZICHA_DB_USER} and
 * {@code ZICHA_DB_PASSWORD}): the migrations, an upload by the pages, a run, the findings
 * and rows of a secretary's scope, a rectification row changed and its audit log, two
 * runs started at once and a withdrawn run. Skipped, with a notice, where PostgreSQL is
 * not installed.
 */
@ActiveProfiles("postgresql")
@EnabledIf(value = "org.zicha.web.TestPostgres#available",
		disabledReason = "PostgreSQL is not installed (see the NOTICE above, and README: the tests on PostgreSQL)")
class PostgresTests extends WebTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	RunViews views;

	@Autowired
	Rectifications rectifications;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.Database db = TestPostgres.database();
		if (db != null) {
			registry.add("ZICHA_DB_URL", db::url);
			registry.add("ZICHA_DB_USER", db::user);
			registry.add("ZICHA_DB_PASSWORD", db::password);
		}
	}

	@Test
	void theMigrationsRunOnPostgresql() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL ");
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).contains("1", "2", "6");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM run_lock").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLedgerUploadedByThePagesIsRunAndARowRectifiedAndAudited() throws Exception {
		this.mvc
			.perform(multipart("/uploads/preview")
				.file(new MockMultipartFile("files", sample().name(), "application/octet-stream", sample().content()))
				.with(loggedIn("admin"))
				.with(csrf()))
			.andExpect(status().isOk());
		storeSample();
		StoredRun run = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		assertThat(this.views.findings(admin(), run.id(), FindingFilter.NONE)).hasSize(74);
		assertThat(this.views.exempted(admin(), run.id())).hasSize(2);

		user("pg-secretary-b1", Role.SECRETARY, "B1");
		Viewer b1 = new Viewer("pg-secretary-b1", Role.SECRETARY, "B1");
		List<StoredFinding> own = this.views.findings(b1, run.id(), FindingFilter.NONE);
		assertThat(own).isNotEmpty().extracting(StoredFinding::orgId).allMatch((org) -> org.startsWith("B1"));
		assertThat(own).hasSize((int) this.views.findings(admin(), run.id(), FindingFilter.NONE)
			.stream()
			.filter((f) -> f.orgId() != null && f.orgId().startsWith("B1"))
			.count());
		String page = this.mvc.perform(get("/findings").param("run", "" + run.id()).with(loggedIn("pg-secretary-b1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("机关第一党支部").doesNotContain("公路建设养护党支部");

		Rectification row = this.rectifications.rows(b1, run.id()).get(0);
		Rectification b4 = this.rectifications.rows(admin(), run.id())
			.stream()
			.filter((r) -> "B4".equals(r.orgId()))
			.findFirst()
			.orElseThrow();
		this.rectifications.update(b1, row.id(),
				new Rectifications.Edit("整改中", "张三", LocalDate.of(2026, 1, 31), "已制定整改方案", null, null, null), null,
				null);
		assertThat(this.rectifications.row(admin(), row.id()).state().status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(this.rectifications.audit(admin(), row.id())).extracting(AuditEntry::field)
			.containsExactlyInAnyOrder("整改状态", "责任人", "整改时限", "整改进展");
		assertThat(this.rectifications.audit(admin(), row.id())).extracting(AuditEntry::by)
			.containsOnly("pg-secretary-b1");
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> this.rectifications.update(b1, b4.id(),
					new Rectifications.Edit("DONE", null, null, null, null, null, null), null, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
		this.mvc
			.perform(post("/rectification/" + b4.id()).param("status", "DONE")
				.with(loggedIn("pg-secretary-b1"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.rectifications.row(admin(), b4.id()).state()).isEqualTo(b4.state());
	}

	@Test
	void twoRunsStartedAtOnceAreSerialisedAndAWithdrawnRunLeavesTheBaseline() throws Exception {
		storeSample();
		Long before = this.views.latest().map(StoredRun::id).orElse(null);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<StoredRun> stored = new ArrayList<>();
		try {
			List<Future<StoredRun>> started = List.of(
					pool.submit(() -> this.runs.start(admin(), LocalDate.of(2025, 11, 30), null, null, false)),
					pool.submit(() -> this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false)));
			for (Future<StoredRun> f : started) {
				stored.add(f.get(5, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		stored.sort(Comparator.comparingLong(StoredRun::id));
		assertThat(stored.get(0).previousRunId()).isEqualTo(before);
		assertThat(stored.get(1).previousRunId()).isEqualTo(stored.get(0).id());

		StoredRun withdrawn = this.runs.withdraw(admin(), stored.get(1).id(), "重复检查");
		assertThat(withdrawn.withdrawal().reason()).isEqualTo("重复检查");
		assertThat(this.views.latest()).get().extracting(StoredRun::id).isEqualTo(stored.get(0).id());
		StoredRun next = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		assertThat(next.previousRunId()).isEqualTo(stored.get(0).id());
	}

}
