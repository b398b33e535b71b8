package org.zicha.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.ledger.LedgerException;
import org.zicha.ledger.LedgerFile;
import org.zicha.finding.Severity;
import org.zicha.testing.Checks;
import org.zicha.testing.Inspections;
import org.zicha.testing.LedgerFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InspectionTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneOffset.ofHours(8));

	private static final InspectionOptions YEAR_2024 = new InspectionOptions(LocalDate.parse("2024-12-31"),
			LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), false, true, null);

	private final Inspection inspection = new Inspection(Checks.ruleSet(), CLOCK);

	@Test
	void uploadedFilesAreCheckedAsTheSameFilesOnDisk() throws IOException {
		Path file = LedgerFiles.CONFORMANCE_JSON.resolve("ledger.json");
		InspectionResult onDisk = this.inspection.run(LedgerInput.paths(List.of(file)), YEAR_2024);
		InspectionResult uploaded = this.inspection
			.run(LedgerInput.files(List.of(LedgerFile.uploaded("ledger.json", Files.readAllBytes(file)))), YEAR_2024);
		assertThat(keys(uploaded.document())).isNotEmpty().isEqualTo(keys(onDisk.document()));
		assertThat(uploaded.read().digest()).isEqualTo(onDisk.read().digest());
	}

	@Test
	void runInfoNamesTheRulesTheDataAndTheClock() {
		InspectionResult result = this.inspection.run(LedgerInput.paths(List.of(LedgerFiles.CONFORMANCE_XLSX)),
				YEAR_2024);
		assertThat(result.document().run().rulesDigest()).isEqualTo(Checks.ruleSet().digest());
		assertThat(result.document().run().dataDigest()).hasSize(64);
		assertThat(result.document().run().generatedAt()).hasToString("2025-06-30T10:00+08:00");
		assertThat(result.document().run().asOf()).isEqualTo(LocalDate.parse("2024-12-31"));
	}

	@Test
	void everyOutputIsWrittenFromOneResult() throws IOException {
		InspectionResult result = this.inspection.run(LedgerInput.paths(List.of(LedgerFiles.CONFORMANCE_JSON)),
				YEAR_2024);
		for (OutputFormat format : OutputFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			result.write(format, out);
			assertThat(out.size()).as(format.fileName()).isPositive();
		}
		ByteArrayOutputStream md = new ByteArrayOutputStream();
		result.write(OutputFormat.MD, md);
		assertThat(md.toString(StandardCharsets.UTF_8)).contains(result.report().problems().get(0).text());
	}

	@Test
	void invalidUploadIsRefusedWithItsProblems() {
		LedgerFile bad = LedgerFile.uploaded("台账.json", "{\"organizations\": 5}".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(LedgerException.class)
			.isThrownBy(() -> this.inspection.read(LedgerInput.files(List.of(bad)), false))
			.satisfies((ex) -> assertThat(ex.problems()).isNotEmpty()
				.allSatisfy((p) -> assertThat(p.toString()).contains("台账.json")));
	}

	@Test
	void uploadThatIsNoLedgerFileIsRefused() {
		LedgerFile text = LedgerFile.uploaded("说明.txt", "x".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(LedgerException.class)
			.isThrownBy(() -> this.inspection.read(LedgerInput.files(List.of(text)), false))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((p) -> assertThat(p.toString()).contains("说明.txt").contains(".xlsx、.xls 或 .json")));
	}

	@Test
	void windowEndingBeforeItStartsIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new InspectionOptions(LocalDate.parse("2024-12-31"), LocalDate.parse("2024-06-01"),
					LocalDate.parse("2024-05-31"), false, true, null));
	}

	@Test
	void keysOfTheSampleAreTheSameInAJuneAndAJulyRun() {
		Inspection sample = new Inspection(Checks.ruleSet(), Inspections.CLOCK);
		LedgerInput input = LedgerInput.paths(List.of(Inspections.SAMPLE));
		InspectionResult june = sample.run(input, InspectionOptions.defaults(LocalDate.parse("2025-06-30")));
		InspectionResult july = sample.run(input, InspectionOptions.defaults(LocalDate.parse("2025-07-31"))
			.comparedWith(june.document().findings(), null));
		List<String> juneProblems = june.document()
			.findings()
			.stream()
			.filter((f) -> f.severity() != Severity.NOTICE)
			.map(Finding::key)
			.toList();
		assertThat(juneProblems).hasSizeGreaterThan(10);
		assertThat(keys(july.document())).containsAll(juneProblems);
		assertThat(july.document().findings()).filteredOn((f) -> juneProblems.contains(f.key()))
			.allSatisfy((f) -> assertThat(f.change()).isEqualTo(Finding.Change.PERSISTING));
		assertThat(july.document().resolved()).allSatisfy((f) -> assertThat(f.severity()).isEqualTo(Severity.NOTICE));
	}

	@Test
	void aOneMonthWindowFindsTheLapsesOfTheSampleWhoseRunsBeganBeforeIt() {
		Inspection sample = new Inspection(Checks.ruleSet(), Inspections.CLOCK);
		LedgerInput input = LedgerInput.paths(List.of(Inspections.SAMPLE));
		InspectionResult year = sample.run(input, InspectionOptions.defaults(LocalDate.parse("2025-09-30")));
		InspectionResult september = sample.run(input, new InspectionOptions(LocalDate.parse("2025-09-30"),
				LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-30"), false, true, null));
		List<String> lapsesEndingInSeptember = year.document()
			.findings()
			.stream()
			.filter((f) -> f.duty().endsWith(".LAPSED") && f.period().to().getMonthValue() == 9)
			.map(Finding::key)
			.toList();
		assertThat(lapsesEndingInSeptember).contains("MEMBER.LAPSED|B4|M054|2025-04-01|2025-09-30");
		assertThat(september.document().findings()).filteredOn((f) -> f.duty().endsWith(".LAPSED"))
			.extracting(Finding::key)
			.containsExactlyElementsOf(lapsesEndingInSeptember);
	}

	@Test
	void aRunOfAnOldLedgerWithoutAsOfWarnsThatItsLatestRecordIsLongBefore() {
		Inspection sample = new Inspection(Checks.ruleSet(), Inspections.CLOCK);
		LedgerInput input = LedgerInput.paths(List.of(Inspections.SAMPLE));
		InspectionResult late = sample.run(input, InspectionOptions.defaults(LocalDate.parse("2026-06-30")));
		assertThat(late.warnings()).singleElement()
			.asString()
			.startsWith("提示：检查期间（2026年1月至6月）内台账中没有任何活动记录，台账中最近一条记录的日期为2025年12月");
		InspectionResult stale = sample.run(input, new InspectionOptions(LocalDate.parse("2026-06-30"),
				LocalDate.parse("2025-01-01"), LocalDate.parse("2026-06-30"), false, true, null));
		assertThat(stale.warnings()).singleElement()
			.asString()
			.startsWith("提示：台账中最近一条记录的日期为2025年12月")
			.contains("距截至日期2026年6月30日已超过3个月");
		assertThat(sample.run(input, InspectionOptions.defaults(LocalDate.parse("2025-12-31"))).warnings()).isEmpty();
	}

	private static List<String> keys(FindingsDocument document) {
		return document.findings().stream().map(Finding::key).toList();
	}

}
