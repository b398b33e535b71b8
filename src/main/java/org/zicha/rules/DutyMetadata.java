package org.zicha.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;

import org.zicha.finding.Duty;
import org.zicha.finding.Severity;

/**
 * Reads the duties' metadata from the rules: every rule that gives findings names its
 * duty ({@code @duty}) and its sentence ({@code @message}) — except a rule marked
 * {@code @met}, which only concludes that the duty was met; one rule of each duty also
 * carries the duty's title, area, severity, source, confidence, remedy and thresholds.
 */
final class DutyMetadata {

	private static final List<String> CONFIDENCES = List.of("V", "S", "L");

	private final Map<String, String> ruleFiles;

	private final Map<String, Duty> duties = new LinkedHashMap<>();

	private final Map<String, String> dutyFiles = new LinkedHashMap<>();

	private final Map<String, RuleText> texts = new LinkedHashMap<>();

	private final List<RuleBookException.Problem> problems = new ArrayList<>();

	DutyMetadata(Map<String, String> ruleFiles) {
		this.ruleFiles = ruleFiles;
	}

	void add(Rule rule) {
		Map<String, Object> meta = rule.getMetaData();
		String code = text(meta, "duty");
		if (code == null) {
			return;
		}
		String file = this.ruleFiles.getOrDefault(rule.getName(), rule.getPackageName());
		String message = text(meta, "message");
		if (message == null && !meta.containsKey("met")) {
			problem(file, rule, "缺少 @message（问题描述模板）");
		}
		this.texts.put(rule.getName(), new RuleText(code, message, text(meta, "notice"), text(meta, "pace")));
		if (text(meta, "title") == null) {
			return;
		}
		List<String> missing = new ArrayList<>();
		for (String key : List.of("area", "severity", "source", "confidence", "remedy")) {
			if (text(meta, key) == null) {
				missing.add("@" + key);
			}
		}
		if (!missing.isEmpty()) {
			problem(file, rule, "义务 " + code + " 缺少 " + String.join("、", missing));
			return;
		}
		Severity severity;
		try {
			severity = Severity.parse(text(meta, "severity"));
		}
		catch (IllegalArgumentException ex) {
			problem(file, rule, ex.getMessage());
			return;
		}
		String confidence = text(meta, "confidence");
		if (!CONFIDENCES.contains(confidence)) {
			problem(file, rule, "@confidence 应为 V、S 或 L");
		}
		String params = text(meta, "params");
		List<String> parameters = (params == null) ? List.of()
				: Arrays.stream(params.split("[,，\\s]+")).filter((p) -> !p.isEmpty()).toList();
		Duty duty = new Duty(code, text(meta, "area"), text(meta, "title"), severity, text(meta, "source"), confidence,
				text(meta, "remedy"), parameters);
		if (this.duties.putIfAbsent(code, duty) != null) {
			problem(file, rule, "义务 " + code + " 的说明（@title 等）已写在 " + this.dutyFiles.get(code) + "，只能写一处");
		}
		this.dutyFiles.putIfAbsent(code, file);
	}

	private void problem(String file, Rule rule, String message) {
		this.problems.add(new RuleBookException.Problem(file, 0, "规则“" + rule.getName() + "”" + message));
	}

	private static String text(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		return text.isEmpty() ? null : text;
	}

	Map<String, Duty> duties() {
		return this.duties;
	}

	Map<String, RuleText> texts() {
		return this.texts;
	}

	List<RuleBookException.Problem> problems() {
		List<RuleBookException.Problem> all = new ArrayList<>(this.problems);
		this.texts.values()
			.stream()
			.map(RuleText::duty)
			.distinct()
			.filter((code) -> !this.duties.containsKey(code))
			.forEach((code) -> all.add(new RuleBookException.Problem("", 0,
					"义务 " + code + " 没有说明：它的一条规则应写明 @title、@area、@severity、@source、@confidence、@remedy")));
		return all;
	}

}
