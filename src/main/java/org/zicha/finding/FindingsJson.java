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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.zicha.ledger.Period;

/**
 * Writes and reads findings.json, the contract of cli-and-findings.md.
 */
public final class FindingsJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FindingsJson() {
	}

	/**
	 * Write a findings document.
	 * @param document the document
	 * @param out where to write it (UTF-8)
	 * @throws IOException when it cannot be written
	 */
	public static void write(FindingsDocument document, OutputStream out) throws IOException {
		ObjectNode root = NODES.objectNode();
		RunInfo run = document.run();
		ObjectNode runNode = root.putObject("run");
		runNode.put("asOf", run.asOf().toString());
		runNode.put("from", run.from().toString());
		runNode.put("to", run.to().toString());
		runNode.put("rulesDigest", run.rulesDigest());
		runNode.put("dataDigest", run.dataDigest());
		runNode.put("generatedAt", run.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
		runNode.put("tool", run.tool());
		ArrayNode roots = runNode.putArray("roots");
		run.roots().forEach((id, name) -> roots.addObject().put("id", id).put("name", name));
		ArrayNode findings = root.putArray("findings");
		document.findings().forEach((f) -> findings.add(node(f)));
		ArrayNode exempted = root.putArray("exempted");
		for (Exempted e : document.exempted()) {
			ObjectNode node = exempted.addObject();
			node.set("finding", node(e.finding()));
			node.put("reason", e.reason());
			node.put("approval", e.approval());
		}
		ArrayNode resolved = root.putArray("resolved");
		document.resolved().forEach((f) -> resolved.add(node(f)));
		root.set("stats", value(document.stats()));
		try {
			MAPPER.writeValue(out, root);
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	/**
	 * The JSON form of one finding.
	 * @param f the finding
	 * @return its node
	 */
	public static ObjectNode node(Finding f) {
		ObjectNode node = NODES.objectNode();
		node.put("key", f.key());
		node.put("duty", f.duty());
		node.put("area", f.area());
		node.put("severity", f.severity().name());
		node.put("orgId", f.orgId());
		node.put("orgName", f.orgName());
		if (f.subject() == null) {
			node.putNull("subject");
		}
		else {
			ObjectNode subject = node.putObject("subject");
			subject.put("kind", f.subject().kind().name());
			subject.put("id", f.subject().id());
			subject.put("name", f.subject().name());
		}
		if (f.period() == null) {
			node.putNull("period");
		}
		else {
			ObjectNode period = node.putObject("period");
			period.put("from", f.period().from().toString());
			period.put("to", f.period().to().toString());
		}
		node.put("title", f.title());
		node.put("message", f.message());
		node.set("evidence", value(f.evidence()));
		node.put("source", f.source());
		node.put("remedy", f.remedy());
		if (f.change() != null) {
			node.put("change", f.change().name().toLowerCase());
		}
		return node;
	}

	private static JsonNode value(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof Map<?, ?> map) {
			ObjectNode node = NODES.objectNode();
			map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
			return node;
		}
		if (value instanceof Collection<?> items) {
			ArrayNode node = NODES.arrayNode();
			items.forEach((v) -> node.add(value(v)));
			return node;
		}
		if (value instanceof Period period) {
			ObjectNode node = NODES.objectNode();
			node.put("from", period.from().toString());
			node.put("to", period.to().toString());
			return node;
		}
		if (value instanceof JsonNode node) {
			return node;
		}
		return MAPPER.valueToTree(value instanceof LocalDate || value instanceof Enum ? value.toString() : value);
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
