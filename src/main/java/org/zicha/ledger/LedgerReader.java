package org.zicha.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
		List<LedgerFile> found = new ArrayList<>();
		List<LedgerProblem> fatal = new ArrayList<>();
		for (Path path : paths) {
			expand(path, found, fatal);
		}
		if (found.isEmpty() && fatal.isEmpty()) {
			fatal.add(new LedgerProblem(String.join("、", paths.stream().map(Path::toString).toList()), null, -1, null,
					null, "其中没有台账文件（*.xlsx 或 *.json）", false, false));
		}
		return read(found, fatal, lenient);
	}

	/**
	 * Read and validate a ledger of files given with their content (uploads).
	 * @param files the files
	 * @param lenient whether rows with problems are skipped instead of stopping the read
	 * @return the ledger
	 * @throws LedgerException with every problem, when the ledger cannot be used
	 */
	public LedgerRead readFiles(List<LedgerFile> files, boolean lenient) {
		List<LedgerProblem> fatal = new ArrayList<>();
		List<LedgerFile> found = new ArrayList<>();
		for (LedgerFile file : files) {
			if (LedgerFile.isLedgerName(file.label())) {
				found.add(file);
			}
			else {
				fatal.add(new LedgerProblem(file.label(), null, -1, null, null, "不是台账文件，只能读取 .xlsx 或 .json 文件", false,
						false));
			}
		}
		if (found.isEmpty() && fatal.isEmpty()) {
			fatal.add(new LedgerProblem("", null, -1, null, null, "没有台账文件（*.xlsx 或 *.json）", false, false));
		}
		return read(found, fatal, lenient);
	}

	private LedgerRead read(List<LedgerFile> found, List<LedgerProblem> fatal, boolean lenient) {
		List<SourceFile> files = new ArrayList<>();
		for (LedgerFile file : found) {
			files.add(readFile(file));
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
		return new LedgerRead(ledger, invalid, warnings, files.stream().map((f) -> f.label).toList(), digest(found),
				assembler.origins());
	}

	private void expand(Path path, List<LedgerFile> found, List<LedgerProblem> fatal) {
		if (!Files.exists(path)) {
			fatal.add(new LedgerProblem(path.toString(), null, -1, null, null, "找不到这个文件或文件夹", false, false));
			return;
		}
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile)
					.filter((file) -> LedgerFile.isLedgerName(file.getFileName().toString()))
					.sorted()
					.forEach((file) -> found
						.add(LedgerFile.onDisk(file, path.relativize(file).toString().replace('\\', '/'))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else if (LedgerFile.isLedgerName(path.getFileName().toString())) {
			found.add(LedgerFile.onDisk(path, path.getFileName().toString()));
		}
		else {
			fatal.add(new LedgerProblem(path.toString(), null, -1, null, null, "不是台账文件，只能读取 .xlsx 或 .json 文件", false,
					false));
		}
	}

	private SourceFile readFile(LedgerFile ledgerFile) {
		SourceFile file = new SourceFile(ledgerFile.label());
		if (ledgerFile.isJson()) {
			new JsonLedgerReader(this.vocabulary).read(ledgerFile, file);
		}
		else {
			new XlsxLedgerReader(this.vocabulary).read(ledgerFile, file);
		}
		return file;
	}

	private static String digest(List<LedgerFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (LedgerFile file : files) {
				sha.update(file.label().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				try (InputStream in = file.open()) {
					in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
				}
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
