package org.zicha.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.testing.Inspections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.docx laid out by LibreOffice, as a reader prints it: converted to PDF and read
 * back page by page with poppler's pdftotext. The 落款 and 成文日期 never stand alone on a
 * page, whatever the length of the body before them. Skipped, with a notice, where
 * LibreOffice ({@code soffice}) or {@code pdftotext} is not installed.
 */
class DocxPagesTests {

	@TempDir
	static Path dir;

	@BeforeAll
	static void needsLibreOffice() {
		boolean present = found("soffice") && found("pdftotext");
		if (!present) {
			System.err.println("DocxPagesTests skipped: LibreOffice (soffice) or pdftotext is not installed"
					+ " (Debian: apt-get install libreoffice-writer-nogui poppler-utils)");
		}
		Assumptions.assumeTrue(present, "LibreOffice (soffice) or pdftotext is not installed");
	}

	static Stream<Arguments> reports() {
		InspectionOptions sample = InspectionOptions.defaults(LocalDate.parse("2025-12-31"));
		return Stream.of(Arguments.of("sample", Inspections.SAMPLE, sample),
				Arguments.of("sample-addressed", Inspections.SAMPLE,
						sample.framed("中共某某市委组织部、某某市直机关工委", LocalDate.parse("2026-01-12"))),
				Arguments.of("county-education", Inspections.COUNTY_EDUCATION, sample), Arguments.of("gas-company",
						Inspections.GAS_COMPANY, InspectionOptions.defaults(LocalDate.parse("2025-09-30"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void theSignatureAndDateNeverStandAloneOnAPage(String name, Path ledger, InspectionOptions options)
			throws Exception {
		InspectionResult result = Inspections.inspect(ledger, options);
		Report report = result.report();
		Path docx = dir.resolve(name + ".docx");
		try (OutputStream out = Files.newOutputStream(docx)) {
			result.write(OutputFormat.DOCX, out);
		}
		List<List<String>> pages = pages(pdf(docx));
		String signature = report.ending().signature();
		String date = report.ending().date();
		int found = 0;
		for (int i = 0; i < pages.size(); i++) {
			List<String> lines = pages.get(i);
			if (lines.stream().anyMatch((l) -> l.equals(date))) {
				found++;
				List<String> text = lines.stream().filter((l) -> !l.matches("—\\s*\\d+\\s*—")).toList();
				assertThat(text).as("page %d of %s", i + 1, name).contains(signature).hasSizeGreaterThan(2);
				assertThat(text.get(0)).as("page %d of %s", i + 1, name).isNotIn(signature, date);
				assertThat(text).as("page %d of %s", i + 1, name).contains("特此报告。");
			}
		}
		assertThat(found).as("pages with the 成文日期 %s", date).isEqualTo(1);
	}

	private static Path pdf(Path docx) throws IOException, InterruptedException {
		Path profile = dir.resolve("profile");
		run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
				dir.toString(), docx.toString());
		Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
		assertThat(pdf).exists();
		return pdf;
	}

	/**
	 * The lines of each page, stripped of spaces (pdftotext spaces out CJK and digits).
	 */
	private static List<List<String>> pages(Path pdf) throws IOException, InterruptedException {
		Path text = dir.resolve(pdf.getFileName() + ".txt");
		run("pdftotext", "-layout", pdf.toString(), text.toString());
		List<List<String>> pages = new ArrayList<>();
		for (String page : Files.readString(text, StandardCharsets.UTF_8).split("\f")) {
			List<String> lines = Arrays.stream(page.split("\n"))
				.map((l) -> l.replaceAll("\\s+", ""))
				.filter((l) -> !l.isEmpty())
				.toList();
			if (!lines.isEmpty()) {
				pages.add(lines);
			}
		}
		return pages;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("process.log").toFile())
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

	private static boolean found(String program) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch((folder) -> Files.isExecutable(Path.of(folder, program)));
	}

}
