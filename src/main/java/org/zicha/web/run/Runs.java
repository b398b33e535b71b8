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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.FindingsJson;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Organization;
import org.zicha.report.RectificationLedger;
import org.zicha.report.Report;
import org.zicha.web.Drafts;
import org.zicha.web.FileStore;
import org.zicha.web.Rules;
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

	private final ExemptionReviews exemptions;

	Runs(RunStore store, LedgerUploads uploads, Rules rules, FileStore files, Rectifications rectifications,
			Drafts drafts, JsonMapper json, Clock clock, ExemptionReviews exemptions) {
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
	 * Check the stored ledger and store the run.
	 * @param viewer who starts it (an administrator, or the schedule)
	 * @param asOf the as-of day, or null for today
	 * @param from the window's first day, or null for 1 January of the as-of year
	 * @param to the window's last day, or null for the as-of day
	 * @param scheduled whether the monthly schedule starts it
	 * @return the stored run
	 * @throws IllegalArgumentException when nothing was uploaded or the dates are wrong
	 * @throws org.zicha.ledger.LedgerException when the stored ledger no longer reads
	 */
	@Transactional
	public StoredRun start(Viewer viewer, LocalDate asOf, LocalDate from, LocalDate to, boolean scheduled) {
		viewer.requireAdmin();
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("检查截止日（" + day + "）不能晚于今天");
		}
		LedgerUploads.StoredLedger ledger = this.uploads.stored()
			.orElseThrow(() -> new IllegalArgumentException("尚未导入台账，请先在“台账上传”中上传并确认台账文件"));
		StoredRun previous = this.store.latest().orElse(null);
		List<Finding> baseline = (previous != null) ? baseline(previous.id()) : null;
		RectificationLedger earlier = (previous != null) ? this.rectifications.ledger(previous.id()) : null;
		InspectionOptions options = new InspectionOptions(day, (from != null) ? from : day.withDayOfYear(1),
				(to != null) ? to : day, false, true, baseline, earlier);
		Inspection inspection = this.rules.inspection();
		InspectionResult result = inspection
			.run(this.exemptions.approvedOnly(inspection.read(ledger.input(), options.lenient())), options);
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
				report.titleLine());
		List<String> warnings = result.read().warnings();
		long id = this.store.insert(run, doc.get("stats").toString(), String.join("\n", warnings));
		ledger.fileIds().forEach((f) -> this.store.insertFile(id, f));
		outputs.forEach((format, bytes) -> this.store.insertOutput(id, format.name(), this.files.put(bytes)));
		storeOrgs(id, result.read().ledger(), doc.get("stats"));
		storeFindings(id, document, doc);
		this.drafts.keep(id, result.draft());
		this.rectifications.open(id, run.previousRunId(), report, viewer.username());
		return this.store.run(id).orElseThrow();
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

	private void storeOrgs(long run, Ledger ledger, JsonNode stats) {
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
							(rate != null) ? rate.path("rate").asDouble() : null));
		}
	}

	private void storeFindings(long run, FindingsDocument document, JsonNode doc) {
		List<JsonNode> found = doc.path("findings").valueStream().toList();
		for (int i = 0; i < document.findings().size(); i++) {
			this.store.insertFinding(stored(run, "FOUND", document.findings().get(i), found.get(i), null));
		}
		List<JsonNode> exempted = doc.path("exempted").valueStream().toList();
		for (int i = 0; i < document.exempted().size(); i++) {
			this.store.insertFinding(stored(run, "EXEMPTED", document.exempted().get(i).finding(),
					exempted.get(i).path("finding"), document.exempted().get(i)));
		}
		List<JsonNode> resolved = doc.path("resolved").valueStream().toList();
		for (int i = 0; i < document.resolved().size(); i++) {
			this.store.insertFinding(stored(run, "RESOLVED", document.resolved().get(i), resolved.get(i), null));
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
