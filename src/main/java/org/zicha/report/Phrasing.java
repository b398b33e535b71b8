package org.zicha.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.zicha.finding.Severity;

/**
 * The wording of the report, from {@code rules/report/phrasing.yml}: title, headings, the
 * paragraphs of 基本情况, each area's judgement and measure, each duty's sentence, and the
 * rectification deadlines.
 */
public final class Phrasing {

	/** The file in the rules folder. */
	public static final String FILE = "report/phrasing.yml";

	private final JsonNode root;

	private Phrasing(JsonNode root) {
		this.root = root;
	}

	/**
	 * Read the phrasing.
	 * @param in the YAML
	 * @return the phrasing
	 * @throws IllegalArgumentException when the file is not valid YAML or lacks a part
	 */
	public static Phrasing parse(InputStream in) {
		JsonNode root;
		try {
			root = YAMLMapper.builder().build().readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(FILE + " 不是有效的 YAML：" + ex.getOriginalMessage());
		}
		List<String> missing = new ArrayList<>();
		for (String key : List.of("title", "subtitle", "headings", "basics", "areas", "default", "duties",
				"rectification")) {
			if (root == null || root.path(key).isMissingNode()) {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(FILE + " 缺少：" + String.join("、", missing));
		}
		return new Phrasing(root);
	}

	String title() {
		return this.root.path("title").asString();
	}

	String subtitle() {
		return this.root.path("subtitle").asString();
	}

	/**
	 * A heading.
	 * @param key basics, problems, measures, appendix, exempted, notices or noProblems
	 * @return its text
	 */
	public String heading(String key) {
		return this.root.path("headings").path(key).asString(key);
	}

	List<String> basics() {
		List<String> paragraphs = new ArrayList<>();
		this.root.path("basics").values().forEach((p) -> paragraphs.add(p.asString()));
		return paragraphs;
	}

	/**
	 * The clause of one year in 基本情况 when the window spans several, and the words that
	 * open the sentence of the years.
	 * @return the opening and the clause, or empty when the wording file has none
	 */
	Optional<List<String>> byYear() {
		JsonNode node = this.root.path("byYear");
		if (node.isMissingNode() || node.path("year").isMissingNode()) {
			return Optional.empty();
		}
		return Optional.of(List.of(node.path("opening").asString(""), node.path("year").asString()));
	}

	String judgement(String area) {
		return areaText(area, "judgement");
	}

	String measure(String area) {
		return areaText(area, "measure");
	}

	private String areaText(String area, String key) {
		JsonNode node = this.root.path("areas").path(area).path(key);
		return node.isMissingNode() ? this.root.path("default").path(key).asString() : node.asString();
	}

	String issue(String duty, Severity severity) {
		JsonNode duties = this.root.path("duties");
		JsonNode node = duties.path(duty + "/" + severity.name());
		if (node.isMissingNode()) {
			node = duties.path(duty);
		}
		return node.isMissingNode() ? this.root.path("default").path("issue").asString() : node.asString();
	}

	int deadlineDays(Severity severity) {
		return this.root.path("rectification").path((severity == Severity.MAJOR) ? "majorDays" : "minorDays").asInt(30);
	}

	/**
	 * The states of the rectification ledger's drop-down.
	 * @return the states, first the one of a new row
	 */
	public List<String> statuses() {
		List<String> statuses = new ArrayList<>();
		this.root.path("rectification").path("statuses").values().forEach((s) -> statuses.add(s.asString()));
		return statuses.isEmpty() ? List.of("未整改", "整改中", "已完成", "已销号") : statuses;
	}

}
