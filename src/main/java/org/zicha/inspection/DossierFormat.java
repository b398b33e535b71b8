package org.zicha.inspection;

/**
 * The outputs of a dossier, with their file names.
 */
public enum DossierFormat {

	/** The evidence dossier as a workbook (佐证目录). */
	XLSX("dossier.xlsx"),
	/** Its summary as an official-document Word file. */
	DOCX("dossier.docx"),
	/** Its figures and entries as JSON. */
	JSON("dossier.json");

	private final String fileName;

	DossierFormat(String fileName) {
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
