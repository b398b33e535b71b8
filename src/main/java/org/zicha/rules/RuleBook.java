package org.zicha.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import org.zicha.finding.Duty;
import org.zicha.ledger.Organization;
import org.zicha.ledger.Vocabulary;
import org.zicha.ledger.VocabularyException;

/**
 * Everything in the rules folder, loaded and checked once: the compiled rules, the duties
 * with their metadata, the thresholds, the texts of findings, and the ledger vocabulary.
 */
public final class RuleBook {

	static final String VOCABULARY_FILE = "vocabulary.yml";

	private final KieBase kieBase;

	private final Map<String, Duty> duties;

	private final Map<String, RuleText> texts;

	private final List<Threshold> thresholds;

	private final Vocabulary vocabulary;

	private final String origin;

	private final String digest;

	private final List<RuleSource.RuleFile> files;

	private RuleBook(KieBase kieBase, Map<String, Duty> duties, Map<String, RuleText> texts, List<Threshold> thresholds,
			Vocabulary vocabulary, String origin, String digest, List<RuleSource.RuleFile> files) {
		this.kieBase = kieBase;
		this.duties = duties;
		this.texts = texts;
		this.thresholds = thresholds;
		this.vocabulary = vocabulary;
		this.origin = origin;
		this.digest = digest;
		this.files = files;
	}

	/**
	 * Load and check the rules of a source.
	 * @param source where the rules are
	 * @return the rule book
	 * @throws RuleBookException with every problem, each with its file and line
	 */
	public static RuleBook load(RuleSource source) {
		return load(source, (rule) -> {
		});
	}

	/**
	 * Load and check the rules of a source, telling which rules fired while the
	 * thresholds table was read.
	 * @param source where the rules are
	 * @param firedRules told the name of each rule that fires
	 * @return the rule book
	 * @throws RuleBookException with every problem, each with its file and line
	 */
	public static RuleBook load(RuleSource source, Consumer<String> firedRules) {
		List<RuleSource.RuleFile> files = source.files();
		List<RuleBookException.Problem> problems = new ArrayList<>();
		Vocabulary vocabulary = vocabulary(files, problems);
		RuleCompiler compiler = new RuleCompiler();
		KieBase kieBase = compiler.compile(files, source.isBundled());
		problems.addAll(compiler.problems());
		if (kieBase == null) {
			throw new RuleBookException(problems);
		}
		DutyMetadata metadata = new DutyMetadata(compiler.ruleFiles());
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				metadata.add(rule);
			}
		}
		problems.addAll(metadata.problems());
		ThresholdTable table = new ThresholdTable(kieBase, metadata.duties().values(), firedRules);
		List<Threshold> thresholds = table.read();
		problems.addAll(table.problems());
		if (!problems.isEmpty()) {
			throw new RuleBookException(problems);
		}
		Map<String, Duty> duties = new LinkedHashMap<>();
		metadata.duties()
			.values()
			.stream()
			.sorted(Comparator.comparingInt((Duty d) -> Duty.areaRank(d.area())).thenComparing(Duty::code))
			.forEach((d) -> duties.put(d.code(), d));
		return new RuleBook(kieBase, duties, metadata.texts(), thresholds, vocabulary, source.description(),
				digest(files), List.copyOf(files));
	}

	private static Vocabulary vocabulary(List<RuleSource.RuleFile> files, List<RuleBookException.Problem> problems) {
		Optional<RuleSource.RuleFile> file = files.stream().filter((f) -> f.path().equals(VOCABULARY_FILE)).findFirst();
		if (file.isEmpty()) {
			problems.add(new RuleBookException.Problem(VOCABULARY_FILE, 0, "缺少台账用语表"));
			return null;
		}
		try {
			return Vocabulary.parse(new ByteArrayInputStream(file.get().content()), VOCABULARY_FILE);
		}
		catch (VocabularyException ex) {
			ex.problems().forEach((p) -> problems.add(new RuleBookException.Problem(VOCABULARY_FILE, 0, p)));
			return null;
		}
	}

	/**
	 * The sha256 of rule files (paths and contents), as {@link #digest()} gives it.
	 * @param files the files
	 * @return the digest, hex
	 */
	public static String digest(List<RuleSource.RuleFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (RuleSource.RuleFile file : files) {
				sha.update(file.path().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(file.content());
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The compiled rules, from which each evaluation opens its own session.
	 * @return the KieBase
	 */
	public KieBase kieBase() {
		return this.kieBase;
	}

	/**
	 * The duties, in catalog order (area, then code).
	 * @return the duties
	 */
	public Collection<Duty> duties() {
		return this.duties.values();
	}

	/**
	 * A duty by code.
	 * @param code the code
	 * @return the duty, if the rules define it
	 */
	public Optional<Duty> duty(String code) {
		return Optional.ofNullable(this.duties.get(code));
	}

	/**
	 * Whether a code names a duty, or a prefix ending in {@code *} names at least one.
	 * @param code a code or prefix
	 * @return true when it names a duty
	 */
	public boolean names(String code) {
		if (code.endsWith("*")) {
			String prefix = code.substring(0, code.length() - 1);
			return this.duties.keySet().stream().anyMatch((c) -> c.startsWith(prefix));
		}
		return this.duties.containsKey(code);
	}

	/**
	 * Every row of the thresholds table: for each duty the row for every organisation and
	 * the rows for categories of organisation.
	 * @return the thresholds
	 */
	public List<Threshold> thresholds() {
		return this.thresholds;
	}

	/**
	 * The thresholds of a duty for every organisation (the row without a category).
	 * @param code the duty
	 * @return its thresholds, if the table has such a row for it
	 */
	public Optional<Threshold> threshold(String code) {
		return threshold(code, null);
	}

	/**
	 * The thresholds of a duty that apply to an organisation: the row for its category
	 * when there is one, else the row for every organisation.
	 * @param code the duty
	 * @param org the organisation, or null for the row for every organisation
	 * @return its thresholds, if the table has a row that applies
	 */
	public Optional<Threshold> threshold(String code, Organization org) {
		return this.thresholds.stream().filter((t) -> t.duty().equals(code) && t.appliesTo(org)).findFirst();
	}

	/**
	 * Every row of the thresholds table for a duty, the row for every organisation first.
	 * @param code the duty
	 * @return its rows
	 */
	public List<Threshold> thresholds(String code) {
		return this.thresholds.stream()
			.filter((t) -> t.duty().equals(code))
			.sorted(Comparator.comparing((Threshold t) -> t.category() != null))
			.toList();
	}

	/**
	 * The texts a rule gives its findings.
	 * @param ruleName the rule's name
	 * @return its texts
	 */
	public RuleText text(String ruleName) {
		RuleText text = this.texts.get(ruleName);
		if (text == null) {
			throw new IllegalArgumentException("No rule named " + ruleName + " gives findings");
		}
		return text;
	}

	/**
	 * The sheet names, headers and labels the ledger may use.
	 * @return the vocabulary
	 */
	public Vocabulary vocabulary() {
		return this.vocabulary;
	}

	/**
	 * The content of another file of the rules folder, such as the report's wording.
	 * @param path the path relative to the folder, {@code /} separated
	 * @return its bytes, if the folder has the file
	 */
	public Optional<byte[]> file(String path) {
		return this.files.stream().filter((f) -> f.path().equals(path)).map(RuleSource.RuleFile::content).findFirst();
	}

	/**
	 * Where the rules were loaded from: a folder, or 内置规则.
	 * @return the origin
	 */
	public String origin() {
		return this.origin;
	}

	/**
	 * The sha256 of the rule files (paths and contents), hex.
	 * @return the digest
	 */
	public String digest() {
		return this.digest;
	}

}
