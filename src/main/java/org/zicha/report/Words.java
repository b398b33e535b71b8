package org.zicha.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.zicha.ledger.Period;
import org.zicha.ledger.PeriodKind;

/**
 * The small pieces of official-report Chinese the report is made of: lists of names
 * capped with 等N个, periods merged into ranges (2月至4月), ordinals (一是, （一）), percentages.
 */
final class Words {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	/** At most this many names are listed before 等N个. */
	static final int NAMES = 3;

	private Words() {
	}

	/**
	 * A Chinese number up to 99: 一, 十, 十二, 二十三.
	 * @param n the number
	 * @return its Chinese numeral
	 */
	static String number(int n) {
		if (n <= 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + DIGITS[n % 10];
		}
		return DIGITS[n / 10] + "十" + ((n % 10 != 0) ? DIGITS[n % 10] : "");
	}

	/**
	 * Items joined with 、 and, before the last, a conjunction (和, 或). An item may name
	 * its verb before a bar ("召开|支委会"); adjacent items of the same verb share it
	 * (召开支委会、党小组会或开展主题党日).
	 * @param items the items
	 * @param last the conjunction before the last item
	 * @return the items in words
	 */
	static String join(List<String> items, String last) {
		List<String> parts = new ArrayList<>();
		String verb = null;
		for (String item : items) {
			int bar = item.indexOf('|');
			String itemVerb = (bar >= 0) ? item.substring(0, bar) : null;
			String object = (bar >= 0) ? item.substring(bar + 1) : item;
			parts.add((itemVerb != null && itemVerb.equals(verb)) ? object
					: ((itemVerb != null) ? itemVerb : "") + object);
			verb = itemVerb;
		}
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join("、", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
	}

	/**
	 * A sentence ended with a full stop, unless it already ends with one.
	 * @param text the sentence
	 * @return the sentence with its full stop
	 */
	static String endSentence(String text) {
		String t = text.strip().replaceAll("[，、；：]+$", "");
		if (t.isEmpty() || "。！？".indexOf(t.charAt(t.length() - 1)) >= 0) {
			return t;
		}
		return t + "。";
	}

	/**
	 * Periods in words, merged and without the year of the report: 2月至4月, 第二季度至第三季度, 下半年,
	 * 全年, 8月19日; a period of another year keeps its year.
	 * @param periods the periods
	 * @param year the report's year
	 * @return the words
	 */
	static String periods(Collection<Period> periods, int year) {
		TreeSet<Period> sorted = new TreeSet<>(periods);
		List<String> parts = new ArrayList<>();
		List<Period> run = new ArrayList<>();
		for (Period p : sorted) {
			if (!run.isEmpty() && !(p.kind() == run.get(0).kind() && p.kind().isCalendar()
					&& run.get(run.size() - 1).next().equals(p))) {
				parts.add(run(run, year));
				run.clear();
			}
			run.add(p);
		}
		if (!run.isEmpty()) {
			parts.add(run(run, year));
		}
		return String.join("、", parts);
	}

	private static String run(List<Period> run, int year) {
		Period first = run.get(0);
		Period last = run.get(run.size() - 1);
		if (run.size() == 1) {
			return single(first, year);
		}
		if (first.kind() == PeriodKind.YEAR) {
			return first.from().getYear() + "年至" + last.from().getYear() + "年";
		}
		return single(first, year) + "至" + single(last, first.from().getYear());
	}

	private static String single(Period p, int year) {
		String y = (p.from().getYear() == year) ? "" : p.from().getYear() + "年";
		return switch (p.kind()) {
			case MONTH -> y + p.from().getMonthValue() + "月";
			case QUARTER -> y + p.label().substring(5);
			case HALF_YEAR -> y + p.label().substring(5);
			case YEAR -> (p.from().getYear() == year) ? "全年" : p.from().getYear() + "年";
			case DAY -> y + day(p.from());
			case SPAN -> (p.from().getDayOfMonth() == 1 && p.to().getDayOfMonth() == p.to().lengthOfMonth())
					? y + p.from().getMonthValue() + "月至"
							+ ((p.to().getYear() == p.from().getYear()) ? "" : p.to().getYear() + "年")
							+ p.to().getMonthValue() + "月"
					: y + day(p.from()) + "至" + ((p.to().getYear() == p.from().getYear()) ? "" : p.to().getYear() + "年")
							+ day(p.to());
		};
	}

	private static String day(LocalDate d) {
		return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	/**
	 * The months of a window in words: 2025年1月至12月.
	 * @param from the first day
	 * @param to the last day
	 * @return the words
	 */
	static String window(LocalDate from, LocalDate to) {
		YearMonth a = YearMonth.from(from);
		YearMonth b = YearMonth.from(to);
		if (a.equals(b)) {
			return a.getYear() + "年" + a.getMonthValue() + "月";
		}
		return a.getYear() + "年" + a.getMonthValue() + "月至" + ((a.getYear() == b.getYear()) ? "" : b.getYear() + "年")
				+ b.getMonthValue() + "月";
	}

}
