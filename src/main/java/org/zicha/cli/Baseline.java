package org.zicha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zicha.finding.Finding;
import org.zicha.finding.FindingsJson;
import org.zicha.inspection.OutputFormat;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Organization;
import org.zicha.report.RectificationException;
import org.zicha.report.RectificationLedger;
import org.zicha.report.RectificationReader;

/**
 * The earlier run a check is compared with: its findings (from a findings.json, or the
 * one in a run folder) and the rectification ledger the branches filled in (given with
 * {@code --rectification}, or the one in the run folder).
 *
 * @param source what was compared with, for the summary: a file or folder, or null
 * @param findings the earlier findings, or null when there is no baseline
 * @param rectificationFile where the earlier rectification ledger was read from, or null
 * @param rectification the earlier rectification ledger, or null
 * @param roots the root organisations of the earlier run, name by id (empty when its
 * findings.json does not name them)
 */
record Baseline(Path source, List<Finding> findings, Path rectificationFile, RectificationLedger rectification,
		Map<String, String> roots) {

	/** The word that turns the baseline off. */
	static final String NONE = "none";

	/** No baseline. */
	static final Baseline ABSENT = new Baseline(null, null, null, null, Map.of());

	/**
	 * The baseline of a run.
	 * @param option the {@code --baseline} given, or null
	 * @param rectification the {@code --rectification} given, or null
	 * @param runs the folder of run folders searched when no baseline is given (the
	 * default output's parent), or null when the output folder was given
	 * @param asOf the as-of day of the run: only an earlier run folder is its baseline
	 * @return the baseline
	 * @throws UsageException when a file cannot be read, naming it
	 */
	static Baseline of(String option, Path rectification, Path runs, LocalDate asOf) {
		Path source = null;
		if (option != null && !option.equalsIgnoreCase(NONE)) {
			source = Path.of(option);
			if (!Files.exists(source)) {
				throw new UsageException("--baseline：找不到文件或文件夹“" + source + "”");
			}
		}
		else if (option == null && runs != null) {
			source = latestRun(runs, asOf).orElse(null);
		}
		Path findingsFile = (source == null) ? null
				: Files.isDirectory(source) ? source.resolve(OutputFormat.JSON.fileName()) : source;
		if (findingsFile != null && !Files.isRegularFile(findingsFile)) {
			throw new UsageException("--baseline：文件夹“" + source + "”中没有 findings.json，不是一次检查的结果文件夹");
		}
		Path ledgerFile = rectification;
		if (ledgerFile == null && source != null && Files.isDirectory(source)
				&& Files.isRegularFile(source.resolve(OutputFormat.XLSX.fileName()))) {
			ledgerFile = source.resolve(OutputFormat.XLSX.fileName());
		}
		return new Baseline(source, (findingsFile != null) ? findings(findingsFile) : null, ledgerFile,
				(ledgerFile != null) ? ledger(ledgerFile) : null,
				(findingsFile != null) ? roots(findingsFile) : Map.of());
	}

	/**
	 * The latest run folder before a day: a folder named by its as-of day
	 * ({@code 2025-11-30}) that holds a findings.json.
	 */
	static Optional<Path> latestRun(Path runs, LocalDate asOf) {
		if (!Files.isDirectory(runs)) {
			return Optional.empty();
		}
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter((f) -> Files.isRegularFile(f.resolve(OutputFormat.JSON.fileName())))
				.filter((f) -> day(f) != null && day(f).isBefore(asOf))
				.max(Comparator.comparing(Baseline::day));
		}
		catch (IOException ex) {
			throw new UsageException("无法读取文件夹“" + runs + "”：" + ex.getMessage());
		}
	}

	private static LocalDate day(Path folder) {
		try {
			return LocalDate.parse(folder.getFileName().toString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static List<Finding> findings(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return FindingsJson.readFindings(in);
		}
		catch (IOException ex) {
			throw new UsageException("--baseline：无法读取“" + file + "”（" + ex.getMessage() + "）");
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--baseline：“" + file + "”" + ex.getMessage());
		}
	}

	private static Map<String, String> roots(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return FindingsJson.readRoots(in);
		}
		catch (IOException ex) {
			throw new UsageException("--baseline：无法读取“" + file + "”（" + ex.getMessage() + "）");
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--baseline：“" + file + "”" + ex.getMessage());
		}
	}

	/**
	 * Refuse a baseline of another unit (exit 2): its root organisations (by id and name)
	 * share none with the ledger's. A findings.json written before runs named their roots
	 * is refused when no organisation its findings name (by id and name) is in the
	 * ledger.
	 * @param ledger the ledger checked
	 * @throws UsageException when the baseline is another unit's
	 */
	void checkSameUnit(Ledger ledger) {
		if (!present()) {
			return;
		}
		Map<String, String> ours = new LinkedHashMap<>();
		ledger.organizations().stream().filter(Organization::isRoot).forEach((o) -> ours.put(o.id(), o.name()));
		String hint = "，未作比较；确属同一单位（如组织更名）请加 --baseline-force，不需比较请用 --baseline none";
		if (!this.roots.isEmpty()) {
			boolean same = this.roots.entrySet()
				.stream()
				.anyMatch((e) -> e.getValue() != null && e.getValue().equals(ours.get(e.getKey())));
			if (!same) {
				throw new UsageException("--baseline：“" + Terminal.path(this.source) + "”是" + names(this.roots)
						+ "的检查结果，与本台账的" + names(ours) + "不是同一单位" + hint);
			}
			return;
		}
		Map<String, String> all = new LinkedHashMap<>();
		ledger.organizations().forEach((o) -> all.put(o.id(), o.name()));
		boolean known = this.findings.isEmpty() || this.findings.stream()
			.anyMatch((f) -> f.orgId() != null && Objects.equals(all.get(f.orgId()), f.orgName()));
		if (!known) {
			throw new UsageException("--baseline：“" + Terminal.path(this.source) + "”中的问题涉及的组织（如“"
					+ Terminal.quote(String.valueOf(this.findings.get(0).orgName())) + "”）都不在本台账中，不像是同一单位的检查结果" + hint);
		}
	}

	private static String names(Map<String, String> roots) {
		return roots.isEmpty() ? "（无组织）" : roots.entrySet()
			.stream()
			.map((e) -> "“" + Terminal.quote(String.valueOf(e.getValue())) + "”（" + Terminal.quote(e.getKey()) + "）")
			.collect(Collectors.joining("、"));
	}

	/**
	 * A filled-in rectification ledger.
	 * @param file the file
	 * @return the ledger
	 * @throws UsageException when it does not exist or cannot be read
	 */
	static RectificationLedger ledger(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new UsageException("--rectification：找不到文件“" + file + "”");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return RectificationReader.read(in, file.toString());
		}
		catch (IOException ex) {
			throw new UsageException("--rectification：无法读取“" + file + "”（" + ex.getMessage() + "）");
		}
		catch (RectificationException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	/**
	 * Whether the run is compared with an earlier one.
	 * @return true when there are earlier findings
	 */
	boolean present() {
		return this.findings != null;
	}

}
