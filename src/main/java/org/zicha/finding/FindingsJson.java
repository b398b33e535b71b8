package org.zicha.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.ledger.Period;

/**
 * Writes and reads findings.json, the contract of cli-and-findings.md.
 */
public final class FindingsJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private FindingsJson() {
	}

	/**
	 * Write a findings document, streamed: one finding at a time, never the whole tree.
	 * @param document the document
	 * @param out where to write it (UTF-8); closed when written
	 * @throws IOException when it cannot be written
	 */
	public static void write(FindingsDocument document, OutputStream out) throws IOException {
		try (JsonGenerator gen = MAPPER.writer().createGenerator(out)) {
			RunInfo run = document.run();
			gen.writeStartObject();
			gen.writeObjectPropertyStart("run");
			gen.writeStringProperty("asOf", run.asOf().toString());
			gen.writeStringProperty("from", run.from().toString());
			gen.writeStringProperty("to", run.to().toString());
			gen.writeStringProperty("rulesDigest", run.rulesDigest());
			gen.writeStringProperty("dataDigest", run.dataDigest());
			gen.writeStringProperty("generatedAt", run.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
			gen.writeStringProperty("tool", run.tool());
			gen.writeArrayPropertyStart("roots");
			for (Map.Entry<String, String> root : run.roots().entrySet()) {
				gen.writeStartObject();
				gen.writeStringProperty("id", root.getKey());
				gen.writeStringProperty("name", root.getValue());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeEndObject();
			gen.writeArrayPropertyStart("findings");
			for (Finding f : document.findings()) {
				finding(gen, f);
			}
			gen.writeEndArray();
			gen.writeArrayPropertyStart("exempted");
			for (Exempted e : document.exempted()) {
				gen.writeStartObject();
				gen.writeName("finding");
				finding(gen, e.finding());
				gen.writeStringProperty("reason", e.reason());
				gen.writeStringProperty("approval", e.approval());
				gen.writeEndObject();
			}
			gen.writeEndArray();
			gen.writeArrayPropertyStart("resolved");
			for (Finding f : document.resolved()) {
				finding(gen, f);
			}
			gen.writeEndArray();
			gen.writeName("stats");
			value(gen, document.stats());
			gen.writeEndObject();
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static void finding(JsonGenerator gen, Finding f) {
		gen.writeStartObject();
		gen.writeStringProperty("key", f.key());
		gen.writeStringProperty("duty", f.duty());
		gen.writeStringProperty("area", f.area());
		gen.writeStringProperty("severity", f.severity().name());
		gen.writeStringProperty("orgId", f.orgId());
		gen.writeStringProperty("orgName", f.orgName());
		if (f.subject() == null) {
			gen.writeNullProperty("subject");
		}
		else {
			gen.writeObjectPropertyStart("subject");
			gen.writeStringProperty("kind", f.subject().kind().name());
			gen.writeStringProperty("id", f.subject().id());
			gen.writeStringProperty("name", f.subject().name());
			gen.writeEndObject();
		}
		if (f.period() == null) {
			gen.writeNullProperty("period");
		}
		else {
			gen.writeName("period");
			value(gen, f.period());
		}
		gen.writeStringProperty("title", f.title());
		gen.writeStringProperty("message", f.message());
		gen.writeName("evidence");
		value(gen, f.evidence());
		gen.writeStringProperty("source", f.source());
		gen.writeStringProperty("remedy", f.remedy());
		if (f.change() != null) {
			gen.writeStringProperty("change", f.change().name().toLowerCase());
		}
		gen.writeEndObject();
	}

	private static void value(JsonGenerator gen, Object value) {
		if (value == null) {
			gen.writeNull();
		}
		else if (value instanceof Map<?, ?> map) {
			gen.writeStartObject();
			for (Map.Entry<?, ?> e : map.entrySet()) {
				gen.writeName(String.valueOf(e.getKey()));
				value(gen, e.getValue());
			}
			gen.writeEndObject();
		}
		else if (value instanceof Collection<?> items) {
			gen.writeStartArray();
			for (Object item : items) {
				value(gen, item);
			}
			gen.writeEndArray();
		}
		else if (value instanceof Period period) {
			gen.writeStartObject();
			gen.writeStringProperty("from", period.from().toString());
			gen.writeStringProperty("to", period.to().toString());
			gen.writeEndObject();
		}
		else if (value instanceof JsonNode node) {
			gen.writeTree(node);
		}
		else if (value instanceof LocalDate || value instanceof Enum) {
			gen.writeString(value.toString());
		}
		else {
			gen.writePOJO(value);
		}
	}

	/**
	 * Read the findings of an earlier run (a baseline).
	 * @param in the findings.json of that run
	 * @return its findings
	 * @throws IllegalArgumentException when the document is not a findings.json
	 */
	public static List<Finding> readFindings(InputStream in) {
		JsonNode root;
		try {
			root = MAPPER.readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("不是有效的 JSON（" + ex.getOriginalMessage() + "）");
		}
		JsonNode findings = (root != null) ? root.get("findings") : null;
		if (findings == null || !findings.isArray()) {
			throw new IllegalArgumentException("不是 zicha 的 findings.json（缺少 findings 数组）");
		}
		List<Finding> result = new ArrayList<>();
		int i = 0;
		for (JsonNode node : findings.values()) {
			try {
				result.add(finding(node));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("findings[" + i + "] 无法读取：" + ex.getMessage());
			}
			i++;
		}
		return result;
	}

	/**
	 * The root organisations of an earlier run (a baseline), as its run info names them.
	 * @param in the findings.json of that run
	 * @return name by id; empty when the document does not name them (written by an older
	 * version)
	 * @throws IllegalArgumentException when the document is not JSON
	 */
	public static Map<String, String> readRoots(InputStream in) {
		JsonNode root;
		try {
			root = MAPPER.readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("不是有效的 JSON（" + ex.getOriginalMessage() + "）");
		}
		Map<String, String> roots = new LinkedHashMap<>();
		if (root != null) {
			for (JsonNode node : root.path("run").path("roots").values()) {
				if (node.path("id").isString()) {
					roots.put(node.path("id").asString(), text(node.path("name")));
				}
			}
		}
		return roots;
	}

	private static Finding finding(JsonNode node) {
		JsonNode subjectNode = node.path("subject");
		Subject subject = subjectNode.isObject()
				? new Subject(Subject.Kind.valueOf(subjectNode.path("kind").asString()),
						subjectNode.path("id").asString(), text(subjectNode.path("name")))
				: null;
		JsonNode periodNode = node.path("period");
		Period period = periodNode.isObject() ? Period.infer(LocalDate.parse(periodNode.path("from").asString()),
				LocalDate.parse(periodNode.path("to").asString())) : null;
		Map<String, Object> evidence = new LinkedHashMap<>();
		node.path("evidence").properties().forEach((e) -> evidence.put(e.getKey(), e.getValue()));
		return new Finding(node.path("duty").asString(), text(node.path("area")),
				Severity.valueOf(node.path("severity").asString()), text(node.path("orgId")),
				text(node.path("orgName")), subject, period, text(node.path("title")), text(node.path("message")),
				evidence, text(node.path("source")), text(node.path("remedy")), null);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node.asString();
	}

	/**
	 * The current time, for {@link RunInfo#generatedAt()}.
	 * @return now, with the system's offset
	 */
	public static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
