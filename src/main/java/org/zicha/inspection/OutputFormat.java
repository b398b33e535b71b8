package org.zicha.inspection;

/**
 * The outputs of a run, with their file names.
 */
public enum OutputFormat {

	/** findings.json, the contract. */
	JSON("findings.json"),
	/** The drafted report as Markdown. */
	MD("report.md"),
	/** The drafted report as an official-document Word file. */
	DOCX("report.docx"),
	/** The rectification ledger (整改台账). */
	XLSX("rectification.xlsx"),
	/** One self-contained page with charts and a findings table. */
	HTML("report.html");

	private final String fileName;

	OutputFormat(String fileName) {
		this.fileName = fileName;
	}

	/**
	 * The output's file name.
	 * @return the name
	 */
	public String fileName() {
		return this.fileName;
	}

}
