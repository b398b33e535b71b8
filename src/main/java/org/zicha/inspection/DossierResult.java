package org.zicha.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.zicha.dossier.Dossier;
import org.zicha.dossier.DossierDocument;
import org.zicha.dossier.DossierJson;
import org.zicha.dossier.DossierWorkbook;
import org.zicha.dossier.FollowUp;
import org.zicha.dossier.ProblemStatus;
import org.zicha.dossier.Progress;

/**
 * The evidence dossier of a window, ready to be written, with the figures a front end
 * prints about it.
 */
public final class DossierResult {

	private final Dossier dossier;

	private final InspectionResult inspection;

	DossierResult(Dossier dossier, InspectionResult inspection) {
		this.dossier = dossier;
		this.inspection = inspection;
	}

	/**
	 * The check the dossier was made from: its findings document and report.
	 * @return the inspection's result
	 */
	public InspectionResult inspection() {
		return this.inspection;
	}

	/**
	 * Write one output.
	 * @param format which
	 * @param out where to
	 * @throws IOException when it cannot be written
	 */
	public void write(DossierFormat format, OutputStream out) throws IOException {
		switch (format) {
			case XLSX -> new DossierWorkbook().write(this.dossier, out);
			case DOCX -> new DossierDocument().write(this.dossier, out);
			case JSON -> new DossierJson().write(this.dossier, out);
		}
	}

	/**
	 * The window in words.
	 * @return e.g. 2023年至2025年
	 */
	public String window() {
		return this.dossier.window();
	}

	/**
	 * The duty-periods listed.
	 * @return the number of entries
	 */
	public int entries() {
		return this.dossier.entries().size();
	}

	/**
	 * The ledger records listed as evidence.
	 * @return the number of distinct records
	 */
	public int records() {
		return this.dossier.proofs().size();
	}

	/**
	 * The overall 履职率.
	 * @return e.g. 95.8%
	 */
	public String rate() {
		return this.dossier.rates().of(null, null, null).percent();
	}

	/**
	 * How many problems stand where in their rectification.
	 * @return counts of 完成, 进行中 and 整改不到位, in that order
	 */
	public List<Long> problems() {
		return counts(this.dossier.problems().stream().map(ProblemStatus::progress).toList());
	}

	/**
	 * How many items of the earlier feedback stand where.
	 * @return counts of 完成, 进行中 and 整改不到位, in that order; empty when no feedback workbook
	 * was read
	 */
	public List<Long> feedback() {
		if (!this.dossier.feedbackRead()) {
			return List.of();
		}
		return counts(this.dossier.followUps().stream().map(FollowUp::progress).toList());
	}

	private static List<Long> counts(List<Progress> progress) {
		return List.of(progress.stream().filter((p) -> p == Progress.DONE).count(),
				progress.stream().filter((p) -> p == Progress.ONGOING).count(),
				progress.stream().filter((p) -> p == Progress.NOT_EFFECTIVE).count());
	}

}
