/**
 * The evidence dossier (佐证目录) an inspection team is handed: for every duty, organisation
 * and period the ledger records that prove it was met, or the finding that it was missed
 * with its rectification, the approved exemptions and the follow-up of an earlier
 * inspection's feedback; and its writers (dossier.xlsx, dossier.docx, dossier.json) and
 * the feedback workbook (its template and reader).
 */
package org.zicha.dossier;
