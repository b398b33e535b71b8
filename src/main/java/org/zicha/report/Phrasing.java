package org.zicha.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.zicha.finding.Duty;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * The wording of the report, from {@code rules/report/phrasing.yml}: the title and
 * headings, the paragraphs of 基本情况, the themes of 存在的问题 with their judgements, evidence
 * sentences and measures, each duty's sentence in the appendix, the small words, the
 * rectification ledger's deadlines, statuses and changes, and the branch bulletin. Every
 * template is parsed when the file is read; {@link #problems} checks that all of it fits
 * the rules it goes with.
 */
public final class Phrasing {

	/** The file in the rules folder. */
	public static final String FILE = "report/phrasing.yml";

	private final JsonNode root;

	private final Map<String, Phrase> phrases = new LinkedHashMap<>();

	private final List<String> syntax = new ArrayList<>();

	private final List<Theme> themes;

	private Phrasing(JsonNode root) {
		this.root = root;
		this.themes = themes();
	}

	/**
	 * Read the wording.
	 * @param in the YAML
	 * @return the wording
	 * @throws IllegalArgumentException when the file is not valid YAML
	 */
	public static Phrasing parse(InputStream in) {
		JsonNode root;
		try {
			root = YAMLMapper.builder().build().readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("不是有效的 YAML：" + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("不是有效的措辞模板：文件为空或不是“键: 值”的形式");
		}
		return new Phrasing(root);
	}

	/**
	 * Every problem of the wording against the rules it goes with: a key missing, a
	 * template that does not parse, a placeholder that cannot be filled, an area of a
	 * rule in no theme, a duty without its sentences. Each names the key.
	 * @param duties the duties of the rules
	 * @param statistics the names of the statistics ({@code stats.…}) a run computes
	 * @return the problems, empty when the wording fits
	 */
	public List<String> problems(Collection<Duty> duties, Set<String> statistics) {
		List<String> checked = new ArrayList<>();
		new PhrasingCheck(this, duties, statistics, checked).run();
		List<String> problems = new ArrayList<>(this.syntax);
		problems.addAll(checked);
		return problems;
	}

	JsonNode node(String path) {
		JsonNode node = this.root;
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return node;
	}

	/**
	 * The template at a key, parsed once; a syntax error is kept for {@link #problems}.
	 * @param key the dotted key
	 * @return the template, empty when missing or broken
	 */
	Phrase phrase(String key) {
		return phrase(key, node(key));
	}

	Phrase phrase(String key, JsonNode node) {
		return this.phrases.computeIfAbsent(key, (k) -> {
			String text = text(node);
			if (text == null) {
				return Phrase.parse("");
			}
			try {
				return Phrase.parse(text);
			}
			catch (IllegalArgumentException ex) {
				this.syntax.add(k + "：" + ex.getMessage() + "（" + text + "）");
				return Phrase.parse("");
			}
		});
	}

	/**
	 * Every template parsed so far, by key: what the check looks at.
	 * @return the templates
	 */
	Map<String, Phrase> phrases() {
		return this.phrases;
	}

	static String text(JsonNode node) {
		return (node != null && node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	/**
	 * A fixed text (a heading, a word).
	 * @param key the dotted key
	 * @return the text, or the key when it is missing
	 */
	String word(String key) {
		String text = text(node(key));
		return (text != null) ? text : key;
	}

	/**
	 * The counts of a report in a sentence, as the console, report.md and report.html
	 * state them: the problems by severity and the items of 问题清单, the notices, the
	 * exempted findings and the skipped ledger rows, each apart.
	 * @param counts the counts
	 * @return the sentence
	 */
	public String counts(Report.Counts counts) {
		Map<String, Object> values = countValues(counts);
		values.put("summary", phrase((counts.problems() > 0) ? "counts.problems" : "counts.none").fill(values));
		return phrase("counts.text").fill(values);
	}

	/**
	 * The line under the title of 问题清单: how many items, how many problems.
	 * @param counts the counts
	 * @return the line
	 */
	public String itemCounts(Report.Counts counts) {
		return phrase("counts.items").fill(countValues(counts));
	}

	private static Map<String, Object> countValues(Report.Counts counts) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("problems", counts.problems());
		values.put("major", counts.major());
		values.put("minor", counts.minor());
		values.put("items", counts.items());
		values.put("notices", counts.notices());
		values.put("exempted", counts.exempted());
		values.put("dataProblems", counts.dataProblems());
		return values;
	}

	/**
	 * A heading.
	 * @param key basics, problems, measures, notices, appendix, exempted, resolved or
	 * noProblems
	 * @return its text
	 */
	public String heading(String key) {
		return word("headings." + key);
	}

	List<Phrase> title() {
		List<Phrase> lines = new ArrayList<>();
		int i = 0;
		for (JsonNode line : node("title").values()) {
			lines.add(phrase("title[" + i++ + "]", line));
		}
		return lines;
	}

	List<Phrase> basics() {
		List<Phrase> paragraphs = new ArrayList<>();
		int i = 0;
		for (JsonNode p : node("basics").values()) {
			paragraphs.add(phrase("basics[" + i++ + "]", p));
		}
		return paragraphs;
	}

	/**
	 * The sentence of the years of a window that spans several: the words that open it
	 * and the clause of one year.
	 * @return the opening and the clause, or empty when the wording file has none
	 */
	Optional<List<Phrase>> byYear() {
		if (node("byYear").isMissingNode()) {
			return Optional.empty();
		}
		return Optional.of(List.of(phrase("byYear.opening"), phrase("byYear.year")));
	}

	List<Theme> themeList() {
		return this.themes;
	}

	/**
	 * The theme an area belongs to.
	 * @param area the area
	 * @return the theme, or null
	 */
	Theme theme(String area) {
		return this.themes.stream().filter((t) -> t.areas().contains(area)).findFirst().orElse(null);
	}

	/**
	 * A duty's sentence in the appendix and the rectification ledger.
	 * @param duty the duty code
	 * @param severity the severity of the row
	 * @return the template
	 */
	Phrase row(String duty, Severity severity) {
		String variant = "duties." + duty + "/" + severity.name();
		JsonNode node = node("duties").path(duty + "/" + severity.name());
		if (!node.isMissingNode()) {
			return phrase(variant, node);
		}
		return phrase("duties." + duty, node("duties").path(duty));
	}

	int deadlineDays(Severity severity) {
		return node("rectification").path((severity == Severity.MAJOR) ? "majorDays" : "minorDays").asInt(30);
	}

	/**
	 * A notice as a line of 近期到期事项: its message and deadline.
	 * @param notice the notice
	 * @return the line
	 */
	String notice(Finding notice) {
		return phrase("words.notice").fill(java.util.Map.of("message", notice.message(), "deadline",
				org.zicha.ledger.Period.dayLabel(notice.dueBy())));
	}

	/**
	 * The states of the rectification ledger's drop-down.
	 * @return the states, first the one of a new row
	 */
	public List<String> statuses() {
		return strings("rectification.statuses");
	}

	/**
	 * The states that say a row was rectified.
	 * @return the states
	 */
	public List<String> doneStatuses() {
		return strings("rectification.done");
	}

	/**
	 * How the rectification ledger words a row's change against the earlier run.
	 * @param change the change
	 * @return its word, e.g. 整改不到位
	 */
	public String change(Report.Change change) {
		return word("rectification.changes." + change.name());
	}

	List<String> strings(String key) {
		List<String> values = new ArrayList<>();
		node(key).values().forEach((s) -> values.add(s.asString()));
		return values;
	}

	private List<Theme> themes() {
		List<Theme> list = new ArrayList<>();
		int t = 0;
		for (JsonNode node : node("themes").values()) {
			String name = text(node.path("name"));
			String key = "themes[" + t++ + "]" + ((name != null) ? "（" + name + "）" : "");
			List<Theme.Clause> clauses = clauses(key + ".clauses", node.path("clauses"));
			List<List<Theme.Clause>> sentences = new ArrayList<>();
			int s = 0;
			for (JsonNode sentence : node.path("sentences").values()) {
				sentences.add(clauses(key + ".sentences[" + s++ + "].clauses", sentence.path("clauses")));
			}
			JsonNode m = node.path("measure");
			List<Theme.Action> actions = new ArrayList<>();
			int a = 0;
			for (JsonNode action : m.path("actions").values()) {
				String actionKey = key + ".measure.actions[" + a++ + "]";
				actions.add(new Theme.Action(strings(action.path("duties")), action.path("away").asBoolean(false),
						phrase(actionKey + ".text", action.path("text"))));
			}
			Theme.Measure measure = new Theme.Measure(text(m.path("title")), actions);
			list.add(new Theme(name, key, strings(node.path("areas")),
					phrase(key + ".judgement", node.path("judgement")), clauses, sentences, measure));
		}
		return List.copyOf(list);
	}

	private List<Theme.Clause> clauses(String key, JsonNode nodes) {
		List<Theme.Clause> clauses = new ArrayList<>();
		int i = 0;
		for (JsonNode node : nodes.values()) {
			String clauseKey = key + "[" + i++ + "]";
			JsonNode text = node.path("text");
			String oneKey = clauseKey + (node.has("one") ? ".one" : ".text");
			String manyKey = clauseKey + (node.has("many") ? ".many" : ".text");
			Phrase one = phrase(oneKey, node.has("one") ? node.path("one") : text);
			Phrase many = phrase(manyKey, node.has("many") ? node.path("many") : text);
			Map<String, Phrase> items = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> item : node.path("items").properties()) {
				items.put(item.getKey(), phrase(clauseKey + ".items." + item.getKey(), item.getValue()));
			}
			clauses.add(new Theme.Clause(clauseKey, strings(node.path("duties")), node.path("away").asBoolean(false),
					one, many, items, text(node.path("last")), oneKey, manyKey, text(node.path("each")),
					node.path("eachNamed").asBoolean(false)));
		}
		return clauses;
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node.isArray()) {
			node.values().forEach((v) -> values.add(v.asString()));
		}
		else if (text(node) != null) {
			values.add(text(node));
		}
		return values;
	}

}
