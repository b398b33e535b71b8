package org.zicha.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zicha.finding.Subject;
import org.zicha.ledger.Period;
import org.zicha.report.Words;

/**
 * The few phrases the dossier's writers share.
 */
final class Texts {

	/**
	 * How the title of a gap turns into what the duty asks; the first that applies is
	 * used.
	 */
	private static final String[][] TURNS = { { "应设支委会而未设立", "按规定设立支委会" }, { "连续六个月", "无连续六个月" },
			{ "任期届满未按期换届", "任期届满按期换届" }, { "次数不足", "次数达到要求" }, { "不满一年", "满一年" }, { "超过期限", "未超过期限" },
			{ "超过一年", "未超过一年" }, { "有误未纳入检查", "有效" }, { "不完整", "完整" }, { "不及时", "及时" }, { "未", "" } };

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private Texts() {
	}

	/**
	 * The period of an entry, with the person it is about (an event or directive is named
	 * by the entry's records and sentence).
	 */
	static String period(Entry entry) {
		Subject subject = entry.subject();
		String period = entry.periodLabel();
		if (subject == null || (subject.kind() != Subject.Kind.MEMBER && subject.kind() != Subject.Kind.APPLICANT)) {
			return period;
		}
		return (subject.name() != null ? subject.name() : subject.id()) + (period.isEmpty() ? "" : "（" + period + "）");
	}

	/**
	 * Text without the control characters an XML document cannot hold (tabs and line
	 * breaks are kept).
	 * @param text the text, or null
	 * @return the text, or empty for null
	 */
	static String clean(String text) {
		return (text == null) ? "" : CONTROL.matcher(text).replaceAll("");
	}

	/**
	 * The periods of entries of one duty and organisation in words, merged into ranges
	 * (2025年6月至12月); for a duty about persons, each person with their periods.
	 */
	static String periods(List<Entry> entries) {
		Map<String, List<Period>> bySubject = new LinkedHashMap<>();
		for (Entry e : entries) {
			Subject s = e.subject();
			boolean personal = s != null && (s.kind() == Subject.Kind.MEMBER || s.kind() == Subject.Kind.APPLICANT);
			String name = personal ? ((s.name() != null) ? s.name() : s.id()) : "";
			if (e.period() != null) {
				bySubject.computeIfAbsent(name, (k) -> new ArrayList<>()).add(e.period());
			}
		}
		return bySubject.entrySet()
			.stream()
			.map((e) -> e.getKey().isEmpty() ? Words.periods(e.getValue(), 0)
					: e.getKey() + "（" + Words.periods(e.getValue(), 0) + "）")
			.collect(Collectors.joining("、"));
	}

	/**
	 * What a duty asks, from its title, which names the gap: 未按期召开党员大会 → 按期召开党员大会. A
	 * title this cannot turn is kept as it is.
	 */
	static String requirement(String title) {
		for (String[] turn : TURNS) {
			if (title.contains(turn[0])) {
				return title.replaceFirst(Pattern.quote(turn[0]), Matcher.quoteReplacement(turn[1]));
			}
		}
		return title;
	}

	/**
	 * What an entry says: the finding's sentence, or the note of a met duty-period; and
	 * for a problem, its rectification.
	 */
	static String explanation(Entry entry, ProblemStatus problem) {
		String text = (entry.finding() != null) ? entry.finding().message() : entry.note();
		if (problem != null) {
			text = text + "\n整改台账：" + problem.status() + "；" + problem.later();
		}
		return text;
	}

	/** The exemption of an entry: its reason and approval. */
	static String exemption(Entry entry) {
		if (entry.exemptionReason() == null) {
			return null;
		}
		return entry.exemptionReason() + "（"
				+ ((entry.exemptionApproval() != null) ? entry.exemptionApproval() : "未填批准文号") + "）";
	}

}
