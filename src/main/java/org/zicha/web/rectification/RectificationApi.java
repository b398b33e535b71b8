package org.zicha.web.rectification;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.zicha.web.RunParameter;
import org.zicha.web.ApiErrors;
import org.zicha.web.Viewer;
import org.zicha.web.run.RunViews;

/**
 * The REST API of rectification.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "整改")
class RectificationApi {

	private final Rectifications rectifications;

	private final RunViews runs;

	RectificationApi(Rectifications rectifications, RunViews runs) {
		this.rectifications = rectifications;
		this.runs = runs;
	}

	@Operation(summary = "一次检查的整改台账（按权限范围）：报告的整改行，按序号；其后为本次不再发现的原有整改行（closed）")
	@ApiErrors({ 400, 404 })
	@GetMapping("/runs/{run}/rectification")
	List<Rectification> rows(Viewer viewer, @PathVariable @RunParameter String run) {
		return this.rectifications.rows(viewer, this.runs.runId(run));
	}

	@Operation(summary = "一条整改记录")
	@ApiErrors({ 404 })
	@GetMapping("/rectification/{id}")
	Rectification row(Viewer viewer, @PathVariable long id) {
		return this.rectifications.row(viewer, id);
	}

	@Operation(summary = "修改整改记录：未给出的字段不变，空字符串清空；status 为 未整改 / 整改中 / 已完成 / 已销号（或 OPEN / IN_PROGRESS / DONE / CLOSED）")
	@ApiErrors({ 400, 403, 404 })
	@PatchMapping("/rectification/{id}")
	Rectification update(Viewer viewer, @PathVariable long id, @RequestBody Rectifications.Edit edit) {
		return this.rectifications.update(viewer, id, edit, null, null);
	}

	@Operation(
			summary = "导入填写后的整改台账（multipart 字段 file，xlsx）：本次检查下载的台账按问题编号更新各行；此前检查下载的台账按 check --rectification 的规则接续（已完成的问题再次发现时标为整改不到位）。空白单元格不作更改；有错误时不作任何更改，返回 422 和每处错误（文件、工作表、行、列、值）")
	@ApiErrors({ 400, 403, 404, 413, 422 })
	@PostMapping(path = "/runs/{run}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	WorkbookUpload.Outcome upload(Viewer viewer, @PathVariable @RunParameter String run,
			@RequestPart("file") MultipartFile file) throws IOException {
		return this.rectifications.upload(viewer, this.runs.runId(run), file.getOriginalFilename(), file.getBytes());
	}

	@Operation(summary = "一条整改记录的修改记录")
	@ApiErrors({ 404 })
	@GetMapping("/rectification/{id}/audit")
	List<AuditEntry> audit(Viewer viewer, @PathVariable long id) {
		return this.rectifications.audit(viewer, id);
	}

}
