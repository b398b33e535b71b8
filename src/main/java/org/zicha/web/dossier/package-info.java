/**
 * The evidence dossier (佐证目录) for a chosen window, with the earlier inspection's feedback
 * workbook as an upload: for administrators and inspectors.
 */
package org.zicha.web.dossier;
