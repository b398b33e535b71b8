package org.zicha.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a ledger from files and folders (all {@code *.xlsx} and {@code *.json} inside are
 * read and merged) and validates it. Every problem is collected; by default any problem
 * stops the read, with --lenient the rows with problems are skipped and returned as
 * {@link InvalidRow}s.
 */
public final class LedgerReader {

	private final Vocabulary vocabulary;

	private final Predicate<String> dutyExists;

	private final Clock clock;

	/**
	 * Create a reader.
	 * @param vocabulary the accepted sheet names, headers and labels
	 * @param dutyExists whether a duty code (or a prefix ending in *) names a duty, for
	 * the exemptions table
	 * @param clock the clock that says what today is (no date may lie after it)
	 */
	public LedgerReader(Vocabulary vocabulary, Predicate<String> dutyExists, Clock clock) {
		this.vocabulary = vocabulary;
		this.dutyExists = dutyExists;
		this.clock = clock;
	}

	/**
	 * Read and validate a ledger.
	 * @param paths files and folders
	 * @param lenient whether rows with problems are skipped instead of stopping the read
	 * @return the ledger
	 * @throws LedgerException with every problem, when the ledger cannot be used
	 */
	public LedgerRead read(List<Path> paths, boolean lenient) {
		List<SourceFile> files = new ArrayList<>();
		List<LedgerProblem> fatal = new ArrayList<>();
		List<Path> found = new ArrayList<>();
		for (Path path : paths) {
			expand(path, found, files, fatal);
		}
		if (found.isEmpty() && fatal.isEmpty()) {
			fatal.add(new LedgerProblem(String.join("、", paths.stream().map(Path::toString).toList()), null, -1, null,
					null, "其中没有台账文件（*.xlsx 或 *.json）", false, false));
		}
		List<RawSheet> sheets = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (SourceFile file : files) {
			fatal.addAll(file.problems);
			warnings.addAll(file.warnings);
			sheets.addAll(file.sheets);
		}
		LedgerAssembler assembler = new LedgerAssembler(sheets, this.vocabulary, LocalDate.now(this.clock));
		Ledger ledger = assembler.assemble(this.dutyExists);
		warnings.addAll(assembler.warnings());
		if (ledger.organizations().isEmpty() && fatal.isEmpty() && assembler.problems().byRow().isEmpty()) {
			fatal.add(new LedgerProblem(files.isEmpty() ? "" : files.get(0).label, null, -1, null, null,
					"台账中没有组织（组织表为必填）", false, false));
		}
		Map<RawSheet.RawRow, List<LedgerProblem>> rows = assembler.problems().byRow();
		if (!fatal.isEmpty() || (!lenient && !rows.isEmpty())) {
			List<LedgerProblem> all = new ArrayList<>(fatal);
			rows.values().forEach((list) -> list.stream().filter((p) -> !p.consequential()).forEach(all::add));
			throw new LedgerException(all);
		}
		List<InvalidRow> invalid = new ArrayList<>();
		rows.forEach((row, problems) -> invalid.add(new InvalidRow(problems.get(0).rowId(),
				problems.get(0).rowLocation(), problems.stream().map(LedgerProblem::detail).toList())));
		return new LedgerRead(ledger, invalid, warnings, files.stream().map((f) -> f.label).toList(),
				digest(found, files));
	}

	private void expand(Path path, List<Path> found, List<SourceFile> files, List<LedgerProblem> fatal) {
		if (!Files.exists(path)) {
			fatal.add(new LedgerProblem(path.toString(), null, -1, null, null, "找不到这个文件或文件夹", false, false));
			return;
		}
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile)
					.filter(LedgerReader::isLedgerFile)
					.sorted()
					.forEach((file) -> readFile(file, path.relativize(file).toString().replace('\\', '/'), found,
							files));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else if (isLedgerFile(path)) {
			readFile(path, path.getFileName().toString(), found, files);
		}
		else {
			fatal.add(new LedgerProblem(path.toString(), null, -1, null, null, "不是台账文件，只能读取 .xlsx 或 .json 文件", false,
					false));
		}
	}

	private static boolean isLedgerFile(Path file) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith("~$") && !name.startsWith(".") && (lower.endsWith(".xlsx") || lower.endsWith(".json"));
	}

	private void readFile(Path path, String label, List<Path> found, List<SourceFile> files) {
		found.add(path);
		SourceFile file = new SourceFile(label);
		if (label.toLowerCase(Locale.ROOT).endsWith(".json")) {
			new JsonLedgerReader(this.vocabulary).read(path, file);
		}
		else {
			new XlsxLedgerReader(this.vocabulary).read(path, file);
		}
		files.add(file);
	}

	private static String digest(List<Path> paths, List<SourceFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (int i = 0; i < paths.size(); i++) {
				sha.update(files.get(i).label.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(Files.readAllBytes(paths.get(i)));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
