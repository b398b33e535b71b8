package org.zicha.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.zicha.inspection.DossierResult;
import org.zicha.testing.Dossiers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dossier.json of the three-year ledger: the same figures as the workbook.
 */
class DossierJsonTests {

	@TempDir
	static Path folder;

	private static DossierResult dossier;

	private static JsonNode json;

	@BeforeAll
	static void write() {
		dossier = Dossiers.threeYears(folder, Dossiers.feedback(folder));
		json = Dossiers.json(dossier);
	}

	@Test
	void theRatesAreThoseOfTheWorkbook() throws IOException {
		try (XSSFWorkbook book = Dossiers.workbook(dossier)) {
			Sheet rates = book.getSheet("履职率");
			List<String> fromWorkbook = new ArrayList<>();
			for (int r = 1; r <= rates.getLastRowNum(); r++) {
				Row row = rates.getRow(r);
				if (row.getCell(1).getStringCellValue().equals("全部组织")) {
					fromWorkbook.add(row.getCell(0).getStringCellValue() + " "
							+ (int) row.getCell(row.getLastCellNum() - 2).getNumericCellValue() + "/"
							+ (int) row.getCell(row.getLastCellNum() - 1).getNumericCellValue());
				}
			}
			List<String> fromJson = new ArrayList<>();
			for (JsonNode area : json.path("areas")) {
				if (area.path("evaluated").asInt() > 0) {
					fromJson.add(area.path("area").asString() + " " + area.path("evaluated").asInt() + "/"
							+ area.path("met").asInt());
				}
			}
			JsonNode summary = json.path("summary");
			fromJson.add("全部领域 " + summary.path("evaluated").asInt() + "/" + summary.path("met").asInt());
			assertThat(fromJson).isEqualTo(fromWorkbook);
		}
	}

	@Test
	void theSummaryCountsEntriesRecordsAndProblems() {
		JsonNode summary = json.path("summary");
		assertThat(summary.path("evaluated").asInt()).isEqualTo(463);
		assertThat(summary.path("rate").decimalValue()).isEqualByComparingTo("0.9654");
		assertThat(summary.path("byYear"))
			.extracting((y) -> y.path("year").asInt() + " " + y.path("met").asInt() + "/" + y.path("evaluated").asInt())
			.containsExactly("2023 151/156", "2024 147/151", "2025 145/152");
		assertThat(summary.path("entries").asInt()).isEqualTo(json.path("entries").size()).isEqualTo(dossier.entries());
		assertThat(summary.path("problems").path("total").asInt()).isEqualTo(18)
			.isEqualTo(json.path("problems").size());
		assertThat(summary.path("exempted").asInt()).isEqualTo(1);
		assertThat(summary.path("notices").asInt()).isEqualTo(5);
	}

	@Test
	void theFeedbackSaysWhichItemIsNotEffective() {
		assertThat(json.path("feedback"))
			.extracting((f) -> f.path("verdict").asString() + " " + f.path("progress").asString())
			.containsExactly("KEPT DONE", "STILL_MISSED NOT_EFFECTIVE", "UNMAPPED ONGOING");
		assertThat(json.path("feedback").get(1).path("gaps").get(0).asString())
			.isEqualTo("THEME_DAY|B2||2024-08-01|2024-08-31");
		assertThat(json.path("dossier").path("years")).extracting(JsonNode::asInt).containsExactly(2023, 2024, 2025);
	}

}
