package org.zicha.web.ledger;

/**
 * An upload that cannot be confirmed, with its preview listing every problem.
 */
public class UploadException extends RuntimeException {

	private final transient Preview preview;

	UploadException(Preview preview) {
		super("台账有 " + preview.errorCount() + " 处问题，未导入");
		this.preview = preview;
	}

	/**
	 * The preview with the problems.
	 * @return the preview
	 */
	public Preview preview() {
		return this.preview;
	}

}
