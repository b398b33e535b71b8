package org.zicha.web.rectification;

import java.util.List;

/**
 * An uploaded rectification workbook that was not taken: every problem, each naming the
 * file, sheet, row, column and value. Nothing was changed.
 */
public class WorkbookUploadException extends RuntimeException {

	private final List<String> problems;

	WorkbookUploadException(List<String> problems) {
		super("整改台账有 " + problems.size() + " 处问题，未导入");
		this.problems = List.copyOf(problems);
	}

	/**
	 * What is wrong.
	 * @return every problem
	 */
	public List<String> problems() {
		return this.problems;
	}

}
