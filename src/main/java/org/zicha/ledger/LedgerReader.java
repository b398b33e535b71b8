package org.zicha.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

/**
 * Reads a ledger from files and folders (all {@code *.xlsx}, {@code *.xls} and
 * {@code *.json} inside are read and merged) and validates it. Every problem is
 * collected; by default any problem stops the read, with --lenient the rows with problems
 * are skipped and returned as {@link InvalidRow}s.
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
		List<String> notices = new ArrayList<>();
		for (Path path : paths) {
			expand(path, found, fatal, notices);
		}
		if (found.isEmpty() && fatal.isEmpty()) {
			fatal.add(new LedgerProblem(String.join("、", paths.stream().map(Path::toString).toList()), null, -1, null,
					null, "其中没有台账文件（*.xlsx、*.xls 或 *.json）", false, false));
		}
		return read(found, fatal, notices, lenient);
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
				fatal.add(new LedgerProblem(file.label(), null, -1, null, null, "不是台账文件，只能读取 .xlsx、.xls 或 .json 文件",
						false, false));
			}
		}
		if (found.isEmpty() && fatal.isEmpty()) {
			fatal.add(new LedgerProblem("", null, -1, null, null, "没有台账文件（*.xlsx、*.xls 或 *.json）", false, false));
		}
		return read(found, fatal, new ArrayList<>(), lenient);
	}

	private LedgerRead read(List<LedgerFile> found, List<LedgerProblem> fatal, List<String> notices, boolean lenient) {
		List<SourceFile> files = readFiles(found);
		List<RawSheet> sheets = new ArrayList<>();
		List<String> warnings = new ArrayList<>(notices);
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

	private void expand(Path path, List<LedgerFile> found, List<LedgerProblem> fatal, List<String> notices) {
		String shown = path.toString();
		if (!Files.exists(path)) {
			fatal.add(new LedgerProblem(shown, null, -1, null, null, "找不到这个文件或文件夹", false, false));
			return;
		}
		if (!Files.isReadable(path)) {
			fatal.add(new LedgerProblem(shown, null, -1, null, null, "无权限读取（请检查文件或文件夹的访问权限）", false, false));
			return;
		}
		if (Files.isDirectory(path)) {
			walk(path, found, fatal, notices);
		}
		else if (!Files.isRegularFile(path)) {
			notices.add(shown + " 不是普通文件（如命名管道或设备），已跳过");
		}
		else if (LedgerFile.isLedgerName(path.getFileName().toString())) {
			found.add(LedgerFile.onDisk(path, path.getFileName().toString()));
		}
		else {
			fatal
				.add(new LedgerProblem(shown, null, -1, null, null, "不是台账文件，只能读取 .xlsx、.xls 或 .json 文件", false, false));
		}
	}

	/**
	 * Every ledger file in a folder and its sub-folders, in name order. A folder or file
	 * that cannot be read is a problem (its records would be missing); a file that is not
	 * a regular file (a named pipe, a device) is skipped with a notice, never opened.
	 */
	private static void walk(Path folder, List<LedgerFile> found, List<LedgerProblem> fatal, List<String> notices) {
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!Files.isReadable(dir)) {
						problem(dir, "无权限读取（请检查文件夹的访问权限）");
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					String name = file.getFileName().toString();
					if (!LedgerFile.isLedgerName(name)) {
						return FileVisitResult.CONTINUE;
					}
					boolean regular = attrs.isSymbolicLink() ? Files.isRegularFile(file) : attrs.isRegularFile();
					if (!regular) {
						notices.add(file + " 不是普通文件（如命名管道或设备），已跳过");
					}
					else if (!Files.isReadable(file)) {
						problem(file, "无权限读取（请检查文件的访问权限）");
					}
					else {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					problem(file, LedgerFile.describe(ex));
					return FileVisitResult.CONTINUE;
				}

				private void problem(Path file, String message) {
					fatal.add(new LedgerProblem(file.toString(), null, -1, null, null, message, false, false));
				}

			});
		}
		catch (IOException ex) {
			fatal
				.add(new LedgerProblem(folder.toString(), null, -1, null, null, LedgerFile.describe(ex), false, false));
		}
		files.stream()
			.sorted()
			.forEach((file) -> found
				.add(LedgerFile.onDisk(file, folder.relativize(file).toString().replace('\\', '/'))));
	}

	/**
	 * Read the rows of every file, sharing one pool of texts, which is let go when all
	 * are read.
	 */
	private List<SourceFile> readFiles(List<LedgerFile> found) {
		List<SourceFile> files = new ArrayList<>();
		TextPool pool = new TextPool();
		for (LedgerFile file : found) {
			files.add(readFile(file, pool));
		}
		return files;
	}

	private SourceFile readFile(LedgerFile ledgerFile, TextPool pool) {
		SourceFile file = new SourceFile(ledgerFile.label());
		if (ledgerFile.isJson()) {
			new JsonLedgerReader(this.vocabulary, pool).read(ledgerFile, file);
		}
		else {
			new WorkbookReader(this.vocabulary, pool).read(ledgerFile, file);
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
				catch (IOException ex) {
					throw new LedgerException(List.of(new LedgerProblem(file.label(), null, -1, null, null,
							LedgerFile.describe(ex), false, false)));
				}
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
