package org.zicha.inspection;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;

import org.zicha.report.Phrasing;
import org.zicha.rules.RuleBook;
import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleSource;

/**
 * Compiles rules once and shares them: a rule set is kept by the digest of its files, so
 * the same files are compiled once however often they are asked for. A server keeps using
 * the last good rule set of a source when an edit breaks it.
 */
public final class RuleShelf {

	private final Map<String, RuleSet> byDigest = new ConcurrentHashMap<>();

	private final Map<String, RuleSet> lastGood = new ConcurrentHashMap<>();

	private volatile RuleBookException lastFailure;

	/**
	 * The rule set of a source, strictly: any problem stops.
	 * @param source where the rules are
	 * @return the rules and their wording
	 * @throws RuleBookException with every problem, each with its file and line
	 */
	public RuleSet load(RuleSource source) {
		String digest = RuleBook.digest(source.files());
		RuleSet cached = this.byDigest.get(digest);
		if (cached != null) {
			return cached;
		}
		RuleBook book = RuleBook.load(source);
		RuleSet set = new RuleSet(book, phrasing(book));
		this.byDigest.put(book.digest(), set);
		this.lastGood.put(source.description(), set);
		return set;
	}

	/**
	 * The rule set of a source, or, when its files no longer load, the last good rule set
	 * of the same source (the failure is kept in {@link #lastFailure()}).
	 * @param source where the rules are
	 * @return the rules and their wording
	 * @throws RuleBookException when the source never loaded
	 */
	public RuleSet loadOrKeep(RuleSource source) {
		try {
			RuleSet set = load(source);
			this.lastFailure = null;
			return set;
		}
		catch (RuleBookException ex) {
			RuleSet kept = this.lastGood.get(source.description());
			if (kept == null) {
				throw ex;
			}
			this.lastFailure = ex;
			return kept;
		}
	}

	/**
	 * Why the latest {@link #loadOrKeep} fell back to an earlier rule set.
	 * @return the problems, or empty when the latest load succeeded
	 */
	public Optional<RuleBookException> lastFailure() {
		return Optional.ofNullable(this.lastFailure);
	}

	/**
	 * The wording of a rule book, checked against its duties and the statistics a run
	 * computes: every placeholder must resolve, every area belong to a theme, every duty
	 * have its sentences.
	 */
	private static Phrasing phrasing(RuleBook book) {
		byte[] file = book.file(Phrasing.FILE).orElseThrow(() -> failure(List.of("规则文件夹中缺少报告措辞模板 " + Phrasing.FILE)));
		Phrasing phrasing;
		try {
			phrasing = Phrasing.parse(new ByteArrayInputStream(file));
		}
		catch (IllegalArgumentException ex) {
			throw failure(List.of(ex.getMessage()));
		}
		List<String> problems = phrasing.problems(book.duties(), statisticNames(book));
		if (!problems.isEmpty()) {
			throw failure(problems);
		}
		return phrasing;
	}

	/**
	 * The names of the statistics a run computes, as the wording's {stats.…} names them:
	 * those of a run over an empty ledger, which computes every figure.
	 */
	private static Set<String> statisticNames(RuleBook book) {
		Ledger empty = new Ledger(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
		LocalDate day = LocalDate.of(2000, 12, 31);
		CheckResult result = new Check(book).run(new LedgerRead(empty, List.of(), List.of(), List.of(), ""),
				CheckOptions.asOf(day));
		Set<String> names = new TreeSet<>();
		names(null, result.stats(), names);
		return names;
	}

	private static void names(String prefix, Object value, Set<String> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> names(((prefix != null) ? prefix + "." : "") + k, v, into));
		}
		else if (prefix != null) {
			into.add(prefix);
		}
	}

	private static RuleBookException failure(List<String> messages) {
		return new RuleBookException(
				messages.stream().map((m) -> new RuleBookException.Problem(Phrasing.FILE, 0, m)).toList());
	}

}
