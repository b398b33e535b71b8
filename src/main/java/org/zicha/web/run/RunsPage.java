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
import org.zicha.rules.RuleBookException;
import org.zicha.web.Viewer;

/**
 * The dashboard, the runs, one run with its report and downloads.
 */
@Controller
class RunsPage {

	private final Runs runs;

	private final RunViews views;

	private final RunDownloads downloads;

	RunsPage(Runs runs, RunViews views, RunDownloads downloads) {
		this.runs = runs;
		this.views = views;
		this.downloads = downloads;
	}

	@GetMapping("/")
	String dashboard(Viewer viewer, @RequestParam(required = false) Long run, Model model) {
		Long id = (run != null) ? run : this.views.latest().map(StoredRun::id).orElse(null);
		if (id != null) {
			model.addAttribute("dashboard", this.views.dashboard(viewer, id));
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
			RedirectAttributes redirect) {
		try {
			StoredRun run = this.runs.start(viewer, asOf, from, to, false);
			redirect.addFlashAttribute("message", "检查完成：第" + run.id() + "次检查（截至" + run.asOf() + "）");
			return "redirect:/runs/" + run.id();
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
		return "redirect:/runs";
	}

	@GetMapping("/runs/{id}")
	String run(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("dashboard", this.views.dashboard(viewer, id));
		model.addAttribute("exempted", this.views.exempted(viewer, id));
		model.addAttribute("warnings", this.views.warnings(id));
		return "run";
	}

	@GetMapping("/runs/{id}/report.html")
	ResponseEntity<byte[]> report(Viewer viewer, @PathVariable long id) {
		RunDownloads.Download d = this.downloads.download(viewer, id, "html");
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, d.contentType()).body(d.content());
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

	static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

}
