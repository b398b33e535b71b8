package org.zicha.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.dossier.FeedbackItem;
import org.zicha.dossier.FeedbackRead;
import org.zicha.dossier.FeedbackReader;
import org.zicha.dossier.FeedbackTemplate;
import org.zicha.dossier.Organisation;
import org.zicha.dossier.Rectification;
import org.zicha.finding.Duty;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.RunInfo;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.ledger.Organization;
import org.zicha.report.RectificationLedger;
import org.zicha.report.Report;

/**
 * A self-inspection: reads a ledger, checks it against the rules and drafts the report.
 * The command line and the web application both run their checks through this class.
 */
public final class Inspection {

	private final RuleSet rules;

	private final Clock clock;

	/**
	 * An inspection with a rule set.
	 * @param rules the rules and the report's wording
	 * @param clock what today is (no ledger date may lie after it) and when a run happens
	 */
	public Inspection(RuleSet rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The tool and its version, as findings.json names it.
	 * @return e.g. {@code zicha 0.1.0}
	 */
	public static String tool() {
		String version = Inspection.class.getPackage().getImplementationVersion();
		return "zicha " + ((version != null) ? version : "dev");
	}

	/**
	 * The rules this inspection uses.
	 * @return the rule set
	 */
	public RuleSet rules() {
		return this.rules;
	}

	/**
	 * Read and validate a ledger without checking it.
	 * @param input the ledger
	 * @param lenient whether invalid rows are skipped instead of stopping the read
	 * @return the ledger as read
	 * @throws org.zicha.ledger.LedgerException with every problem, when the ledger cannot
	 * be used
	 */
	public LedgerRead read(LedgerInput input, boolean lenient) {
		LedgerReader reader = new LedgerReader(this.rules.book().vocabulary(), this.rules.book()::names, this.clock);
		return input.read(reader, lenient);
	}

	/**
	 * Read a ledger and check it.
	 * @param input the ledger
	 * @param options what the run is asked
	 * @return the result
	 * @throws org.zicha.ledger.LedgerException with every problem, when the ledger cannot
	 * be used
	 */
	public InspectionResult run(LedgerInput input, InspectionOptions options) {
		return run(read(input, options.lenient()), options);
	}

	/**
	 * Check a ledger already read.
	 * @param read the ledger as read
	 * @param options what the run is asked
	 * @return the result
	 */
	public InspectionResult run(LedgerRead read, InspectionOptions options) {
		return result(read, check(read, options), options);
	}

	/**
	 * Read a ledger, check it over a window and draw up its evidence dossier (佐证目录). The
	 * feedback workbook, when given, is read and validated before the check.
	 * @param input the ledger
	 * @param options what the run is asked, with the filled-in rectification ledger when
	 * one is given
	 * @param sources the feedback workbook, when given
	 * @return the dossier
	 * @throws org.zicha.ledger.LedgerException with every problem, when the ledger cannot
	 * be used
	 * @throws WorkbookException with every problem, when the feedback workbook cannot be
	 * used
	 */
	public DossierResult dossier(LedgerInput input, InspectionOptions options, DossierSources sources) {
		LedgerRead read = read(input, options.lenient());
		List<FeedbackItem> feedback = (sources.feedback() != null) ? feedback(sources.feedback(), read) : null;
		CheckResult result = check(read, options);
		InspectionResult inspection = result(read, result, options);
		return new DossierResult(
				DossierInputs.of(result, read, this.rules.book(), inspection.document().run(), feedback,
						(options.rectification() != null) ? rectifications(options.rectification()) : null),
				inspection);
	}

	/**
	 * Write the empty feedback workbook (巡视反馈问题整改情况表) with the rules' duty codes.
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void feedbackTemplate(OutputStream out) throws IOException {
		new FeedbackTemplate(List.copyOf(this.rules.book().duties())).write(out);
	}

	private List<FeedbackItem> feedback(InputFile file, LedgerRead read) {
		List<Organisation> organisations = read.ledger()
			.organizations()
			.stream()
			.map((o) -> new Organisation(o.id(), o.name(), o.kind().name(), o.isRoot()))
			.toList();
		FeedbackRead feedback = new FeedbackReader(this.rules.book().duties().stream().map(Duty::code).toList(),
				organisations)
			.read(file.name(), new ByteArrayInputStream(file.content()));
		if (!feedback.problems().isEmpty()) {
			throw new WorkbookException("巡视反馈问题表", feedback.problems());
		}
		return feedback.items();
	}

	/**
	 * What a filled-in rectification ledger says of each finding, by its key; a status is
	 * done as the rules' wording says.
	 */
	private Map<String, Rectification> rectifications(RectificationLedger ledger) {
		List<String> done = this.rules.phrasing().doneStatuses();
		String relapsed = this.rules.phrasing().change(Report.Change.RELAPSED);
		Map<String, Rectification> byKey = new HashMap<>();
		for (RectificationLedger.Entry entry : ledger.entries()) {
			Rectification rectification = new Rectification(entry.status(), entry.doneOn(), entry.progress(),
					done.contains(entry.status()), relapsed.equals(entry.change()));
			entry.keys().forEach((key) -> byKey.putIfAbsent(key, rectification));
		}
		return byKey;
	}

	private CheckResult check(LedgerRead read, InspectionOptions options) {
		return new Check(this.rules.book()).run(read, new CheckOptions(options.asOf(), options.from(), options.to(),
				options.exemptions(), options.baseline()));
	}

	private InspectionResult result(LedgerRead read, CheckResult result, InspectionOptions options) {
		Map<String, String> roots = new LinkedHashMap<>();
		read.ledger().organizations().stream().filter(Organization::isRoot).forEach((o) -> roots.put(o.id(), o.name()));
		RunInfo run = new RunInfo(options.asOf(), options.from(), options.to(), this.rules.digest(), read.digest(),
				OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS), tool(), roots);
		FindingsDocument document = new FindingsDocument(run, result.findings(), result.exempted(), result.resolved(),
				result.stats());
		return new InspectionResult(this.rules, read, document,
				() -> ReportInputs.of(result, this.rules.book(), read.ledger().recordCount(),
						options.baseline() != null, options.rectification(), options.addressee(),
						(options.dated() != null) ? options.dated() : LocalDate.now(this.clock)));
	}

}
