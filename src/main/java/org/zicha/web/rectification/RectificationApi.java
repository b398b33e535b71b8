package org.zicha.web.rectification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.zicha.web.Viewer;

/**
 * The REST API of rectification.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "整改")
class RectificationApi {

	private final Rectifications rectifications;

	RectificationApi(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@Operation(summary = "一次检查的整改台账（按权限范围）")
	@GetMapping("/runs/{run}/rectification")
	List<Rectification> rows(Viewer viewer, @PathVariable long run) {
		return this.rectifications.rows(viewer, run);
	}

	@Operation(summary = "一条整改记录")
	@GetMapping("/rectification/{id}")
	Rectification row(Viewer viewer, @PathVariable long id) {
		return this.rectifications.row(viewer, id);
	}

	@Operation(summary = "修改整改记录：未给出的字段不变，空字符串清空；status 为 未整改 / 整改中 / 已完成 / 已销号（或 OPEN / IN_PROGRESS / DONE / CLOSED）")
	@PatchMapping("/rectification/{id}")
	Rectification update(Viewer viewer, @PathVariable long id, @RequestBody Rectifications.Edit edit) {
		return this.rectifications.update(viewer, id, edit, null, null);
	}

	@Operation(summary = "一条整改记录的修改记录")
	@GetMapping("/rectification/{id}/audit")
	List<AuditEntry> audit(Viewer viewer, @PathVariable long id) {
		return this.rectifications.audit(viewer, id);
	}

}
