package org.zicha.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.testing.LedgerFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each activity, talk and dues payment was read: file, sheet (or JSON table) and
 * row (Excel row, or array index).
 */
class RecordOriginsTests {

	@TempDir
	Path dir;

	@Test
	void everyActivityOfAWorkbookKnowsItsSheetAndExcelRow() throws IOException {
		Path file = LedgerFiles.CONFORMANCE_XLSX.resolve("台账.xlsx");
		LedgerRead read = LedgerFiles.readFully(file);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Activity a : read.ledger().activities()) {
				RecordOrigin origin = read.origins().activity(a.id()).orElseThrow();
				assertThat(origin.file()).isEqualTo("台账.xlsx");
				assertThat(origin.json()).isFalse();
				Sheet sheet = book.getSheet(origin.sheet());
				Row row = sheet.getRow(origin.row() - 1);
				assertThat(new DataFormatter().formatCellValue(row.getCell(column(sheet, "活动编号")))).isEqualTo(a.id());
			}
			assertThat(read.ledger().activities()).isNotEmpty();
		}
	}

	@Test
	void everyRecordOfAJsonLedgerKnowsItsTableAndIndex() throws IOException {
		Path file = LedgerFiles.CONFORMANCE_JSON.resolve("ledger.json");
		LedgerRead read = LedgerFiles.readFully(file);
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
		for (Activity a : read.ledger().activities()) {
			RecordOrigin origin = read.origins().activity(a.id()).orElseThrow();
			assertThat(origin.sheet()).isEqualTo("activities");
			assertThat(json.path("activities").get(origin.row()).path("id").asString()).isEqualTo(a.id());
			assertThat(origin.label()).isEqualTo("ledger.json activities[" + origin.row() + "]");
		}
		for (Talk t : read.ledger().talks()) {
			RecordOrigin origin = read.origins().talk(t).orElseThrow();
			assertThat(origin.sheet()).isEqualTo("talks");
			assertThat(LocalDate.parse(json.path("talks").get(origin.row()).path("date").asString()))
				.isEqualTo(t.date());
		}
		for (DuesPayment d : read.ledger().dues()) {
			RecordOrigin origin = read.origins().dues(d).orElseThrow();
			assertThat(LocalDate.parse(json.path("dues").get(origin.row()).path("paidOn").asString()))
				.isEqualTo(d.paidOn());
		}
	}

	@Test
	void aRecordReadTwiceKeepsTheFirstPlace() throws IOException {
		Path ledger = LedgerFiles.CONFORMANCE_JSON.resolve("ledger.json");
		Files.copy(ledger, this.dir.resolve("a.json"));
		Files.copy(ledger, this.dir.resolve("b.json"));
		LedgerRead read = LedgerFiles.readFully(this.dir);
		assertThat(read.files()).containsExactly("a.json", "b.json");
		List<RecordOrigin> origins = read.ledger()
			.activities()
			.stream()
			.map((a) -> read.origins().activity(a.id()).orElseThrow())
			.toList();
		assertThat(origins).extracting(RecordOrigin::file).containsOnly("a.json");
		assertThat(read.ledger().talks())
			.allSatisfy((t) -> assertThat(read.origins().talk(t).orElseThrow().file()).isEqualTo("a.json"));
	}

	@Test
	void aLedgerNotReadFromFilesHasNoOrigins() {
		LedgerRead read = new LedgerRead(LedgerFiles.read(LedgerFiles.CONFORMANCE_JSON), List.of(), List.of(),
				List.of(), "x");
		assertThat(read.origins().activity(read.ledger().activities().get(0).id())).isEmpty();
	}

	private static int column(Sheet sheet, String header) {
		for (var cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().replace("*", "").strip().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}

}
