package org.zicha.cli;

/**
 * The outputs {@code check} can write, with their file names.
 */
enum Format {

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

	Format(String fileName) {
		this.fileName = fileName;
	}

	String fileName() {
		return this.fileName;
	}

}
