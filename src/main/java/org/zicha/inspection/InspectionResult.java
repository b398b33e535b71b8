package org.zicha.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

import org.zicha.finding.FindingsDocument;
import org.zicha.finding.FindingsJson;
import org.zicha.ledger.LedgerRead;
import org.zicha.report.Bulletin;
import org.zicha.report.BulletinWriter;
import org.zicha.report.DocxReportWriter;
import org.zicha.report.HtmlReportWriter;
import org.zicha.report.MarkdownReportWriter;
import org.zicha.report.RectificationWriter;
import org.zicha.report.Report;
import org.zicha.report.ReportBuilder;
import org.zicha.report.ReportInput;

/**
 * What a run found: the ledger as read, the findings document, and the drafted report
 * (drafted on first use, since findings.json alone does not need it).
 */
public final class InspectionResult {

	private final RuleSet rules;

	private final LedgerRead read;

	private final FindingsDocument document;

	private final Supplier<ReportInput> reportInput;

	private Report report;

	InspectionResult(RuleSet rules, LedgerRead read, FindingsDocument document, Supplier<ReportInput> reportInput) {
		this.rules = rules;
		this.read = read;
		this.document = document;
		this.reportInput = reportInput;
	}

	/**
	 * The ledger as read: its records, warnings, files and digest.
	 * @return the read
	 */
	public LedgerRead read() {
		return this.read;
	}

	/**
	 * The content of findings.json: the run, findings, exempted and resolved findings,
	 * and the statistics.
	 * @return the document
	 */
	public FindingsDocument document() {
		return this.document;
	}

	/**
	 * The rules of the run.
	 * @return the rule set
	 */
	public RuleSet rules() {
		return this.rules;
	}

	/**
	 * The drafted report.
	 * @return the report
	 */
	public synchronized Report report() {
		if (this.report == null) {
			this.report = new ReportBuilder(this.rules.phrasing()).build(this.reportInput.get());
		}
		return this.report;
	}

	/**
	 * The drafted report as a draft to keep with the run: its outputs later, for the
	 * whole unit or one organisation's subtree.
	 * @return the draft
	 */
	public ReportDraft draft() {
		return new ReportDraft(report(), this.rules.phrasing());
	}

	/**
	 * The warnings about the window: it holds no activity, or the ledger's latest event
	 * lies more than three months before the as-of day.
	 * @return the warnings, in the wording of the report
	 */
	public List<String> warnings() {
		return report().warnings();
	}

	/**
	 * The bulletins of the branches (one per branch, its groups included, and one per
	 * other organisation with problems or notices).
	 * @return the bulletins
	 */
	public List<Bulletin> bulletins() {
		return Bulletin.of(report());
	}

	/**
	 * Write a bulletin.
	 * @param bulletin the bulletin
	 * @param docx whether as an official document (else Markdown)
	 * @param out where to
	 * @throws IOException when it cannot be written
	 */
	public void writeBulletin(Bulletin bulletin, boolean docx, OutputStream out) throws IOException {
		BulletinWriter writer = new BulletinWriter(this.rules.phrasing());
		if (docx) {
			writer.docx(report(), bulletin, out);
		}
		else {
			writer.markdown(report(), bulletin, out);
		}
	}

	/**
	 * Write one output.
	 * @param format which
	 * @param out where to
	 * @throws IOException when it cannot be written
	 */
	public void write(OutputFormat format, OutputStream out) throws IOException {
		switch (format) {
			case JSON -> FindingsJson.write(this.document, out);
			case MD -> new MarkdownReportWriter(this.rules.phrasing()).write(report(), out);
			case XLSX -> new RectificationWriter(this.rules.phrasing()).write(report(), out);
			case DOCX -> new DocxReportWriter(this.rules.phrasing()).write(report(), out);
			case HTML -> new HtmlReportWriter(this.rules.phrasing()).write(report(), out);
		}
	}

}
