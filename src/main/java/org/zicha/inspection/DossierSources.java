package org.zicha.inspection;

/**
 * What a dossier reads besides the ledger.
 *
 * @param feedback the feedback workbook of an earlier inspection, or null
 * @param rectification a filled-in rectification ledger (rectification.xlsx), or null
 */
public record DossierSources(InputFile feedback, InputFile rectification) {

	/**
	 * No other source: the dossier of the ledger alone.
	 * @return the sources
	 */
	public static DossierSources none() {
		return new DossierSources(null, null);
	}

}
