package org.zicha.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import org.zicha.finding.Duty;
import org.zicha.ledger.PeriodKind;

/**
 * Reads the thresholds decision table: one {@link ThresholdDraft} per duty is inserted,
 * every row of the table for that duty fills it in as it fires, and each row's cells are
 * checked and parsed. A row whose code names no duty, two rows for one duty and category,
 * a value that cannot be read, a threshold a duty needs but lacks (in any of its rows), a
 * value a duty does not use, and a duty with rows only for categories are reported with
 * the row.
 */
final class ThresholdTable {

	private static final Pattern ROW = Pattern.compile("_(\\d+)$");

	private final KieBase kieBase;

	private final Collection<Duty> duties;

	private final Consumer<String> firedRules;

	private final List<RuleBookException.Problem> problems = new ArrayList<>();

	ThresholdTable(KieBase kieBase, Collection<Duty> duties, Consumer<String> firedRules) {
		this.kieBase = kieBase;
		this.duties = duties;
		this.firedRules = firedRules;
	}

	List<Threshold> read() {
		List<Row> rows = new ArrayList<>();
		Set<String> fired = new HashSet<>();
		KieSession session = this.kieBase.newKieSession();
		try {
			session.addEventListener(new DefaultAgendaEventListener() {
				@Override
				public void afterMatchFired(AfterMatchFiredEvent event) {
					String name = event.getMatch().getRule().getName();
					fired.add(name);
					ThresholdTable.this.firedRules.accept(name);
					event.getMatch()
						.getObjects()
						.stream()
						.filter(ThresholdDraft.class::isInstance)
						.map(ThresholdDraft.class::cast)
						.forEach((d) -> rows.add(new Row(name, d.getCode(), d.takeRow())));
				}
			});
			for (Duty duty : this.duties) {
				session.insert(new ThresholdDraft(duty.code()));
			}
			session.fireAllRules((match) -> RuleCompiler.THRESHOLDS_PACKAGE.equals(match.getRule().getPackageName()));
		}
		finally {
			session.dispose();
		}
		for (Rule rule : tableRules()) {
			if (!fired.contains(rule.getName())) {
				this.problems.add(problem(rule.getName(), "义务代码不存在（可用 `rules` 命令查看全部义务代码）"));
			}
		}
		rows.sort(Comparator.comparingInt((Row r) -> row(r.rule())));
		List<Threshold> thresholds = new ArrayList<>();
		for (Duty duty : this.duties) {
			Map<String, Row> byCategory = new LinkedHashMap<>();
			for (Row r : rows) {
				if (r.duty().equals(duty.code())) {
					Row first = byCategory.putIfAbsent(r.categoryKey(), r);
					if (first != null) {
						this.problems.add(problem(r.rule(),
								"义务 " + duty.code() + r.categoryLabel() + "已有一行阈值（第" + row(first.rule()) + "行），不能重复"));
					}
				}
			}
			Set<String> categories = byCategory.values()
				.stream()
				.map(Row::category)
				.filter(Objects::nonNull)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			Row general = byCategory.get("");
			if (general == null && !duty.parameters().isEmpty()) {
				this.problems.add(new RuleBookException.Problem(RuleCompiler.THRESHOLDS_FILE, 0,
						"义务 " + duty.code() + " 需要一行不填组织类别的阈值（适用于全部组织），并填写" + labels(duty.parameters())));
			}
			for (Row r : byCategory.values()) {
				Threshold threshold = parse(r, (r.category() == null) ? categories : Set.of());
				thresholds.add(threshold);
				List<String> missing = duty.parameters()
					.stream()
					.filter((p) -> r.cells().getOrDefault(p, "").isBlank())
					.toList();
				if (!missing.isEmpty()) {
					this.problems
						.add(problem(r.rule(), "义务 " + duty.code() + r.categoryLabel() + "需要填写" + labels(missing)));
				}
				List<String> unused = r.cells()
					.entrySet()
					.stream()
					.filter((c) -> !c.getKey().equals("category") && !c.getValue().isBlank()
							&& !duty.parameters().contains(c.getKey()))
					.map(Map.Entry::getKey)
					.toList();
				if (!unused.isEmpty()) {
					this.problems.add(problem(r.rule(),
							"义务 " + duty.code() + r.categoryLabel() + "不使用" + labels(unused) + "，请留空"));
				}
			}
		}
		return thresholds;
	}

	private static String labels(List<String> parameters) {
		return parameters.stream().map((p) -> "“" + label(p) + "”").collect(Collectors.joining("、"));
	}

	List<RuleBookException.Problem> problems() {
		return this.problems;
	}

	private List<Rule> tableRules() {
		KiePackage pkg = this.kieBase.getKiePackage(RuleCompiler.THRESHOLDS_PACKAGE);
		return (pkg != null) ? List.copyOf(pkg.getRules()) : List.of();
	}

	private Threshold parse(Row row, Set<String> otherCategories) {
		PeriodKind period = null;
		Integer count = null;
		Double share = null;
		Limit limit = null;
		Deadline deadline = null;
		Integer notice = null;
		Integer max = null;
		Integer outstation = null;
		for (Map.Entry<String, String> cell : row.cells().entrySet()) {
			String text = cell.getValue().strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				switch (cell.getKey()) {
					case "category" -> {
					}
					case "period" -> {
						period = PeriodKind.parse(text);
						if (period == null) {
							throw new IllegalArgumentException("应为 月、季度、半年 或 年");
						}
					}
					case "count" -> count = wholeNumber(text);
					case "share" -> share = share(text);
					case "limit" -> limit = Limit.parse(text);
					case "deadline" -> deadline = Deadline.parse(text);
					case "notice" -> notice = wholeNumber(text);
					case "max" -> max = wholeNumber(text);
					case "outstation" -> outstation = wholeNumber(text);
					default -> throw new IllegalStateException(cell.getKey());
				}
			}
			catch (IllegalArgumentException ex) {
				this.problems
					.add(problem(row.rule(), "“" + label(cell.getKey()) + "”填写的“" + text + "”有误：" + ex.getMessage()));
			}
		}
		return new Threshold(row.duty(), row.category(), period, count, share, limit, deadline, notice, max, outstation,
				otherCategories);
	}

	private static int wholeNumber(String text) {
		try {
			int n = (int) Double.parseDouble(text);
			if (n < 0 || n != Double.parseDouble(text)) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("应为不小于0的整数");
		}
	}

	private static double share(String text) {
		try {
			int slash = text.indexOf('/');
			double d = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100 : (slash > 0)
					? Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1))
					: Double.parseDouble(text);
			if (d <= 0 || d >= 1) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("应为0到1之间的小数、百分数或分数，如 0.5、50% 或 2/3");
		}
	}

	private static String label(String parameter) {
		return switch (parameter) {
			case "category" -> "组织类别";
			case "period" -> "统计周期";
			case "count" -> "次数";
			case "share" -> "比例";
			case "limit" -> "时限";
			case "deadline" -> "截止日期";
			case "notice" -> "提醒窗口（天）";
			case "max" -> "上限";
			case "outstation" -> "外驻人数";
			default -> parameter;
		};
	}

	private static RuleBookException.Problem problem(String rule, String message) {
		return new RuleBookException.Problem(RuleCompiler.THRESHOLDS_FILE, row(rule), message);
	}

	private static int row(String rule) {
		Matcher m = ROW.matcher(rule);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	/**
	 * One row of the table as it fired: the rule the row became, its duty and its cells.
	 */
	private record Row(String rule, String duty, Map<String, String> cells) {

		String category() {
			String text = this.cells.get("category");
			return (text != null && !text.isBlank()) ? text.strip() : null;
		}

		String categoryKey() {
			return (category() != null) ? category() : "";
		}

		String categoryLabel() {
			return (category() != null) ? "（组织类别“" + category() + "”）" : " ";
		}

	}

}
