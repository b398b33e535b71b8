package org.zicha.web.run;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.finding.Severity;
import org.zicha.web.RunParameter;
import org.zicha.web.ApiErrors;
import org.zicha.web.Viewer;

/**
 * The REST API of runs and findings.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "检查与问题")
class RunsApi {

	private final Runs runs;

	private final RunViews views;

	private final RunDownloads downloads;

	RunsApi(Runs runs, RunViews views, RunDownloads downloads) {
		this.runs = runs;
		this.views = views;
		this.downloads = downloads;
	}

	@Operation(summary = "开始一次检查（管理员）：检查已导入的台账；截止日默认今天，期间默认当年1月1日至截止日；"
			+ "截止日比台账最近一项记录晚三个月以上时答复 409，确需检查的，请求中加 \"confirmed\": true")
	@ApiErrors({ 400, 403, 409, 422 })
	@PostMapping("/runs")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<StoredRun> start(Viewer viewer, @RequestBody(required = false) StartRun body) {
		StartRun b = (body != null) ? body : new StartRun(null, null, null, null);
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(this.runs.start(viewer, b.asOf(), b.from(), b.to(), false, Boolean.TRUE.equals(b.confirmed())));
		}
		catch (RunNeedsConfirmation ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					ex.getMessage() + "（确需检查的，请求中加 \"confirmed\": true）");
		}
	}

	@Operation(summary = "撤回一次检查（管理员）：保留记录并标明已撤回，不再计入趋势，不再作为比较对象，也不再是“最近一次检查”")
	@ApiErrors({ 403, 404 })
	@PostMapping("/runs/{id}/withdraw")
	StoredRun withdraw(Viewer viewer, @PathVariable long id, @RequestBody(required = false) Withdraw body) {
		return this.runs.withdraw(viewer, id, (body != null) ? body.reason() : null);
	}

	@Operation(summary = "检查记录，最近的在前")
	@GetMapping("/runs")
	List<StoredRun> runs() {
		return this.views.runs();
	}

	@Operation(summary = "一次检查的概况（按权限范围统计）")
	@ApiErrors({ 400, 404 })
	@GetMapping("/runs/{id}")
	Dashboard run(Viewer viewer, @PathVariable @RunParameter String id) {
		return this.views.dashboard(viewer, this.views.runId(id));
	}

	@Operation(summary = "一次检查发现的问题，可按组织（含下级）、领域、职责、类别、变化（NEW / PERSISTING / RESOLVED）筛选")
	@ApiErrors({ 400, 404 })
	@GetMapping("/runs/{id}/findings")
	List<StoredFinding> findings(Viewer viewer, @PathVariable @RunParameter String id,
			@RequestParam(required = false) String org, @RequestParam(required = false) String area,
			@RequestParam(required = false) String duty, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String change) {
		return this.views.findings(viewer, this.views.runId(id), new FindingFilter(org, area, duty, severity, change));
	}

	@Operation(summary = "一条问题")
	@ApiErrors({ 404 })
	@GetMapping("/findings/{id}")
	StoredFinding finding(Viewer viewer, @PathVariable long id) {
		return this.views.finding(viewer, id);
	}

	@Operation(summary = "下载：json、md、docx、html（报告）或 xlsx（整改台账）")
	@ApiErrors({ 400, 404 })
	@GetMapping("/runs/{id}/download/{format}")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable @RunParameter String id, @PathVariable String format) {
		return RunsPage.attachment(this.downloads.download(viewer, this.views.runId(id), format));
	}

	/**
	 * What a run is asked.
	 *
	 * @param asOf the as-of day, or null for today
	 * @param from the window's first day, or null
	 * @param to the window's last day, or null
	 * @param confirmed true to start although the as-of day lies more than three months
	 * after the ledger's latest event
	 */
	record StartRun(LocalDate asOf, LocalDate from, LocalDate to, Boolean confirmed) {

	}

	/**
	 * Why a run is withdrawn.
	 *
	 * @param reason the reason, required
	 */
	record Withdraw(String reason) {

	}

}
