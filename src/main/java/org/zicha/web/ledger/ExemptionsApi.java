package org.zicha.web.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.zicha.web.ApiErrors;
import org.zicha.web.Viewer;

/**
 * The REST API of exemptions awaiting approval.
 */
@RestController
@RequestMapping("/api/exemptions")
@Tag(name = "台账上传")
class ExemptionsApi {

	private final ExemptionReviews reviews;

	ExemptionsApi(ExemptionReviews reviews) {
		this.reviews = reviews;
	}

	@Operation(summary = "待审批的例外：支部书记上传的例外经管理员或检查人员批准前不在检查中适用（支部书记只看本组织上传的）")
	@GetMapping("/pending")
	List<ExemptionReviews.Review> pending(Viewer viewer) {
		return this.reviews.pending(viewer);
	}

	@Operation(summary = "批准一条例外（管理员或检查人员）：此后的检查予以适用")
	@ApiErrors({ 403, 404, 409 })
	@PostMapping("/{id}/approve")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void approve(Viewer viewer, @PathVariable long id) {
		this.reviews.approve(viewer, id);
	}

}
