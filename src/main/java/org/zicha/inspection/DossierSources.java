package org.zicha.inspection;

/**
 * What a dossier reads besides the ledger (a filled-in rectification ledger comes with
 * the options, {@link InspectionOptions#rectification()}, as for a check).
 *
 * @param feedback the feedback workbook of an earlier inspection, or null
 */
public record DossierSources(InputFile feedback) {

	/**
	 * No other source: the dossier of the ledger alone.
	 * @return the sources
	 */
	public static DossierSources none() {
		return new DossierSources(null);
	}

}
