package org.zicha.web.run;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.ledger.LedgerException;
import org.zicha.report.ReportPage;
import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleFailure;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectifications;

/**
 * The dashboard, the runs, one run with its report and downloads.
 */
@Controller
class RunsPage {

	private final Runs runs;

	private final RunViews views;

	private final RunDownloads downloads;

	private final Rectifications rectifications;

	RunsPage(Runs runs, RunViews views, RunDownloads downloads, Rectifications rectifications) {
		this.runs = runs;
		this.views = views;
		this.downloads = downloads;
		this.rectifications = rectifications;
	}

	@GetMapping("/")
	String dashboard(Viewer viewer, @RequestParam(required = false) Long run, Model model) {
		Long id = (run != null) ? run : this.views.latest().map(StoredRun::id).orElse(null);
		if (id != null) {
			model.addAttribute("dashboard", this.views.dashboard(viewer, id));
			if (!viewer.seesAll()) {
				model.addAttribute("orgName", this.views.tree(id).name(viewer.orgId()));
			}
		}
		model.addAttribute("runs", this.views.runs());
		return "dashboard";
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("runs", this.views.runs());
		return "runs";
	}

	@PostMapping("/runs")
	String start(Viewer viewer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "false") boolean notify, RedirectAttributes redirect) {
		try {
			StoredRun run = this.runs.start(viewer, asOf, from, to, false, confirmed, notify);
			redirect.addFlashAttribute("message", "检查完成：第" + run.id() + "次检查（截至" + run.asOf() + "）");
			return "redirect:/runs/" + run.id();
		}
		catch (RunNeedsConfirmation ex) {
			redirect.addFlashAttribute("confirm", new PendingStart(ex.getMessage(), ex.asOf(), from, to, notify));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (LedgerException ex) {
			redirect.addFlashAttribute("error", "台账有 " + ex.problems().size() + " 处错误，未进行检查：\n"
					+ String.join("\n", ex.problems().stream().limit(50).map(Object::toString).toList()));
		}
		catch (RuleBookException ex) {
			redirect.addFlashAttribute("error", "规则有错误，未进行检查：\n" + ex.getMessage());
		}
		catch (RuleFailure ex) {
			redirect.addFlashAttribute("error", "检查中断：" + ex.describe());
		}
		return "redirect:/runs";
	}

	/**
	 * A run: its figures, downloads and drafted report, rendered from the report's own
	 * templates inside the page (for a branch secretary, the bulletin of their subtree).
	 */
	@GetMapping("/runs/{id}")
	String run(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("dashboard", this.views.dashboard(viewer, id));
		model.addAttribute("warnings", this.views.warnings(id));
		ReportPage page = null;
		try {
			page = this.rectifications.draft(viewer, id).page();
		}
		catch (ResponseStatusException ex) {
			model.addAttribute("noDraft", ex.getReason());
		}
		model.addAttribute("page", page);
		return "run";
	}

	/**
	 * Withdraw a run (administrators): kept and marked 已撤回, left out of the trend, the
	 * baselines and "the latest run".
	 */
	@PostMapping("/runs/{id}/withdraw")
	String withdraw(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.runs.withdraw(viewer, id, reason);
			redirect.addFlashAttribute("message", "第" + id + "次检查已撤回：此后不计入趋势，不作为比较对象");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	@GetMapping("/runs/{id}/download/{format}")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable long id, @PathVariable String format) {
		return attachment(this.downloads.download(viewer, id, format));
	}

	static ResponseEntity<byte[]> attachment(RunDownloads.Download d) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, d.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(d.content());
	}

	/**
	 * A run that asks to be confirmed, with what was asked, for the page's confirmation
	 * form.
	 *
	 * @param message why it asks
	 * @param asOf the as-of day
	 * @param from the window's first day asked, or null
	 * @param to the window's last day asked, or null
	 * @param notifying whether the run was to notify the branches
	 */
	record PendingStart(String message, LocalDate asOf, LocalDate from, LocalDate to, boolean notifying) {

	}

	static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

}
