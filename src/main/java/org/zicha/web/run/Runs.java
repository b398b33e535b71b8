package org.zicha.web.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.FindingsJson;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.ledger.Activity;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Talk;
import org.zicha.report.RectificationLedger;
import org.zicha.report.Report;
import org.zicha.web.Drafts;
import org.zicha.web.FileStore;
import org.zicha.web.OrgTree;
import org.zicha.web.Rules;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;
import org.zicha.web.ledger.ExemptionReviews;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.rectification.Rectifications;

/**
 * Starts runs and stores them: the check of the stored ledger with the current rules,
 * compared with the previous run (its findings, and its rectification rows as they stand,
 * carried over as {@code check --rectification} carries a filled-in workbook), stored
 * with its findings, statistics, digests, outputs and drafted report, and its
 * rectification rows opened: the drafted report's rows.
 */
@Service
public class Runs {

	/**
	 * The outputs kept with a run (the rectification ledger is written from the stored
	 * state).
	 */
	/**
	 * A run whose as-of day lies more than this many months after the ledger's latest
	 * event asks to be confirmed.
	 */
	static final int STALE_MONTHS = 3;

	private static final Logger log = LoggerFactory.getLogger(Runs.class);

	static final List<OutputFormat> KEPT = List.of(OutputFormat.JSON, OutputFormat.MD, OutputFormat.DOCX,
			OutputFormat.HTML);

	private final RunStore store;

	private final LedgerUploads uploads;

	private final Rules rules;

	private final FileStore files;

	private final Rectifications rectifications;

	private final Drafts drafts;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** One run at a time in this application; the lock row serialises instances. */
	private final Lock serial = new ReentrantLock(true);

	private final ApplicationEventPublisher events;

	private final ExemptionReviews exemptions;

	Runs(RunStore store, LedgerUploads uploads, Rules rules, FileStore files, Rectifications rectifications,
			Drafts drafts, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, ExemptionReviews exemptions) {
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.exemptions = exemptions;
		this.store = store;
		this.uploads = uploads;
		this.rules = rules;
		this.files = files;
		this.rectifications = rectifications;
		this.drafts = drafts;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Check the stored ledger and store the run, asking to confirm an as-of day long
	 * after the ledger's latest event unless the schedule starts it.
	 * @param viewer who starts it (an administrator, or the schedule)
	 * @param asOf the as-of day, or null for today
	 * @param from the window's first day, or null for 1 January of the as-of year
	 * @param to the window's last day, or null for the as-of day
	 * @param scheduled whether the monthly schedule starts it (the branches are then
	 * notified)
	 * @return the stored run
	 * @throws IllegalArgumentException when nothing was uploaded or the dates are wrong
	 * @throws RunNeedsConfirmation when the as-of day lies more than three months after
	 * the ledger's latest event
	 * @throws org.zicha.ledger.LedgerException when the stored ledger no longer reads
	 */
	public StoredRun start(Viewer viewer, LocalDate asOf, LocalDate from, LocalDate to, boolean scheduled) {
		return start(viewer, asOf, from, to, scheduled, scheduled);
	}

	/**
	 * Check the stored ledger and store the run. Runs are serialised: a run waits until
	 * the one being stored is stored, and takes it as its baseline.
	 * @param viewer who starts it (an administrator, or the schedule)
	 * @param asOf the as-of day, or null for today
	 * @param from the window's first day, or null for 1 January of the as-of year
	 * @param to the window's last day, or null for the as-of day
	 * @param scheduled whether the monthly schedule starts it
	 * @param confirmed whether the user confirmed an as-of day long after the ledger's
	 * latest event
	 * @return the stored run
	 * @throws IllegalArgumentException when nothing was uploaded or the dates are wrong
	 * @throws RunNeedsConfirmation when the as-of day lies more than three months after
	 * the ledger's latest event and it was not confirmed
	 * @throws org.zicha.ledger.LedgerException when the stored ledger no longer reads
	 */
	public StoredRun start(Viewer viewer, LocalDate asOf, LocalDate from, LocalDate to, boolean scheduled,
			boolean confirmed) {
		return start(viewer, asOf, from, to, scheduled, confirmed, scheduled);
	}

	/**
	 * Check the stored ledger and store the run, as
	 * {@link #start(Viewer, LocalDate, LocalDate, LocalDate, boolean, boolean)}; when
	 * marked to notify, the listeners of {@link RunStored} write the notices in the run's
	 * transaction.
	 * @param viewer who starts it (an administrator, or the schedule)
	 * @param asOf the as-of day, or null for today
	 * @param from the window's first day, or null for 1 January of the as-of year
	 * @param to the window's last day, or null for the as-of day
	 * @param scheduled whether the monthly schedule starts it
	 * @param confirmed whether the user confirmed an as-of day long after the ledger's
	 * latest event
	 * @param notify whether the branch secretaries and the administrators are notified
	 * @return the stored run
	 * @throws IllegalArgumentException when nothing was uploaded or the dates are wrong
	 * @throws RunNeedsConfirmation when the as-of day lies more than three months after
	 * the ledger's latest event and it was not confirmed
	 * @throws org.zicha.ledger.LedgerException when the stored ledger no longer reads
	 */
	public StoredRun start(Viewer viewer, LocalDate asOf, LocalDate from, LocalDate to, boolean scheduled,
			boolean confirmed, boolean notify) {
		viewer.requireAdmin();
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("检查截止日（" + day + "）不能晚于今天");
		}
		LedgerUploads.StoredLedger ledger = this.uploads.stored()
			.orElseThrow(() -> new IllegalArgumentException("尚未导入台账，请先在“台账上传”中上传并确认台账文件"));
		Inspection inspection = this.rules.inspection();
		LedgerRead read = this.exemptions.approvedOnly(inspection.read(ledger.input(), false));
		LocalDate latest = latestEvent(read.ledger(), day);
		if (!confirmed && (latest == null || latest.plusMonths(STALE_MONTHS).isBefore(day))) {
			throw new RunNeedsConfirmation(day, latest);
		}
		this.serial.lock();
		try {
			return this.transactions
				.execute((tx) -> store(viewer, day, from, to, scheduled, notify, ledger, inspection, read));
		}
		finally {
			this.serial.unlock();
		}
	}

	/**
	 * The date of the ledger's latest activity, payment or talk on or before a day.
	 * @param ledger the ledger
	 * @param asOf the day
	 * @return the date, or null when it records none
	 */
	static LocalDate latestEvent(Ledger ledger, LocalDate asOf) {
		return Stream
			.of(ledger.activities().stream().map(Activity::date), ledger.dues().stream().map(DuesPayment::paidOn),
					ledger.talks().stream().map(Talk::date))
			.flatMap((s) -> s)
			.filter((d) -> d != null && !d.isAfter(asOf))
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	private StoredRun store(Viewer viewer, LocalDate day, LocalDate from, LocalDate to, boolean scheduled,
			boolean notify, LedgerUploads.StoredLedger ledger, Inspection inspection, LedgerRead read) {
		this.store.lockRuns();
		StoredRun previous = this.store.latest().orElse(null);
		List<Finding> baseline = (previous != null) ? baseline(previous.id()) : null;
		RectificationLedger earlier = (previous != null) ? this.rectifications.ledger(previous.id()) : null;
		InspectionOptions options = new InspectionOptions(day, (from != null) ? from : day.withDayOfYear(1),
				(to != null) ? to : day, false, true, baseline, earlier);
		InspectionResult result = inspection.run(read, options);
		Map<OutputFormat, byte[]> outputs = new LinkedHashMap<>();
		for (OutputFormat format : KEPT) {
			outputs.put(format, write(result, format));
		}
		JsonNode doc = this.json.readTree(outputs.get(OutputFormat.JSON));
		FindingsDocument document = result.document();
		Report report = result.report();
		StoredRun run = new StoredRun(0, day, options.from(), options.to(), document.run().rulesDigest(),
				inspection.rules().origin(), document.run().dataDigest(), document.run().tool(), viewer.username(),
				scheduled, OffsetDateTime.now(this.clock), (previous != null) ? previous.id() : null,
				report.titleLine(), null);
		List<String> warnings = result.read().warnings();
		long id = this.store.insert(run, doc.get("stats").toString(), String.join("\n", warnings));
		ledger.fileIds().forEach((f) -> this.store.insertFile(id, f));
		outputs.forEach((format, bytes) -> this.store.insertOutput(id, format.name(), this.files.put(bytes)));
		Scope scope = Scope.of(viewer, OrgTree.of(result.read().ledger()));
		storeOrgs(id, result.read().ledger(), doc.get("stats"), scope);
		storeFindings(id, document, doc, scope);
		this.drafts.keep(id, result.draft());
		this.rectifications.open(id, run.previousRunId(), report, viewer.username());
		StoredRun stored = this.store.run(id).orElseThrow();
		this.events.publishEvent(new RunStored(stored, notify));
		return stored;
	}

	/**
	 * Withdraw a run (已撤回): it stays, readable, marked with who withdrew it, when and
	 * why, but leaves the trend, the baselines of later runs and "the latest run"; the
	 * problem rows of the run before it that it had marked resolved are open again.
	 * @param viewer who withdraws it (an administrator)
	 * @param run the run
	 * @param reason why, as the administrator gives it
	 * @return the run as stored now
	 * @throws IllegalArgumentException when no reason is given or it is withdrawn already
	 */
	public StoredRun withdraw(Viewer viewer, long run, String reason) {
		viewer.requireAdmin();
		StoredRun stored = this.store.run(run).orElseThrow(Viewer::notFound);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("请填写撤回的理由");
		}
		String why = reason.strip();
		if (why.length() > 500) {
			throw new IllegalArgumentException("撤回的理由不能超过 500 字");
		}
		this.serial.lock();
		try {
			this.transactions.executeWithoutResult((tx) -> {
				this.store.lockRuns();
				if (!this.store.withdraw(run, viewer.username(), OffsetDateTime.now(this.clock), why)) {
					throw new IllegalArgumentException("第" + run + "次检查已于此前撤回");
				}
				this.rectifications.withdrawn(run, stored.previousRunId(), viewer.username());
			});
		}
		finally {
			this.serial.unlock();
		}
		log.info("第{}次检查已由 {} 撤回：{}", run, viewer.username(), why);
		return this.store.run(run).orElseThrow();
	}

	private List<Finding> baseline(long run) {
		return this.store.output(run, OutputFormat.JSON.name())
			.map((sha) -> FindingsJson.readFindings(new java.io.ByteArrayInputStream(this.files.get(sha))))
			.orElse(null);
	}

	private static byte[] write(InspectionResult result, OutputFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			result.write(format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void storeOrgs(long run, Ledger ledger, JsonNode stats, Scope scope) {
		Map<String, JsonNode> rates = new LinkedHashMap<>();
		stats.path("organizationRates").values().forEach((r) -> rates.put(r.path("orgId").asString(), r));
		Map<String, Member> members = ledger.membersById();
		for (Organization o : ledger.organizations()) {
			JsonNode rate = rates.get(o.id());
			Member secretary = (o.secretary() != null) ? members.get(o.secretary()) : null;
			this.store.insertOrg(run,
					new RunStore.RunOrg(o.id(), o.name(), o.kind().name(), o.parentId(),
							(secretary != null) ? secretary.name() : null,
							(rate != null) ? rate.path("evaluated").asInt() : null,
							(rate != null) ? rate.path("met").asInt() : null,
							(rate != null) ? rate.path("rate").asDouble() : null),
					scope);
		}
	}

	private void storeFindings(long run, FindingsDocument document, JsonNode doc, Scope scope) {
		List<JsonNode> found = doc.path("findings").valueStream().toList();
		for (int i = 0; i < document.findings().size(); i++) {
			this.store.insertFinding(stored(run, "FOUND", document.findings().get(i), found.get(i), null), scope);
		}
		List<JsonNode> exempted = doc.path("exempted").valueStream().toList();
		for (int i = 0; i < document.exempted().size(); i++) {
			this.store.insertFinding(stored(run, "EXEMPTED", document.exempted().get(i).finding(),
					exempted.get(i).path("finding"), document.exempted().get(i)), scope);
		}
		List<JsonNode> resolved = doc.path("resolved").valueStream().toList();
		for (int i = 0; i < document.resolved().size(); i++) {
			this.store.insertFinding(stored(run, "RESOLVED", document.resolved().get(i), resolved.get(i), null), scope);
		}
	}

	private static StoredFinding stored(long run, String kind, Finding f, JsonNode node, Exempted exemption) {
		return new StoredFinding(0, run, kind, f.key(), f.duty(), f.area(), f.severity(), f.orgId(), f.orgName(),
				(f.subject() != null) ? f.subject().kind().name() : null,
				(f.subject() != null) ? f.subject().id() : null, (f.subject() != null) ? f.subject().name() : null,
				(f.period() != null) ? f.period().from() : null, (f.period() != null) ? f.period().to() : null,
				f.title(), f.message(), node.path("evidence").toString(), f.source(), f.remedy(),
				(f.change() != null) ? f.change().name() : null, (exemption != null) ? exemption.reason() : null,
				(exemption != null) ? exemption.approval() : null);
	}

}
