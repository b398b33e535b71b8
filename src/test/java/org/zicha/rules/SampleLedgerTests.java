package org.zicha.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.testing.Checks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample ledger gives exactly the findings its README lists, key by key, from the
 * workbook and from the JSON alike, with the rules compiled from {@code rules/} and with
 * the bundled rules the build pre-compiled to the executable model.
 */
class SampleLedgerTests {

	private static final Path README = Path.of("sample-data/README.md");

	private static final Pattern COUNTS = Pattern
		.compile("(\\d+) findings \\((\\d+) MAJOR, (\\d+) MINOR, (\\d+) NOTICE\\) plus (\\d+) exempted");

	@ParameterizedTest
	@ValueSource(strings = { "sample-data/xlsx", "sample-data/json" })
	void sampleAsOfTheEndOf2025GivesExactlyTheFindingsItsReadmeLists(String data) throws IOException {
		RuleBook book = Checks.rules();
		LedgerRead read = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of(data)), false);
		CheckResult result = Checks.check(read, CheckOptions.asOf(LocalDate.parse("2025-12-31")));
		assertListedFindings(result);
	}

	@Test
	void bundledRulesPrecompiledToTheExecutableModelGiveTheSameFindings() throws IOException {
		RuleBook bundled = RuleBook.load(RuleSource.bundled());
		LedgerRead read = new LedgerReader(bundled.vocabulary(), bundled::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false);
		assertListedFindings(new Check(bundled).run(read, CheckOptions.asOf(LocalDate.parse("2025-12-31"))));
		for (String asOf : List.of("2025-06-15", "2025-11-20")) {
			CheckOptions options = CheckOptions.asOf(LocalDate.parse(asOf));
			assertThat(new Check(bundled).run(read, options).findings())
				.isEqualTo(Checks.check(read, options).findings());
		}
	}

	private static void assertListedFindings(CheckResult result) throws IOException {
		String readme = Files.readString(README);
		assertThat(result.findings()).extracting((f) -> f.key() + " " + f.severity())
			.containsExactlyElementsOf(block(readme, "findings"));
		assertThat(result.exempted()).extracting((e) -> e.finding().key() + " " + e.finding().severity())
			.containsExactlyElementsOf(block(readme, "exempted"));
		Map<Severity, Long> bySeverity = result.findings()
			.stream()
			.collect(Collectors.groupingBy(Finding::severity, TreeMap::new, Collectors.counting()));
		assertThat(summary(readme)).containsExactly((long) result.findings().size(), bySeverity.get(Severity.MAJOR),
				bySeverity.get(Severity.MINOR), bySeverity.get(Severity.NOTICE), (long) result.exempted().size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sample-data/xlsx", "sample-data/json" })
	void sampleShowsAProblemInEveryArea(String data) {
		RuleBook book = Checks.rules();
		LedgerRead read = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of(data)), false);
		CheckResult result = Checks.check(read, CheckOptions.asOf(LocalDate.parse("2025-12-31")));
		List<String> areas = book.duties().stream().map((d) -> d.area()).distinct().toList();
		assertThat(result.findings().stream().map(Finding::area).distinct()).containsExactlyInAnyOrderElementsOf(areas);
	}

	private static List<String> block(String readme, String name) {
		Matcher m = Pattern.compile("```" + name + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(m.find()).as("a ```" + name + " block in " + README).isTrue();
		return m.group(1).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static List<Long> summary(String readme) {
		Matcher m = COUNTS.matcher(readme.replaceAll("\\s+", " "));
		assertThat(m.find()).as("the counts in " + README).isTrue();
		List<Long> counts = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			counts.add(Long.parseLong(m.group(i)));
		}
		return counts;
	}

}
