package org.zicha.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerException;
import org.zicha.ledger.LedgerProblem;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.ledger.Vocabulary;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reads ledger files as the command line does, with the real {@code rules/vocabulary.yml}
 * and a fixed today ({@link #TODAY}); and the small organisation most ledger tests start
 * from.
 */
public final class LedgerFiles {

	/** What today is for every read: no date of a ledger may lie after it. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	/** The duty codes the exemptions table may name in these tests. */
	private static final Predicate<String> DUTIES = (code) -> Set.of("THEME_DAY", "SHYK.ASSEMBLY").contains(code)
			|| code.equals("SHYK.*");

	/**
	 * The public conformance case p02 (copied from the shared conformance cases): a JSON
	 * ledger of a 党组 with two branches and a party group, the year 2024.
	 */
	public static final Path CONFORMANCE_JSON = Path.of("src/test/resources/ledgers/conformance/p02_two_gaps_2024");

	/**
	 * The public conformance case p03: the same ledger as {@link #CONFORMANCE_JSON} as a
	 * workbook, with mixed Chinese date forms.
	 */
	public static final Path CONFORMANCE_XLSX = Path
		.of("src/test/resources/ledgers/conformance/p03_two_gaps_2024_xlsx");

	private static Vocabulary vocabulary;

	private LedgerFiles() {
	}

	/**
	 * The vocabulary of {@code rules/vocabulary.yml}.
	 * @return the vocabulary
	 */
	public static synchronized Vocabulary vocabulary() {
		if (vocabulary == null) {
			try (InputStream in = Files.newInputStream(Path.of("rules/vocabulary.yml"))) {
				vocabulary = Vocabulary.parse(in, "vocabulary.yml");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return vocabulary;
	}

	/**
	 * A reader whose today is {@link #TODAY}.
	 * @return the reader
	 */
	public static LedgerReader reader() {
		return reader(TODAY);
	}

	/**
	 * A reader with a given today.
	 * @param today what today is
	 * @return the reader
	 */
	public static LedgerReader reader(LocalDate today) {
		return new LedgerReader(vocabulary(), DUTIES,
				Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	/**
	 * Read files and folders that must be valid.
	 * @param paths the files and folders
	 * @return the ledger
	 */
	public static Ledger read(Path... paths) {
		return readFully(paths).ledger();
	}

	/**
	 * Read files and folders that must be valid, with the warnings and file names.
	 * @param paths the files and folders
	 * @return what was read
	 */
	public static LedgerRead readFully(Path... paths) {
		return reader().read(List.of(paths), false);
	}

	/**
	 * Read files and folders with --lenient.
	 * @param paths the files and folders
	 * @return what was read, with the skipped rows
	 */
	public static LedgerRead lenient(Path... paths) {
		return reader().read(List.of(paths), true);
	}

	/**
	 * Read files and folders that must be rejected.
	 * @param paths the files and folders
	 * @return every problem reported
	 */
	public static List<LedgerProblem> problems(Path... paths) {
		LedgerException ex = catchThrowableOfType(LedgerException.class, () -> reader().read(List.of(paths), false));
		if (ex == null) {
			throw new AssertionError("Expected the ledger to be rejected, but it was read");
		}
		return ex.problems();
	}

	/**
	 * A workbook with a 党组 R, its branch B1 with the party group G1, and three full
	 * members of B1: m1 王建国, m2 李红梅, m3 张伟. Data rows are Excel rows 2 to 4 of both
	 * sheets; more rows and sheets can be added.
	 * @return the workbook
	 */
	public static Workbooks organisation() {
		return Workbooks.workbook()
			.sheet("组织")
			.row("组织编号", "组织名称", "组织类型", "上级组织编号")
			.row("R", "市交通运输局党组", "党组", null)
			.row("B1", "机关第一党支部", "党支部", "R")
			.row("G1", "第一党小组", "党小组", "B1")
			.sheet("党员")
			.row("党员编号", "姓名", "所在支部", "党员类别")
			.row("m1", "王建国", "B1", "正式党员")
			.row("m2", "李红梅", "B1", "正式党员")
			.row("m3", "张伟", "B1", "正式党员");
	}

	/**
	 * The organisation of {@link #organisation()} as a JSON ledger (array indexes 0 to
	 * 2).
	 * @return the JSON ledger
	 */
	public static JsonLedgers organisationJson() {
		return JsonLedgers.json()
			.add("organizations", "id", "R", "name", "市交通运输局党组", "kind", "LEADING_GROUP")
			.add("organizations", "id", "B1", "name", "机关第一党支部", "kind", "BRANCH", "parentId", "R")
			.add("organizations", "id", "G1", "name", "第一党小组", "kind", "GROUP", "parentId", "B1")
			.add("members", "id", "m1", "name", "王建国", "orgId", "B1", "status", "FULL")
			.add("members", "id", "m2", "name", "李红梅", "orgId", "B1", "status", "FULL")
			.add("members", "id", "m3", "name", "张伟", "orgId", "B1", "status", "FULL");
	}

}
