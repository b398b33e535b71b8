package org.zicha.web.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.zicha.web.ApiErrors;
import org.zicha.web.Viewer;

/**
 * The REST API of uploads: preview, confirm, history.
 */
@RestController
@RequestMapping("/api/uploads")
@Tag(name = "台账上传")
class UploadsApi {

	private final LedgerUploads uploads;

	UploadsApi(LedgerUploads uploads) {
		this.uploads = uploads;
	}

	@Operation(summary = "预览上传：读取并校验台账文件（multipart 字段 files，可多个），不保存；无错误时返回 token 用于确认")
	@ApiErrors({ 400, 403, 413, 422 })
	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Preview preview(Viewer viewer, @RequestPart("files") List<MultipartFile> files) {
		Preview preview = this.uploads.preview(viewer, UploadsPage.files(files));
		if (!preview.acceptable()) {
			throw new UploadException(preview);
		}
		return preview;
	}

	@Operation(summary = "确认导入预览过的上传；与已导入文件完全相同时不作更改")
	@ApiErrors({ 400, 403, 422 })
	@PostMapping("/{token}/confirm")
	LedgerUploads.Confirmation confirm(Viewer viewer, @PathVariable String token) {
		return this.uploads.confirm(viewer, token);
	}

	@Operation(summary = "上传记录（支部书记只看本组织的）")
	@GetMapping
	List<UploadRecord> history(Viewer viewer) {
		return this.uploads.history(viewer);
	}

}
