package org.zicha.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * the table's rules fill them in, and each filled draft is checked and parsed. A row
 * whose code names no duty, two rows for one duty, a value that cannot be read and a
 * threshold a duty needs but lacks are reported with the row.
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

	Map<String, Threshold> read() {
		Map<ThresholdDraft, List<String>> rowsByDraft = new IdentityHashMap<>();
		List<String> fired = new ArrayList<>();
		Map<String, ThresholdDraft> drafts = new LinkedHashMap<>();
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
						.forEach((d) -> rowsByDraft.computeIfAbsent((ThresholdDraft) d, (k) -> new ArrayList<>())
							.add(name));
				}
			});
			for (Duty duty : this.duties) {
				ThresholdDraft draft = new ThresholdDraft(duty.code());
				drafts.put(duty.code(), draft);
				session.insert(draft);
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
		Map<String, Threshold> thresholds = new LinkedHashMap<>();
		for (Duty duty : this.duties) {
			ThresholdDraft draft = drafts.get(duty.code());
			List<String> rows = rowsByDraft.getOrDefault(draft, List.of());
			if (rows.size() > 1) {
				this.problems
					.add(problem(rows.get(1), "义务 " + duty.code() + " 已有一行阈值（第" + row(rows.get(0)) + "行），不能重复"));
			}
			if (!rows.isEmpty()) {
				Threshold threshold = parse(draft, rows.get(0));
				thresholds.put(duty.code(), threshold);
			}
			for (String parameter : duty.parameters()) {
				Threshold threshold = thresholds.get(duty.code());
				if (threshold == null || !threshold.has(parameter)) {
					this.problems.add(new RuleBookException.Problem(RuleCompiler.THRESHOLDS_FILE,
							rows.isEmpty() ? 0 : row(rows.get(0)),
							"义务 " + duty.code() + " 需要填写“" + label(parameter) + "”"));
				}
			}
		}
		return thresholds;
	}

	List<RuleBookException.Problem> problems() {
		return this.problems;
	}

	private List<Rule> tableRules() {
		KiePackage pkg = this.kieBase.getKiePackage(RuleCompiler.THRESHOLDS_PACKAGE);
		return (pkg != null) ? List.copyOf(pkg.getRules()) : List.of();
	}

	private Threshold parse(ThresholdDraft draft, String rule) {
		Map<String, String> cells = draft.cells();
		PeriodKind period = null;
		Integer count = null;
		Double share = null;
		Limit limit = null;
		Integer notice = null;
		for (Map.Entry<String, String> cell : cells.entrySet()) {
			String text = cell.getValue().strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				switch (cell.getKey()) {
					case "period" -> {
						period = PeriodKind.parse(text);
						if (period == null) {
							throw new IllegalArgumentException("应为 月、季度、半年 或 年");
						}
					}
					case "count" -> count = wholeNumber(text);
					case "share" -> share = share(text);
					case "limit" -> limit = Limit.parse(text);
					case "notice" -> notice = wholeNumber(text);
					default -> throw new IllegalStateException(cell.getKey());
				}
			}
			catch (IllegalArgumentException ex) {
				this.problems
					.add(problem(rule, "“" + label(cell.getKey()) + "”填写的“" + text + "”有误：" + ex.getMessage()));
			}
		}
		return new Threshold(draft.getCode(), period, count, share, limit, notice);
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
			double d = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
					: Double.parseDouble(text);
			if (d <= 0 || d >= 1) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("应为0到1之间的小数或百分数，如 0.5 或 50%");
		}
	}

	private static String label(String parameter) {
		return switch (parameter) {
			case "period" -> "统计周期";
			case "count" -> "次数";
			case "share" -> "比例";
			case "limit" -> "时限";
			case "notice" -> "提醒窗口（天）";
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

}
