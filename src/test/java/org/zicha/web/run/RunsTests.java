package org.zicha.web.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.WebTestSupport;
import org.zicha.web.ZichaApplication;
import org.zicha.web.account.Accounts;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RunsTests extends WebTestSupport {

	@Autowired
	RunViews views;

	@Autowired
	Rectifications rectifications;

	@Autowired
	MockMvc mvc;

	private static final String CONFIRM_APRIL = "检查截止日（2026-04-01）比台账中最近一项活动、党费或谈话记录（2025-12-22）晚三个月以上，"
			+ "检查结果将把此后各项工作均列为未开展。请核对截止日，或先导入最新台账；确需按此截止日检查的，请确认后再开始";

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
	void concurrentStartsAreSerialisedEachRunComparedWithTheOneBefore() throws Exception {
		storeSample();
		Long before = this.views.latest().map(StoredRun::id).orElse(null);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<StoredRun>> started = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				started.add(pool.submit(() -> this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false)));
			}
			List<StoredRun> stored = new ArrayList<>();
			for (Future<StoredRun> f : started) {
				stored.add(f.get(5, TimeUnit.MINUTES));
			}
			stored.sort(Comparator.comparingLong(StoredRun::id));
			assertThat(stored.get(0).previousRunId()).isEqualTo(before);
			for (int i = 1; i < stored.size(); i++) {
				assertThat(stored.get(i).previousRunId()).isEqualTo(stored.get(i - 1).id());
			}
			// the same ledger and rules: each later run finds the same problems again,
			// all persisting
			StoredRun last = stored.get(stored.size() - 1);
			assertThat(this.views.findings(admin(), last.id(), new FindingFilter(null, null, null, null, "PERSISTING")))
				.hasSize(74);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWithdrawnRunIsKeptMarkedAndLeftOutOfTheTrendTheBaselinesAndTheLatest() {
		StoredRun december = sampleRun(LocalDate.of(2025, 12, 31));
		// a run as of a wrong day: it no longer finds December's problems, and marks
		// their rows resolved
		StoredRun mistaken = this.runs.start(admin(), LocalDate.of(2025, 11, 30), null, null, false);
		assertThat(mistaken.previousRunId()).isEqualTo(december.id());
		List<Rectification> resolved = this.rectifications.rows(admin(), december.id())
			.stream()
			.filter((r) -> Long.valueOf(mistaken.id()).equals(r.resolvedByRun()))
			.toList();
		assertThat(resolved).isNotEmpty();
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> this.runs.withdraw(new Viewer("inspector", Role.INSPECTOR, null), mistaken.id(), "有误"))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		assertThatIllegalArgumentException().isThrownBy(() -> this.runs.withdraw(admin(), mistaken.id(), "  "))
			.withMessage("请填写撤回的理由");

		StoredRun withdrawn = this.runs.withdraw(admin(), mistaken.id(), "截止日选错，应为12月31日");

		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.withdrawal().by()).isEqualTo("admin");
		assertThat(withdrawn.withdrawal().reason()).isEqualTo("截止日选错，应为12月31日");
		assertThat(this.views.runs()).extracting(StoredRun::id).contains(mistaken.id());
		assertThat(this.views.findings(admin(), mistaken.id(), FindingFilter.NONE)).isNotEmpty();
		assertThat(this.views.latest()).get().extracting(StoredRun::id).isEqualTo(december.id());
		assertThat(this.views.dashboard(admin(), december.id()).trend()).extracting(Dashboard.TrendPoint::runId)
			.contains(december.id())
			.doesNotContain(mistaken.id());
		for (Rectification r : resolved) {
			assertThat(this.rectifications.row(admin(), r.id()).resolvedByRun()).isNull();
			assertThat(this.rectifications.audit(admin(), r.id())).first()
				.satisfies((a) -> assertThat(a.after()).isEqualTo("第" + mistaken.id() + "次检查已撤回，恢复为仍存在"));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.runs.withdraw(admin(), mistaken.id(), "再次撤回"))
			.withMessage("第" + mistaken.id() + "次检查已于此前撤回");

		StoredRun again = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		assertThat(again.previousRunId()).isEqualTo(december.id());
		assertThat(this.views.findings(admin(), again.id(), new FindingFilter(null, null, null, null, "RESOLVED")))
			.isEmpty();
		assertThat(this.views.findings(admin(), again.id(), new FindingFilter(null, null, null, null, "PERSISTING")))
			.hasSize(74);
	}

	@Test
	void aRunMoreThanThreeMonthsAfterTheLedgersLatestEventAsksToBeConfirmed() {
		storeSample();
		// the sample's latest activity, payment or talk is on 22 December 2025
		int before = this.views.runs().size();
		StoredRun boundary = this.runs.start(admin(), LocalDate.of(2026, 3, 22), null, null, false);
		assertThat(boundary.asOf()).isEqualTo(LocalDate.of(2026, 3, 22));
		assertThatExceptionOfType(RunNeedsConfirmation.class)
			.isThrownBy(() -> this.runs.start(admin(), LocalDate.of(2026, 3, 23), null, null, false))
			.withMessage("检查截止日（2026-03-23）比台账中最近一项活动、党费或谈话记录（2025-12-22）晚三个月以上，检查结果将把此后各项工作均列为未开展。"
					+ "请核对截止日，或先导入最新台账；确需按此截止日检查的，请确认后再开始");
		assertThat(this.views.runs()).hasSize(before + 1);
		StoredRun confirmed = this.runs.start(admin(), LocalDate.of(2026, 3, 23), null, null, false, true);
		assertThat(confirmed.asOf()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(confirmed.previousRunId()).isEqualTo(boundary.id());
		// the monthly schedule does not ask
		Clock july = Clock.fixed(Instant.parse("2026-07-01T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
		assertThat(new MonthlyRun(this.runs, july).run().asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void theRunsPageAndApiAskToConfirmAndAnAdministratorWithdrawsARunThere() throws Exception {
		storeSample();
		int before = this.views.runs().size();
		this.mvc.perform(post("/runs").param("asOf", "2026-04-01").with(page("admin")).with(csrf()))
			.andExpect(redirectedUrl("/runs"))
			.andExpect(flash().attribute("confirm",
					new RunsPage.PendingStart(CONFIRM_APRIL, LocalDate.of(2026, 4, 1), null, null, false)))
			.andReturn();
		String page = this.mvc
			.perform(get("/runs")
				.flashAttr("confirm",
						new RunsPage.PendingStart(CONFIRM_APRIL, LocalDate.of(2026, 4, 1), null, null, false))
				.with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(CONFIRM_APRIL)
			.contains("id=\"confirm-run\"")
			.contains("name=\"confirmed\" value=\"true\"")
			.contains("确认按截止日2026-04-01检查");
		this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"2026-04-01\"}")
				.with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("与当前状态冲突"))
			.andExpect(jsonPath("$.detail").value(CONFIRM_APRIL + "（确需检查的，请求中加 \"confirmed\": true）"));
		assertThat(this.views.runs()).hasSize(before);
		String location = this.mvc.perform(
				post("/runs").param("asOf", "2026-04-01").param("confirmed", "true").with(page("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/runs/".length()));
		assertThat(this.views.run(id).asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
		this.mvc
			.perform(post("/api/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"2026-04-01\", \"confirmed\": true}")
				.with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isCreated());

		this.mvc.perform(post("/runs/" + id + "/withdraw").param("reason", "截止日有误").with(page("admin")).with(csrf()))
			.andExpect(redirectedUrl("/runs/" + id))
			.andExpect(flash().attribute("message", "第" + id + "次检查已撤回：此后不计入趋势，不作为比较对象"));
		assertThat(this.mvc.perform(get("/runs/" + id).with(page("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("（已撤回）")
			.contains("由admin撤回，理由：截止日有误。")
			.doesNotContain("id=\"withdraw-run\"");
		assertThat(this.mvc.perform(get("/runs").with(page("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("已撤回");
		this.mvc
			.perform(post("/api/runs/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"再次\"}")
				.with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest());
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

	private RequestPostProcessor page(String username) {
		return loggedIn(username);
	}

}
