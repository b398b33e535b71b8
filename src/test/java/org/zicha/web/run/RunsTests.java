package org.zicha.web.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.zicha.web.WebTestSupport;
import org.zicha.web.ZichaApplication;
import org.zicha.web.account.Accounts;
import org.zicha.web.ledger.LedgerUploads;

import static org.assertj.core.api.Assertions.assertThat;

class RunsTests extends WebTestSupport {

	@Autowired
	RunViews views;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRunIsStoredWithItsFindingsStatsDigestsAndWhoAndWhen() {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		assertThat(run.startedBy()).isEqualTo("admin");
		assertThat(run.scheduled()).isFalse();
		assertThat(run.from()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(run.rulesDigest()).hasSize(64);
		assertThat(run.dataDigest()).hasSize(64);
		assertThat(run.rulesOrigin()).isEqualTo("内置规则");
		List<StoredFinding> found = this.views.findings(admin(), run.id(), FindingFilter.NONE);
		assertThat(found).hasSize(74);
		assertThat(this.views.exempted(admin(), run.id())).hasSize(2);
		assertThat(this.views.ranking(admin(), run.id())).extracting(Dashboard.Rate::orgId).contains("B1", "B4");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM run_output WHERE run_id = ?")
			.param(run.id())
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM run_file WHERE run_id = ?")
			.param(run.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRunIsComparedWithThePreviousOne() {
		StoredRun november = sampleRun(LocalDate.of(2025, 11, 30));
		StoredRun december = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		assertThat(december.previousRunId()).isEqualTo(november.id());
		Dashboard d = this.views.dashboard(admin(), december.id());
		List<StoredFinding> fresh = this.views.findings(admin(), december.id(),
				new FindingFilter(null, null, null, null, "NEW"));
		List<StoredFinding> persisting = this.views.findings(admin(), december.id(),
				new FindingFilter(null, null, null, null, "PERSISTING"));
		List<StoredFinding> resolved = this.views.findings(admin(), december.id(),
				new FindingFilter(null, null, null, null, "RESOLVED"));
		assertThat(fresh).isNotEmpty();
		assertThat(persisting).isNotEmpty();
		assertThat(fresh.size() + persisting.size()).isEqualTo(74);
		List<String> before = this.views.findings(admin(), november.id(), FindingFilter.NONE)
			.stream()
			.map(StoredFinding::key)
			.toList();
		assertThat(persisting).extracting(StoredFinding::key).allMatch(before::contains);
		assertThat(fresh).extracting(StoredFinding::key).noneMatch(before::contains);
		assertThat(resolved).extracting(StoredFinding::key).allMatch(before::contains);
		assertThat(d.changes()).containsEntry("新增", (long) fresh.size()).containsEntry("已解决", (long) resolved.size());
		assertThat(d.trend()).extracting(Dashboard.TrendPoint::runId).contains(november.id(), december.id());
	}

	@Test
	void theMonthlyRunChecksAsOfTheLastDayOfThePreviousMonth() {
		storeSample();
		Clock firstOfJanuary = Clock.fixed(Instant.parse("2026-01-01T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
		StoredRun run = new MonthlyRun(this.runs, firstOfJanuary).run();
		assertThat(run.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(run.from()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(run.to()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(run.scheduled()).isTrue();
		assertThat(run.startedBy()).isEqualTo("定时任务");
		assertThat(this.views.latest()).get().extracting(StoredRun::id).isEqualTo(run.id());
		Clock midMarch = Clock.fixed(Instant.parse("2025-03-15T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
		assertThat(new MonthlyRun(this.runs, midMarch).run().asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void storedRunsSurviveARestartOverTheSameDatabaseFile() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "restart-").toAbsolutePath();
		String[] args = { "--server.port=0", "--zicha.data-dir=" + dir, "--zicha.admin-password=first-password",
				"--zicha.schedule.enabled=false" };
		long runId;
		try (ConfigurableApplicationContext first = ZichaApplication.start(args)) {
			LedgerUploads uploads = first.getBean(LedgerUploads.class);
			uploads.confirm(admin(), uploads.preview(admin(), List.of(sample())).token());
			runId = first.getBean(Runs.class).start(admin(), LocalDate.of(2025, 12, 31), null, null, false).id();
		}
		assertThat(dir.resolve("zicha.mv.db")).isRegularFile();
		args[2] = "--zicha.admin-password=another-password";
		try (ConfigurableApplicationContext second = ZichaApplication.start(args)) {
			RunViews views = second.getBean(RunViews.class);
			assertThat(views.runs()).extracting(StoredRun::id).containsExactly(runId);
			assertThat(views.findings(admin(), runId, FindingFilter.NONE)).hasSize(74);
			assertThat(second.getBean(LedgerUploads.class).stored()).get()
				.satisfies((s) -> assertThat(s.files()).hasSize(1));
			Accounts accounts = second.getBean(Accounts.class);
			assertThat(accounts.count()).isEqualTo(1);
			assertThat(accounts.loadUserByUsername("admin").getPassword()).startsWith("$2");
		}
	}

}
