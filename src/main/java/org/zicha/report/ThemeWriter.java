package org.zicha.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;

/**
 * Writes the paragraph of 存在的问题 and the measure of 下步工作 of one theme: the judgement with
 * its breadth word and the clauses the findings support, one to three evidence sentences
 * that count organisations, periods and persons (each once per sentence), and the
 * measure's actions the findings call for.
 */
final class ThemeWriter {

	private final Draft draft;

	ThemeWriter(Draft draft) {
		this.draft = draft;
	}

	/**
	 * The paragraph of a theme.
	 * @param ordinal its ordinal (一是 …)
	 * @param theme the theme
	 * @param findings its findings (problems only)
	 * @return the paragraph
	 */
	Report.Problem problem(String ordinal, Theme theme, List<Finding> findings) {
		Aggregate all = Aggregate.of(this.draft, findings);
		StringBuilder clauses = new StringBuilder();
		for (Theme.Clause clause : theme.clauses()) {
			Aggregate part = Aggregate.of(this.draft, of(clause, findings));
			if (supported(clause, part, all)) {
				clauses.append(clause(clause, part.isEmpty() ? all : part));
			}
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("breadth", breadth(all, duties(theme)));
		values.put("clauses", clauses.toString());
		values.put("orgUnit", this.draft.unit(all.orgIds()));
		values.put("orgCount", all.orgIds().size());
		String judgement = this.draft.fill(theme.judgement(), values);
		List<String> sentences = new Paragraph(this).write(theme.sentences(), findings);
		Severity severity = findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.MINOR);
		return new Report.Problem(ordinal, theme.name(), judgement, sentences, severity);
	}

	Draft draft() {
		return this.draft;
	}

	String clause(Theme.Clause clause, Aggregate part) {
		return clause(clause, part, clause.text(part.orgIds().size()), Map.of());
	}

	/**
	 * A clause's text for an aggregate, with some values set.
	 */
	String clause(Theme.Clause clause, Aggregate part, Phrase text, Map<String, Object> more) {
		Map<String, Object> values = part.clauseValues(clause.each());
		values.put("breadth", breadth(part, clause.duties()));
		values.put("items", items(clause, part));
		values.putAll(more);
		return this.draft.fill(text, values);
	}

	/**
	 * The items of a clause: the text of each duty with findings, those of the same verb
	 * ("召开|支委会", "召开|党小组会") merged, joined with 、 and before the last with 和 when every
	 * organisation (or person) concerned has every item, otherwise with 或.
	 */
	private String items(Theme.Clause clause, Aggregate part) {
		List<String> texts = new ArrayList<>();
		List<Set<String>> concerned = new ArrayList<>();
		for (String duty : clause.duties()) {
			Phrase item = clause.items().get(duty);
			List<Finding> findings = part.findings().stream().filter((f) -> f.duty().equals(duty)).toList();
			if (item == null || findings.isEmpty()) {
				continue;
			}
			Aggregate one = Aggregate.of(this.draft, findings);
			String text = this.draft.fill(item, one.clauseValues(clause.each()));
			if (!texts.contains(text)) {
				texts.add(text);
				concerned.add(new HashSet<>(one.persons().isEmpty() ? one.orgIds() : one.persons()));
			}
			else {
				concerned.get(texts.indexOf(text)).addAll(one.persons().isEmpty() ? one.orgIds() : one.persons());
			}
		}
		if (clause.last() != null) {
			return Words.join(texts, clause.last());
		}
		Set<String> everyone = new HashSet<>();
		concerned.forEach(everyone::addAll);
		boolean all = concerned.stream().allMatch((c) -> c.equals(everyone));
		return Words.join(texts, this.draft.phrasing().word(all ? "words.and" : "words.or"));
	}

	private static boolean supported(Theme.Clause clause, Aggregate part, Aggregate all) {
		if (clause.away()) {
			return all.away() && (clause.duties().isEmpty() || !part.isEmpty());
		}
		return !part.isEmpty();
	}

	static List<Finding> of(Theme.Clause clause, List<Finding> findings) {
		if (clause.duties().isEmpty()) {
			return findings;
		}
		return findings.stream().filter((f) -> clause.duties().contains(f.duty())).toList();
	}

	private Set<String> duties(Theme theme) {
		Set<String> duties = new LinkedHashSet<>(theme.sentenceDuties());
		theme.clauses().forEach((c) -> duties.addAll(c.duties()));
		return duties;
	}

	/**
	 * The breadth word: 个别 for one organisation, 部分 for less than half of those the
	 * duties apply to, 一些 for half or more. The duties apply to the organisations they
	 * were evaluated for and, at least, to every organisation of the kinds concerned.
	 */
	private String breadth(Aggregate part, java.util.Collection<String> duties) {
		int concerned = part.orgIds().size();
		Set<String> evaluated = new HashSet<>(part.orgIds());
		for (String duty : duties) {
			evaluated.addAll(this.draft.input().evaluated().getOrDefault(duty, Set.of()));
		}
		evaluated.addAll(this.draft.ofKinds(part.orgIds()));
		String key = (concerned <= 1) ? "one"
				: (BigDecimal.valueOf(concerned * 2L).compareTo(BigDecimal.valueOf(evaluated.size())) < 0) ? "some"
						: "many";
		return this.draft.phrasing().word("words.breadth." + key);
	}

	/**
	 * The measure of a theme: its title, every action the findings call for (then the
	 * unconditional ones up to two actions; none already written for an earlier theme),
	 * and who is responsible: the organisation that supervises those concerned (the root
	 * for its own duties), and the organisations concerned.
	 * @param ordinal its ordinal (（一） …)
	 * @param theme the theme
	 * @param findings its findings
	 * @param written the actions written so far, added to
	 * @return the measure
	 */
	Report.Measure measure(String ordinal, Theme theme, List<Finding> findings, Set<String> written) {
		Aggregate all = Aggregate.of(this.draft, findings);
		List<String> called = new ArrayList<>();
		List<String> always = new ArrayList<>();
		for (Theme.Action action : theme.measure().actions()) {
			String text = Words.endSentence(this.draft.fill(action.text(), Map.of()));
			if (written.contains(text)) {
				continue;
			}
			if (action.unconditional()) {
				always.add(text);
			}
			else if ((!action.away() || all.away()) && (action.duties().isEmpty()
					|| findings.stream().anyMatch((f) -> action.duties().contains(f.duty())))) {
				called.add(text);
			}
		}
		// every kind of problem stated has its action; the unconditional ones only fill
		// up to two
		List<String> actions = new ArrayList<>(called);
		for (int i = 0; actions.size() < 2 && i < always.size(); i++) {
			actions.add(always.get(i));
		}
		written.addAll(actions);
		String root = (this.draft.root() != null) ? this.draft.root().id() : null;
		List<String> orgIds = all.orgIds().stream().filter((id) -> !id.equals(root)).toList();
		boolean own = findings.stream().anyMatch((f) -> f.orgId() == null || f.orgId().equals(root));
		String supervisor = orgIds.isEmpty() ? root : this.draft.supervisor(orgIds);
		Map<String, Object> values = new LinkedHashMap<>();
		boolean both = own && !orgIds.isEmpty();
		values.put("responsible",
				(supervisor == null || (both && supervisor.equals(root))) ? "" : this.draft.bodyName(supervisor));
		values.put("orgUnit", this.draft.unit(orgIds));
		values.put("orgCount", orgIds.size());
		values.put("heads", this.draft.heads(orgIds));
		String concerned = "";
		if (orgIds.size() == 1) {
			concerned = this.draft.bodyName(orgIds.get(0));
		}
		else if (!orgIds.isEmpty()) {
			concerned = this.draft.phrasing()
				.phrase("words.concerned")
				.fill(Map.of("orgUnit", values.get("orgUnit"), "heads", values.get("heads")));
		}
		values.put("concerned", concerned);
		String which = both ? "both" : orgIds.isEmpty() ? "own" : "others";
		String by = this.draft.fill(this.draft.phrasing().phrase("measureBy." + which), values);
		return new Report.Measure(ordinal, theme.name(), theme.measure().title(), String.join("", actions) + by);
	}

}
