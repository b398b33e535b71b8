package org.zicha.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.FindingsJson;
import org.zicha.finding.RunInfo;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;
import org.zicha.rules.RuleBook;
import org.zicha.testing.Checks;
import org.zicha.testing.GeneratedLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partitioned evaluation, reduced partition by partition on two threads, gives the
 * same findings.json and the same duty-periods as the whole ledger evaluated in one
 * session on one thread.
 */
class PartitionerTests {

	private static final OffsetDateTime GENERATED = OffsetDateTime.parse("2026-01-05T09:00:00+08:00");

	@Test
	void partitionedRunOfTheSampleLedgerEqualsOneSession() throws IOException {
		RuleBook book = Checks.rules();
		LedgerRead read = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone())
			.read(List.of(Path.of("sample-data/json")), false);
		CheckResult partitioned = assertSameAsOneSession(read, CheckOptions.asOf(LocalDate.parse("2025-12-31")));
		assertThat(partitioned.findings()).hasSizeGreaterThan(10);
		assertThat(partitioned.exempted()).isNotEmpty();
	}

	@Test
	void partitionedRunOfAGeneratedLedgerEqualsOneSession() throws IOException {
		LedgerRead read = new LedgerRead(GeneratedLedger.of(8, 10, 11), List.of(), List.of(), List.of(), "test");
		CheckResult partitioned = assertSameAsOneSession(read, CheckOptions.asOf(LocalDate.parse("2025-12-31")));
		assertThat(partitioned.findings()).extracting(Finding::duty)
			.contains("THEME_DAY", "SHYK.LECTURE", "MEMBER.INACTIVE", "DUES.MONTHLY", "FIRST_AGENDA.TIMELY",
					"MEMBER.LAPSED");
		assertThat(partitioned.exempted()).extracting((e) -> e.finding().duty())
			.contains("MEMBER.INACTIVE", "SHYK.GROUP");
		assertThat(partitioned.dutyPeriods()).filteredOn(DutyPeriod::exempted).isNotEmpty();
	}

	@Test
	void partitionedRunOfAGeneratedLedgerInTheMiddleOfTheYearEqualsOneSession() throws IOException {
		LedgerRead read = new LedgerRead(GeneratedLedger.of(5, 8, 23), List.of(), List.of(), List.of(), "test");
		CheckResult partitioned = assertSameAsOneSession(read, new CheckOptions(LocalDate.parse("2025-08-28"),
				LocalDate.parse("2025-01-01"), LocalDate.parse("2025-08-31"), true, null));
		assertThat(partitioned.findings()).extracting(Finding::severity).contains(org.zicha.finding.Severity.NOTICE);
	}

	private static CheckResult assertSameAsOneSession(LedgerRead read, CheckOptions options) throws IOException {
		Check check = new Check(Checks.rules());
		CheckResult partitioned = check.run(read, options, false, 2);
		CheckResult whole = check.run(read, options, true, 1);
		assertThat(json(partitioned)).isEqualTo(json(whole));
		assertThat(sorted(partitioned.dutyPeriods())).isEqualTo(sorted(whole.dutyPeriods()));
		return partitioned;
	}

	private static String json(CheckResult result) throws IOException {
		RunInfo run = new RunInfo(result.run().asOf(), result.run().from(), result.run().to(), "rules", "data",
				GENERATED, "zicha test");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FindingsJson.write(
				new FindingsDocument(run, result.findings(), result.exempted(), result.resolved(), result.stats()),
				out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<DutyPeriod> sorted(List<DutyPeriod> dutyPeriods) {
		return dutyPeriods.stream()
			.sorted(Comparator.comparing(DutyPeriod::key)
				.thenComparing(DutyPeriod::met)
				.thenComparing((d) -> String.valueOf(d.recordIds())))
			.toList();
	}

}
