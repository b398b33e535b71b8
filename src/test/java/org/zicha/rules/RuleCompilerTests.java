package org.zicha.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled rules come pre-compiled from the build (the executable model, loaded from
 * the classpath once); any other rules are compiled when loaded.
 */
class RuleCompilerTests {

	@Test
	void bundledRulesAreLoadedPrecompiledAndNotCompiledAgain() {
		KieBase first = RuleBook.load(RuleSource.bundled()).kieBase();
		KieBase second = RuleBook.load(RuleSource.bundled()).kieBase();
		assertThat(second).isSameAs(first);
		assertThat(first.getKiePackage(RuleCompiler.THRESHOLDS_PACKAGE).getRules()).hasSize(42);
	}

	@Test
	void bundledSourcesThatDifferFromWhatTheBuildPrecompiledAreCompiled() {
		List<RuleSource.RuleFile> files = RuleSource.bundled()
			.files()
			.stream()
			.map((f) -> f.path().equals("outreach/staff-forum.drl") ? new RuleSource.RuleFile(f.path(),
					(new String(f.content(), StandardCharsets.UTF_8) + "\n// edited\n")
						.getBytes(StandardCharsets.UTF_8))
					: f)
			.toList();
		KieBase precompiled = RuleBook.load(RuleSource.bundled()).kieBase();
		RuleCompiler compiler = new RuleCompiler();
		KieBase compiled = compiler.compile(files, true);
		assertThat(compiler.problems()).isEmpty();
		assertThat(compiled).isNotNull().isNotSameAs(precompiled);
		assertThat(RuleCompiler.sourceDigest(files))
			.isNotEqualTo(RuleCompiler.sourceDigest(RuleSource.bundled().files()));
	}

	@Test
	void digestCoversTheRulesAndTheThresholdsButNotTheWording() {
		List<RuleSource.RuleFile> files = RuleSource.bundled().files();
		List<RuleSource.RuleFile> reworded = files.stream()
			.map((f) -> f.path().equals("report/phrasing.yml")
					? new RuleSource.RuleFile(f.path(), "title: \"x\"".getBytes(StandardCharsets.UTF_8)) : f)
			.toList();
		assertThat(RuleCompiler.sourceDigest(reworded)).isEqualTo(RuleCompiler.sourceDigest(files));
	}

}
