package org.zicha.web.rectification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.web.Viewer;

/**
 * The rectification ledger of a run (its rows, then the earlier rows it no longer finds),
 * the upload of a filled-in rectification.xlsx, and one row with its form and audit log.
 */
@Controller
class RectificationPage {

	private final Rectifications rectifications;

	RectificationPage(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@GetMapping("/rectification")
	String list(Viewer viewer, @RequestParam(required = false) Long run, @RequestParam(required = false) String status,
			Model model) {
		rows(viewer, run, status, model);
		return "rectification";
	}

	private void rows(Viewer viewer, Long run, String status, Model model) {
		Long id = (run != null) ? run : this.rectifications.latestRun().orElse(null);
		model.addAttribute("run", id);
		model.addAttribute("runs", this.rectifications.runs());
		List<Rectification> rows = (id != null) ? this.rectifications.rows(viewer, id) : List.of();
		if (status != null && !status.isBlank()) {
			Status s = Status.parse(status);
			rows = rows.stream().filter((r) -> r.state().status() == s).toList();
		}
		model.addAttribute("rows", rows.stream().filter((r) -> !r.closed()).toList());
		model.addAttribute("closedRows", rows.stream().filter(Rectification::closed).toList());
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("today", LocalDate.now());
	}

	/**
	 * An uploaded, filled-in rectification.xlsx taken into a run's rows.
	 */
	@PostMapping("/rectification/upload")
	String upload(Viewer viewer, @RequestParam long run, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		redirect.addAttribute("run", run);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "请选择填写后的整改台账文件（xlsx）");
			return "redirect:/rectification";
		}
		try {
			WorkbookUpload.Outcome outcome = this.rectifications.upload(viewer, run, file.getOriginalFilename(),
					file.getBytes());
			redirect.addFlashAttribute("message", outcome.message());
			redirect.addFlashAttribute("warnings", outcome.warnings());
		}
		catch (WorkbookUploadException ex) {
			redirect.addFlashAttribute("error", ex.getMessage() + "：\n" + String.join("\n", ex.problems()));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/rectification";
	}

	@GetMapping("/rectification/{id}")
	String row(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("r", this.rectifications.row(viewer, id));
		model.addAttribute("audit", this.rectifications.audit(viewer, id));
		model.addAttribute("statuses", Status.values());
		return "rectification-row";
	}

	@PostMapping("/rectification/{id}")
	String update(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String responsible,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) String progress, @RequestParam(required = false) String evidenceText,
			@RequestParam(required = false) String remark,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) String target, @RequestParam(required = false) String leader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
			@RequestParam(required = false) MultipartFile evidenceFile, RedirectAttributes redirect) {
		try {
			byte[] bytes = (evidenceFile != null && !evidenceFile.isEmpty()) ? evidenceFile.getBytes() : null;
			this.rectifications.update(viewer, id,
					new Rectifications.Edit(status, responsible, deadline, progress, evidenceText, remark, doneOn,
							target, leader, closedOn),
					(evidenceFile != null) ? evidenceFile.getOriginalFilename() : null, bytes);
			redirect.addFlashAttribute("message", "已保存");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/rectification/" + id;
	}

	@GetMapping("/rectification/{id}/evidence")
	ResponseEntity<byte[]> evidence(Viewer viewer, @PathVariable long id) {
		Rectification row = this.rectifications.row(viewer, id);
		byte[] content = this.rectifications.evidence(viewer, id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(row.state().evidenceFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

}
