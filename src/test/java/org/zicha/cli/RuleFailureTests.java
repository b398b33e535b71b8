package org.zicha.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that fails while it evaluates the ledger stops the run with exit 2, naming the
 * rule, the organisations and the records it had matched, and writes nothing.
 */
class RuleFailureTests {

	@Test
	void aFailingRuleNamesItselfTheOrganisationAndTheRecord(@TempDir Path dir) throws IOException {
		Path rules = RulesFolder.copyInto(dir.resolve("rules"));
		Files.writeString(rules.resolve("orglife/failing.drl"), """
				package orglife;

				import org.zicha.ledger.Activity;

				rule "a rule that fails on one meeting"
				when
				    $meeting : Activity(id == "B1-BC-2025-01")
				then
				    throw new IllegalStateException("除数为零");
				end
				""");
		Path out = dir.resolve("out");
		Cli cli = Cli.run("check", "--data", "sample-data/json", "--as-of", "2025-12-31", "--rules", rules.toString(),
				"--out", out.toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains("检查中断：规则“a rule that fails on one meeting”在检查B1")
			.contains("的记录时出错（除数为零），涉及的记录：活动编号 B1-BC-2025-01")
			.doesNotContain("内部错误")
			.doesNotContain("at org.");
		assertThat(out).doesNotExist();
	}

}
