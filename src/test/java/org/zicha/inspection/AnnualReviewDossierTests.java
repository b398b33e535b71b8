package org.zicha.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.zicha.ledger.LedgerWorkbook;
import org.zicha.testing.Checks;
import org.zicha.testing.Dossiers;
import org.zicha.testing.LedgerBuilder;
import org.zicha.testing.LedgerFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zicha.ledger.ActivityType.MEMBER_ASSEMBLY;
import static org.zicha.ledger.ActivityType.MEMBER_REVIEW;
import static org.zicha.ledger.ActivityType.ORG_LIFE_MEETING;

/**
 * The dossier of two years (2024–2025) lists each year's 组织生活会 and 民主评议党员 under the year
 * they review, whenever they were held: the 2023年度 meetings held in January 2024 under
 * 2023, the 2024年度 ones of January 2025 under 2024, one held after 31 March as a missed
 * review of its year, the 2025年度 ones not yet due as notices; and the figures of each
 * year count the reviews of that year.
 */
class AnnualReviewDossierTests {

	@Test
	void eachYearsReviewIsListedUnderTheYearItReviews(@TempDir Path folder) throws IOException {
		LedgerBuilder l = LedgerBuilder.ledger();
		l.branch("B1").name("第一党支部");
		l.branch("B2").name("第二党支部");
		for (String branch : List.of("B1", "B2")) {
			l.activity(branch, "2024-01-18", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2023年度组织生活会暨民主评议党员");
			l.activity(branch, "2024-06-20", MEMBER_ASSEMBLY).topic("党员大会");
		}
		l.activity("B1", "2025-01-16", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2024年度组织生活会暨民主评议党员");
		l.activity("B1", "2025-12-20", ORG_LIFE_MEETING).topic("组织生活会").reviewYear(2025);
		l.activity("B2", "2025-04-10", ORG_LIFE_MEETING, MEMBER_REVIEW).topic("2024年度组织生活会暨民主评议党员");
		Path ledger = folder.resolve("台账.xlsx");
		try (OutputStream out = Files.newOutputStream(ledger)) {
			new LedgerWorkbook(LedgerFiles.vocabulary()).write(l.build(), out);
		}
		DossierResult dossier = new Inspection(Checks.ruleSet(), Dossiers.CLOCK).dossier(
				LedgerInput.paths(List.of(ledger)), new InspectionOptions(LocalDate.parse("2025-12-31"),
						LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"), false, true, null),
				new DossierSources(null));
		JsonNode json = Dossiers.json(dossier);
		assertThat(entries(json, "ORG_LIFE")).containsExactly("B1 2023 MET [2024-01-18]", "B1 2024 MET [2025-01-16]",
				"B1 2025 MET [2025-12-20]", "B2 2023 MET [2024-01-18]", "B2 2024 MISSED []", "B2 2025 DUE []");
		assertThat(entries(json, "MEMBER_REVIEW")).containsExactly("B1 2023 MET [2024-01-18]",
				"B1 2024 MET [2025-01-16]", "B1 2025 DUE []", "B2 2023 MET [2024-01-18]", "B2 2024 MISSED []",
				"B2 2025 DUE []");
		Map<String, Object> stats = dossier.inspection().document().stats();
		assertThat(stats).containsEntry("orgLifeMeetings", 3).containsEntry("memberReviews", 2);
		assertThat(stats.get("years")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.extracting((y) -> ((Map<?, ?>) y).get("year") + " " + ((Map<?, ?>) y).get("orgLifeMeetings") + " "
					+ ((Map<?, ?>) y).get("memberReviews"))
			.containsExactly("2024 2 2", "2025 1 0");
	}

	/**
	 * Each entry of a duty: organisation, year, how it stood and the dates of its
	 * records.
	 */
	private static List<String> entries(JsonNode json, String duty) {
		List<String> entries = new ArrayList<>();
		for (JsonNode entry : json.path("entries")) {
			if (entry.path("duty").asString().equals(duty)) {
				List<String> dates = new ArrayList<>();
				entry.path("records").forEach((r) -> dates.add(r.path("date").asString()));
				entries.add(entry.path("orgId").asString() + " "
						+ entry.path("period").path("from").asString().substring(0, 4) + " "
						+ entry.path("fulfilment").asString() + " " + dates);
			}
		}
		return entries;
	}

}
