package org.zicha.web.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.zicha.inspection.InputFile;
import org.zicha.inspection.WorkbookException;
import org.zicha.ledger.LedgerException;
import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleFailure;
import org.zicha.web.Viewer;

/**
 * The dossier page: choose the window (the years since the last tour), upload the earlier
 * feedback workbook if there is one, and download the dossier's workbook, document or
 * JSON.
 */
@Controller
class DossierPage {

	private final DossierDownloads downloads;

	private final Clock clock;

	DossierPage(DossierDownloads downloads, Clock clock) {
		this.downloads = downloads;
		this.clock = clock;
	}

	@GetMapping("/dossier")
	String page(Viewer viewer, Model model) {
		DossierDownloads.requireAll(viewer);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("from", today.minusYears(2).withDayOfYear(1));
		model.addAttribute("to", today.withDayOfMonth(1).minusDays(1));
		return "dossier";
	}

	@PostMapping("/dossier")
	Object dossier(Viewer viewer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) MultipartFile feedback,
			Model model, HttpServletResponse response) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("asOf", asOf);
		try {
			return attachment(this.downloads.dossier(viewer, from, to, asOf, file(feedback), format));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (WorkbookException ex) {
			model.addAttribute("error", ex.document() + "有 " + ex.problems().size() + " 处错误，未生成佐证目录。请更正后重新上传：");
			model.addAttribute("problems", ex.problems());
		}
		catch (LedgerException ex) {
			model.addAttribute("error", "台账有 " + ex.problems().size() + " 处错误，未生成佐证目录：");
			model.addAttribute("problems", ex.problems().stream().limit(200).toList());
		}
		catch (RuleBookException ex) {
			model.addAttribute("error", "规则有错误，未生成佐证目录：\n" + ex.getMessage());
		}
		catch (RuleFailure ex) {
			model.addAttribute("error", "检查中断，未生成佐证目录：" + ex.describe());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "dossier";
	}

	@GetMapping("/dossier/feedback-template")
	ResponseEntity<byte[]> template(Viewer viewer) {
		return attachment(this.downloads.feedbackTemplate(viewer));
	}

	private static InputFile file(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
					? file.getOriginalFilename() : "巡视反馈问题整改情况表.xlsx";
			return new InputFile(name, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<byte[]> attachment(DossierDownloads.Download d) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, d.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(d.content());
	}

}
