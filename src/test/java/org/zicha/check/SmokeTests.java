package org.zicha.check;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.zicha.ledger.LedgerReader;
import org.zicha.ledger.LedgerRead;
import org.zicha.rules.RuleBook;
import org.zicha.rules.RuleSource;

class SmokeTests {

	@Test
	void smoke() {
		long t0 = System.currentTimeMillis();
		RuleBook book = RuleBook.load(RuleSource.folder(Path.of("rules")));
		long t1 = System.currentTimeMillis();
		System.out
			.println("load " + (t1 - t0) + " duties " + book.duties().size() + " thresholds " + book.thresholds());
		LedgerReader reader = new LedgerReader(book.vocabulary(), book::names, Clock.systemDefaultZone());
		for (String c : List.of("p01_clean_year_2024", "p02_two_gaps_2024", "p03_two_gaps_2024_xlsx")) {
			LedgerRead read = reader.read(List.of(Path.of("../shared/conformance/" + c + "/data")), false);
			long t2 = System.currentTimeMillis();
			CheckResult result = new Check(book).run(read, new CheckOptions(LocalDate.of(2024, 12, 31),
					LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true, null));
			System.out.println(c + " " + (System.currentTimeMillis() - t2) + "ms outcomes " + result.outcomes().size());
			result.findings()
				.forEach((f) -> System.out.println("  " + f.key() + " " + f.severity() + " " + f.message()));
		}
	}

}
