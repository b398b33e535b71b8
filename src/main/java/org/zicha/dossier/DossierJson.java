package org.zicha.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.finding.Severity;
import org.zicha.finding.Subject;
import org.zicha.ledger.Period;
import org.zicha.ledger.RecordOrigin;

/**
 * Writes the dossier as JSON (dossier.json): the same figures as the workbook and the
 * summary — rates by area, organisation and year, the problems with their rectification,
 * the exemptions, the follow-up of the earlier feedback — and every entry with its
 * records. Written as a stream, so a large dossier is never held twice.
 */
public final class DossierJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * Write the dossier.
	 * @param dossier the dossier
	 * @param out where to write it (UTF-8); left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Dossier dossier, OutputStream out) throws IOException {
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			Rates rates = dossier.rates();
			List<ProblemStatus> problems = dossier.problems();
			g.writeStartObject();
			g.writeObjectPropertyStart("dossier");
			g.writeStringProperty("root", dossier.rootName());
			date(g, "from", dossier.from());
			date(g, "to", dossier.to());
			date(g, "asOf", dossier.asOf());
			g.writeStringProperty("generatedAt", dossier.generatedAt());
			g.writeStringProperty("tool", dossier.tool());
			strings(g, "files", dossier.files());
			g.writeArrayPropertyStart("years");
			for (Integer year : dossier.years()) {
				g.writeNumber(year);
			}
			g.writeEndArray();
			g.writeBooleanProperty("rectificationRead", dossier.rectificationRead());
			g.writeBooleanProperty("feedbackRead", dossier.feedbackRead());
			g.writeEndObject();
			summary(g, dossier, rates, problems);
			areas(g, dossier, rates, problems);
			problems(g, problems);
			exemptions(g, dossier.exemptions());
			feedback(g, dossier.followUps());
			entries(g, dossier.entries());
			g.writeEndObject();
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static void summary(JsonGenerator g, Dossier dossier, Rates rates, List<ProblemStatus> problems) {
		g.writeObjectPropertyStart("summary");
		rate(g, rates.of(null, null, null));
		byYear(g, dossier, rates, null, null);
		g.writeNumberProperty("entries", dossier.entries().size());
		g.writeNumberProperty("records", dossier.proofs().size());
		g.writeNumberProperty("exempted", count(dossier.entries(), Fulfilment.EXEMPTED));
		g.writeNumberProperty("notices", count(dossier.entries(), Fulfilment.DUE));
		problemCounts(g, problems);
		g.writeEndObject();
	}

	private static void areas(JsonGenerator g, Dossier dossier, Rates rates, List<ProblemStatus> problems) {
		g.writeArrayPropertyStart("areas");
		for (String area : dossier.areas()) {
			List<Entry> entries = dossier.entries(area);
			if (entries.isEmpty()) {
				continue;
			}
			g.writeStartObject();
			g.writeStringProperty("area", area);
			rate(g, rates.of(area, null, null));
			byYear(g, dossier, rates, area, null);
			g.writeObjectPropertyStart("entries");
			g.writeNumberProperty("total", entries.size());
			for (Fulfilment fulfilment : Fulfilment.values()) {
				g.writeNumberProperty(fulfilment.name(), count(entries, fulfilment));
			}
			g.writeEndObject();
			problemCounts(g, problems.stream().filter((p) -> p.entry().area().equals(area)).toList());
			g.writeArrayPropertyStart("organizations");
			for (Organisation org : dossier.organisations()) {
				if (rates.of(area, org.id(), null).evaluated() > 0) {
					g.writeStartObject();
					g.writeStringProperty("orgId", org.id());
					g.writeStringProperty("orgName", org.name());
					rate(g, rates.of(area, org.id(), null));
					byYear(g, dossier, rates, area, org.id());
					g.writeEndObject();
				}
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void problems(JsonGenerator g, List<ProblemStatus> problems) {
		g.writeArrayPropertyStart("problems");
		for (ProblemStatus p : problems) {
			Entry e = p.entry();
			g.writeStartObject();
			g.writeStringProperty("key", e.finding().key());
			g.writeStringProperty("duty", e.duty());
			g.writeStringProperty("area", e.area());
			g.writeStringProperty("severity", e.finding().severity().name());
			g.writeStringProperty("orgId", e.orgId());
			g.writeStringProperty("orgName", e.orgName());
			subject(g, e.subject());
			period(g, e.period());
			g.writeStringProperty("message", e.finding().message());
			g.writeStringProperty("status", p.status());
			g.writeStringProperty("progress", p.progress().name());
			date(g, "completed", p.completed());
			g.writeStringProperty("later", p.later());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void exemptions(JsonGenerator g, List<ExemptionRecord> exemptions) {
		g.writeArrayPropertyStart("exemptions");
		for (ExemptionRecord e : exemptions) {
			g.writeStartObject();
			g.writeStringProperty("duty", e.duty());
			g.writeStringProperty("dutyTitle", e.dutyTitle());
			g.writeStringProperty("orgName", e.orgName());
			g.writeStringProperty("memberName", e.memberName());
			date(g, "from", e.from());
			date(g, "to", e.to());
			g.writeStringProperty("reason", e.reason());
			g.writeStringProperty("approval", e.approval());
			g.writeNumberProperty("exempted", e.exempted());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void feedback(JsonGenerator g, List<FollowUp> followUps) {
		g.writeArrayPropertyStart("feedback");
		for (FollowUp f : followUps) {
			FeedbackItem item = f.item();
			g.writeStartObject();
			g.writeStringProperty("number", item.number());
			g.writeStringProperty("problem", item.problem());
			g.writeStringProperty("organizations", item.organisations());
			strings(g, "orgIds", item.orgIds());
			strings(g, "duties", item.duties());
			g.writeStringProperty("measure", item.measure());
			g.writeStringProperty("responsible", item.responsible());
			date(g, "deadline", item.deadline());
			g.writeStringProperty("status", item.status());
			g.writeStringProperty("verdict", f.verdict().name());
			g.writeStringProperty("progress", f.progress().name());
			g.writeNumberProperty("checked", f.checked());
			strings(g, "gaps", f.gaps().stream().map((e) -> e.finding().key()).toList());
			origin(g, item.origin());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void entries(JsonGenerator g, List<Entry> entries) {
		g.writeArrayPropertyStart("entries");
		for (Entry e : entries) {
			g.writeStartObject();
			g.writeStringProperty("duty", e.duty());
			g.writeStringProperty("dutyTitle", e.dutyTitle());
			g.writeStringProperty("area", e.area());
			g.writeStringProperty("orgId", e.orgId());
			g.writeStringProperty("orgName", e.orgName());
			subject(g, e.subject());
			period(g, e.period());
			g.writeStringProperty("fulfilment", e.fulfilment().name());
			g.writeBooleanProperty("rated", e.rated());
			number(g, "required", e.required());
			number(g, "actual", e.actual());
			g.writeStringProperty("note", e.note());
			g.writeStringProperty("findingKey", (e.finding() != null) ? e.finding().key() : null);
			if (e.exemptionReason() != null) {
				g.writeObjectPropertyStart("exemption");
				g.writeStringProperty("reason", e.exemptionReason());
				g.writeStringProperty("approval", e.exemptionApproval());
				g.writeEndObject();
			}
			g.writeArrayPropertyStart("records");
			for (Proof p : e.proofs()) {
				g.writeStartObject();
				g.writeStringProperty("kind", p.kind());
				g.writeStringProperty("id", p.id());
				date(g, "date", p.date());
				g.writeStringProperty("type", p.type());
				g.writeStringProperty("topic", p.topic());
				g.writeStringProperty("lecturer", p.lecturer());
				g.writeStringProperty("attendance", p.attendance());
				origin(g, p.origin());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void rate(JsonGenerator g, Rate rate) {
		g.writeNumberProperty("evaluated", rate.evaluated());
		g.writeNumberProperty("met", rate.met());
		if (rate.share() != null) {
			g.writeNumberProperty("rate", rate.share());
		}
		else {
			g.writeNullProperty("rate");
		}
	}

	private static void byYear(JsonGenerator g, Dossier dossier, Rates rates, String area, String orgId) {
		g.writeArrayPropertyStart("byYear");
		for (Integer year : dossier.years()) {
			g.writeStartObject();
			g.writeNumberProperty("year", year);
			rate(g, rates.of(area, orgId, year));
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void problemCounts(JsonGenerator g, List<ProblemStatus> problems) {
		Map<Progress, Long> progress = counts(problems, ProblemStatus::progress, Progress.class);
		Map<Severity, Long> severity = counts(problems, (p) -> p.entry().finding().severity(), Severity.class);
		g.writeObjectPropertyStart("problems");
		g.writeNumberProperty("total", problems.size());
		g.writeNumberProperty("major", severity.getOrDefault(Severity.MAJOR, 0L));
		g.writeNumberProperty("minor", severity.getOrDefault(Severity.MINOR, 0L));
		g.writeNumberProperty("done", progress.getOrDefault(Progress.DONE, 0L));
		g.writeNumberProperty("ongoing", progress.getOrDefault(Progress.ONGOING, 0L));
		g.writeNumberProperty("notEffective", progress.getOrDefault(Progress.NOT_EFFECTIVE, 0L));
		g.writeEndObject();
	}

	private static <E extends Enum<E>> Map<E, Long> counts(List<ProblemStatus> problems, Function<ProblemStatus, E> key,
			Class<E> type) {
		return problems.stream().collect(Collectors.groupingBy(key, () -> new EnumMap<>(type), Collectors.counting()));
	}

	private static long count(List<Entry> entries, Fulfilment fulfilment) {
		return entries.stream().filter((e) -> e.fulfilment() == fulfilment).count();
	}

	private static void subject(JsonGenerator g, Subject subject) {
		if (subject == null) {
			g.writeNullProperty("subject");
			return;
		}
		g.writeObjectPropertyStart("subject");
		g.writeStringProperty("kind", subject.kind().name());
		g.writeStringProperty("id", subject.id());
		g.writeStringProperty("name", subject.name());
		g.writeEndObject();
	}

	private static void period(JsonGenerator g, Period period) {
		if (period == null) {
			g.writeNullProperty("period");
			return;
		}
		g.writeObjectPropertyStart("period");
		date(g, "from", period.from());
		date(g, "to", period.to());
		g.writeEndObject();
	}

	private static void origin(JsonGenerator g, RecordOrigin origin) {
		if (origin == null) {
			g.writeNullProperty("origin");
			return;
		}
		g.writeObjectPropertyStart("origin");
		g.writeStringProperty("file", origin.file());
		g.writeStringProperty("sheet", origin.sheet());
		g.writeNumberProperty("row", origin.row());
		g.writeEndObject();
	}

	private static void strings(JsonGenerator g, String name, List<String> values) {
		g.writeArrayPropertyStart(name);
		for (String v : values) {
			g.writeString(v);
		}
		g.writeEndArray();
	}

	private static void number(JsonGenerator g, String name, Integer value) {
		if (value != null) {
			g.writeNumberProperty(name, value);
		}
		else {
			g.writeNullProperty(name);
		}
	}

	private static void date(JsonGenerator g, String name, LocalDate date) {
		g.writeStringProperty(name, (date != null) ? date.toString() : null);
	}

}
