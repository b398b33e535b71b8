package org.zicha.web.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.zicha.web.OrgTree;
import org.zicha.web.Viewer;
import org.zicha.web.run.RunViews;

/**
 * The upload page: choose files, see the preview, confirm; the history of uploads; the
 * exemptions awaiting approval, approved here by an administrator or an inspector.
 */
@Controller
class UploadsPage {

	private final LedgerUploads uploads;

	private final RunViews runs;

	private final ExemptionReviews reviews;

	UploadsPage(LedgerUploads uploads, RunViews runs, ExemptionReviews reviews) {
		this.uploads = uploads;
		this.runs = runs;
		this.reviews = reviews;
	}

	@ModelAttribute("pendingExemptions")
	List<ExemptionReviews.Review> pendingExemptions(Viewer viewer) {
		return this.reviews.pending(viewer);
	}

	/**
	 * The files in use and the history of uploads, each organisation named as the latest
	 * run names it.
	 */
	private void listing(Viewer viewer, Model model) {
		model.addAttribute("history", this.uploads.history(viewer));
		model.addAttribute("activeFiles", this.uploads.activeFiles(viewer));
		model.addAttribute("orgNames",
				this.runs.latest().map((r) -> this.runs.tree(r.id())).orElseGet(() -> new OrgTree(List.of())));
	}

	@GetMapping("/uploads")
	String page(Viewer viewer, Model model) {
		listing(viewer, model);
		return "uploads";
	}

	@PostMapping("/uploads/exemptions/{id}/approve")
	String approve(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		this.reviews.approve(viewer, id);
		redirect.addFlashAttribute("message", "已批准该例外，此后的检查予以适用");
		return "redirect:/uploads";
	}

	@PostMapping("/uploads/preview")
	String preview(Viewer viewer, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model) {
		Preview preview = this.uploads.preview(viewer, files(files));
		model.addAttribute("preview", preview);
		listing(viewer, model);
		return "uploads";
	}

	@PostMapping("/uploads/confirm")
	String confirm(Viewer viewer, @RequestParam String token, Model model, RedirectAttributes redirect) {
		try {
			LedgerUploads.Confirmation done = this.uploads.confirm(viewer, token);
			redirect.addFlashAttribute("message", done.message());
			return "redirect:/uploads";
		}
		catch (UploadException ex) {
			model.addAttribute("preview", ex.preview());
			model.addAttribute("error", ex.getMessage());
			listing(viewer, model);
			return "uploads";
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/uploads";
		}
	}

	@PostMapping("/uploads/files/{id}/remove")
	String remove(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", this.uploads.remove(viewer, id));
		return "redirect:/uploads";
	}

	static List<UploadedFile> files(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((f) -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty()))
			.map((f) -> {
				try {
					return new UploadedFile(f.getOriginalFilename(), f.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.toList();
	}

}
