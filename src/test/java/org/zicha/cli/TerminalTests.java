package org.zicha.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.testing.JsonLedgers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Terminal}: nothing the command line prints reaches the terminal as a control
 * sequence, whatever its source.
 */
class TerminalTests {

	@Test
	void controlAndReorderingCharactersAreEscapedLineBreaksAndTabsKept() {
		StringWriter text = new StringWriter();
		try (PrintWriter out = Terminal.safe(new PrintWriter(text))) {
			out.print("组织\t名称\n\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b\r\u202e");
		}
		assertThat(text.toString()).isEqualTo("组织\t名称\n\\x1B[2J\\x1B]52;c;ZXZpbA==\\x07\\x9B\\x0D\\u202E");
	}

	@Test
	void aLedgersEscapeSequencesArePrintedEscapedInTheSummary(@TempDir Path dir) {
		Path ledger = JsonLedgers.json()
			.add("organizations", "id", "R", "name", "\u001b[2J\u001b]0;已被接管\u0007市交通运输局党组", "kind", "LEADING_GROUP")
			.add("activities", "id", "A1", "orgId", "R", "types", List.of("COMMITTEE_MEETING"), "date", "2025-03-20",
					"topic", "\u001b]52;c;cm0gLXJmIH4=\u0007")
			.write(dir.resolve("台账.json"));
		Cli cli = Cli.run("check", "--data", ledger.toString(), "--as-of", "2025-12-31", "--format", "json", "--out",
				dir.resolve("out").toString());
		assertThat(cli.exitCode).as(cli.toString()).isZero();
		assertThat(cli.out).contains("zicha 党建工作自查：\\x1B[2J\\x1B]0;已被接管\\x07市交通运输局党组")
			.doesNotContain("\u001b")
			.doesNotContain("\u0007");
	}

	@Test
	void aLongPathInAMessageIsShownWhole(@TempDir Path dir) {
		String name = "不存在的文件".repeat(20) + ".json";
		Cli cli = Cli.run("validate", "--data", dir.resolve(name).toString());
		assertThat(cli.exitCode).isEqualTo(2);
		assertThat(cli.err).contains(dir.resolve(name).toString()).doesNotContain("…（共 ");
	}

}
