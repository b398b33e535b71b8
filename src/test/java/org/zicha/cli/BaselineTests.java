package org.zicha.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.zicha.testing.JsonLedgers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --baseline}: an earlier run of the same unit is compared; one of another
 * unit (another root organisation) is refused unless {@code --baseline-force}.
 */
class BaselineTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void findingsJsonNamesTheRootOrganisationsOfItsRun() throws IOException {
		Path first = run(ledger("R", "市交通运输局党组", "2025-03-20"), "first", null);
		JsonNode roots = MAPPER.readTree(first.toFile()).path("run").path("roots");
		assertThat(roots.toString()).isEqualTo("[{\"id\":\"R\",\"name\":\"市交通运输局党组\"}]");
	}

	@Test
	void aBaselineOfTheSameUnitIsCompared() {
		Path first = run(ledger("R", "市交通运输局党组", "2025-03-20"), "first", null);
		Cli second = Cli.run(args(ledger("R", "市交通运输局党组", "2025-09-20"), "second", first));
		assertThat(second.exitCode).as(second.toString()).isZero();
		assertThat(second.out).contains("与上次检查比较（基线：");
	}

	@Test
	void aBaselineOfAnotherUnitIsRefusedUnlessForced() {
		Path other = run(ledger("R", "市财政局党组", "2025-03-20"), "other", null);
		Path ledger = ledger("R", "市交通运输局党组", "2025-09-20");
		Cli refused = Cli.run(args(ledger, "refused", other));
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err)
			.contains("是“市财政局党组”（R）的检查结果，与本台账的“市交通运输局党组”（R）不是同一单位，未作比较；确属同一单位（如组织更名）请加 --baseline-force");
		assertThat(this.dir.resolve("refused")).doesNotExist();
		List<String> forced = new java.util.ArrayList<>(List.of(args(ledger, "forced", other)));
		forced.add("--baseline-force");
		Cli accepted = Cli.run(forced.toArray(String[]::new));
		assertThat(accepted.exitCode).as(accepted.toString()).isZero();
		assertThat(accepted.out).contains("与上次检查比较（基线：");
	}

	@Test
	void anOlderBaselineWithoutRootsIsRefusedWhenNoOrganisationItNamesIsInTheLedger() throws IOException {
		Path other = run(ledger("F", "市财政局党组", "2025-03-20"), "other", null);
		ObjectNode document = (ObjectNode) MAPPER.readTree(other.toFile());
		((ObjectNode) document.get("run")).remove("roots");
		Files.writeString(other, document.toString());
		assertThat(MAPPER.readTree(other.toFile()).path("findings").size()).isPositive();
		Cli refused = Cli.run(args(ledger("R", "市交通运输局党组", "2025-09-20"), "refused", other));
		assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err).contains("中的问题涉及的组织（如“市财政局党组”）都不在本台账中");
	}

	private Path ledger(String rootId, String rootName, String date) {
		return JsonLedgers.json()
			.add("organizations", "id", rootId, "name", rootName, "kind", "LEADING_GROUP")
			.add("activities", "id", "A1", "orgId", rootId, "types", List.of("COMMITTEE_MEETING"), "date", date)
			.write(this.dir.resolve(rootName + date + "/台账.json"));
	}

	private Path run(Path ledger, String out, Path baseline) {
		Cli cli = Cli.run(args(ledger, out, baseline));
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		return this.dir.resolve(out).resolve("findings.json");
	}

	private String[] args(Path ledger, String out, Path baseline) {
		List<String> args = new java.util.ArrayList<>(List.of("check", "--data", ledger.toString(), "--as-of",
				"2025-12-31", "--format", "json", "--out", this.dir.resolve(out).toString()));
		if (baseline != null) {
			args.add("--baseline");
			args.add(baseline.toString());
		}
		return args.toArray(String[]::new);
	}

}
