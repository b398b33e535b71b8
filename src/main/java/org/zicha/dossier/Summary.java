package org.zicha.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.zicha.finding.Severity;

/**
 * The sentences of the dossier's summary: the figures of the whole window and of each
 * area in words, figures that are zero left out.
 */
final class Summary {

	private static final String NUMERALS = "一二三四五六七八九十";

	private final Dossier dossier;

	private final Rates rates;

	private final List<ProblemStatus> problems;

	Summary(Dossier dossier) {
		this.dossier = dossier;
		this.rates = dossier.rates();
		this.problems = dossier.problems();
	}

	Rates rates() {
		return this.rates;
	}

	List<ProblemStatus> problems(String area) {
		return this.problems.stream().filter((p) -> p.entry().area().equals(area)).toList();
	}

	List<String> overview() {
		List<String> paragraphs = new ArrayList<>();
		Rate all = this.rates.of(null, null, null);
		paragraphs.add(this.dossier.window() + "，对" + this.dossier.rootName() + "及所属" + this.dossier.subordinates()
				+ "个党组织履行党建工作职责的情况，按义务、组织、期间逐项作了梳理。纳入评价的履职事项（按期考核的组织·期间，以及逐次考核的会议和学习篇目）共" + all.evaluated() + "项，已落实"
				+ all.met() + "项，总体履职率" + all.percent() + byYear(null, null) + "。");
		Map<String, Long> kinds = new LinkedHashMap<>();
		this.dossier.entries()
			.stream()
			.flatMap((e) -> e.proofs().stream())
			.distinct()
			.forEach((p) -> kinds.merge(p.kind(), 1L, Long::sum));
		paragraphs.add("佐证目录逐项列示证明义务落实的台账记录" + this.dossier.proofs().size() + "条"
				+ (kinds.isEmpty() ? ""
						: "（" + kinds.entrySet()
							.stream()
							.map((e) -> e.getKey() + "记录" + e.getValue() + "条")
							.collect(Collectors.joining("、")) + "）")
				+ "，每条注明所在的台账文件、工作表和行号，可据此调阅原始记录。");
		paragraphs.add(problemSentence(this.problems, "检查发现") + (this.dossier.rectificationRead() ? "（整改情况依据整改台账）"
				: this.problems.isEmpty() ? "" : "（未提供整改台账，整改情况均按进行中列示）") + "。");
		if (this.dossier.feedbackRead()) {
			paragraphs.add(feedback());
		}
		return paragraphs;
	}

	String area(String area) {
		Rate rate = this.rates.of(area, null, null);
		StringBuilder sb = new StringBuilder();
		if (rate.evaluated() > 0) {
			sb.append("纳入评价的履职事项")
				.append(rate.evaluated())
				.append("项，已落实")
				.append(rate.met())
				.append("项，履职率")
				.append(rate.percent())
				.append(byYear(area, null))
				.append("。");
			lowest(area).ifPresent((org) -> sb.append("履职率较低的是")
				.append(org.name())
				.append("（")
				.append(this.rates.of(area, org.id(), null).percent())
				.append("）。"));
		}
		sb.append(problemSentence(problems(area), "发现")).append("。");
		return sb.toString();
	}

	String feedback() {
		List<FollowUp> followUps = this.dossier.followUps();
		long mapped = followUps.stream().filter((f) -> f.verdict() != FollowUp.Verdict.UNMAPPED).count();
		if (followUps.isEmpty()) {
			return "反馈问题整改情况表中没有问题。";
		}
		return "上次巡视（巡察）反馈问题" + followUps.size() + "个，" + counts(followUps.stream().map(FollowUp::progress).toList())
				+ ((mapped > 0) ? "；其中对应到具体义务的" + mapped + "个问题已对照台账逐项核验，时限之后仍未落实的判定为整改不到位" : "") + "。";
	}

	/** The rates of each year, when the window spans several. */
	private String byYear(String area, String orgId) {
		List<Integer> years = this.dossier.years();
		if (years.size() < 2) {
			return "";
		}
		return "（" + years.stream()
			.filter((y) -> this.rates.of(area, orgId, y).evaluated() > 0)
			.map((y) -> y + "年" + this.rates.of(area, orgId, y).percent())
			.collect(Collectors.joining("、")) + "）";
	}

	private Optional<Organisation> lowest(String area) {
		Rate all = this.rates.of(area, null, null);
		return this.dossier.organisations()
			.stream()
			.filter((o) -> this.rates.of(area, o.id(), null).evaluated() > 0)
			.filter((o) -> this.rates.of(area, o.id(), null).share().compareTo(all.share()) < 0)
			.min(Comparator.comparing((Organisation o) -> this.rates.of(area, o.id(), null).share()));
	}

	private static String problemSentence(List<ProblemStatus> problems, String verb) {
		if (problems.isEmpty()) {
			return "未" + verb.replace("检查", "") + "问题";
		}
		Map<Severity, Long> bySeverity = problems.stream()
			.collect(Collectors.groupingBy((p) -> p.entry().finding().severity(), () -> new EnumMap<>(Severity.class),
					Collectors.counting()));
		List<String> kinds = new ArrayList<>();
		if (bySeverity.containsKey(Severity.MAJOR)) {
			kinds.add("重要问题" + bySeverity.get(Severity.MAJOR) + "个");
		}
		if (bySeverity.containsKey(Severity.MINOR)) {
			kinds.add("一般问题" + bySeverity.get(Severity.MINOR) + "个");
		}
		return verb + "问题" + problems.size() + "个（" + String.join("、", kinds) + "），"
				+ counts(problems.stream().map(ProblemStatus::progress).toList());
	}

	/** 已完成整改a个、正在整改b个、整改不到位c个, parts that are zero left out. */
	private static String counts(List<Progress> progress) {
		Map<Progress, Long> counts = progress.stream()
			.collect(Collectors.groupingBy((p) -> p, () -> new EnumMap<>(Progress.class), Collectors.counting()));
		List<String> parts = new ArrayList<>();
		if (counts.containsKey(Progress.DONE)) {
			parts.add("已完成整改" + counts.get(Progress.DONE) + "个");
		}
		if (counts.containsKey(Progress.ONGOING)) {
			parts.add("正在整改" + counts.get(Progress.ONGOING) + "个");
		}
		if (counts.containsKey(Progress.NOT_EFFECTIVE)) {
			parts.add("整改不到位" + counts.get(Progress.NOT_EFFECTIVE) + "个");
		}
		return String.join("、", parts);
	}

	/** Where the rectification of a group of problems stands: 完成2个、进行中1个. */
	static String progress(List<ProblemStatus> group) {
		Map<Progress, Long> counts = group.stream()
			.collect(Collectors.groupingBy(ProblemStatus::progress, () -> new EnumMap<>(Progress.class),
					Collectors.counting()));
		if (counts.size() == 1) {
			return counts.keySet().iterator().next().label();
		}
		return counts.entrySet()
			.stream()
			.map((e) -> e.getKey().label() + e.getValue() + "个")
			.collect(Collectors.joining("、"));
	}

	/**
	 * A Chinese ordinal.
	 * @param n one to twenty
	 * @return 一, 二, …, 十, 十一, …
	 */
	static String ordinal(int n) {
		if (n <= 10) {
			return String.valueOf(NUMERALS.charAt(n - 1));
		}
		return ((n >= 20) ? NUMERALS.charAt(n / 10 - 1) + "十" : "十")
				+ ((n % 10 > 0) ? NUMERALS.charAt(n % 10 - 1) : "");
	}

}
