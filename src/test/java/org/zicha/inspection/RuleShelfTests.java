package org.zicha.inspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleShelfTests {

	@TempDir
	Path folder;

	private final RuleShelf shelf = new RuleShelf();

	@BeforeEach
	void copyTheRules() throws IOException {
		Path rules = Path.of("rules");
		try (Stream<Path> walk = Files.walk(rules)) {
			for (Path p : walk.toList()) {
				Path target = this.folder.resolve(rules.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

	@Test
	void sameFilesAreCompiledOnceAndShared() {
		RuleSet first = this.shelf.load(RuleSource.folder(this.folder));
		RuleSet second = this.shelf.load(RuleSource.folder(this.folder));
		assertThat(second).isSameAs(first);
		assertThat(first.phrasing()).isNotNull();
		assertThat(first.origin()).isEqualTo("文件夹 " + this.folder);
	}

	@Test
	void editedFilesAreCompiledAgain() throws IOException {
		RuleSet first = this.shelf.load(RuleSource.folder(this.folder));
		Path drl = this.folder.resolve("orglife/meetings.drl");
		Files.writeString(drl, Files.readString(drl) + "\n// edited\n");
		RuleSet second = this.shelf.load(RuleSource.folder(this.folder));
		assertThat(second).isNotSameAs(first);
		assertThat(second.digest()).isNotEqualTo(first.digest());
	}

	@Test
	void brokenEditIsRefusedWhenLoadedStrictly() throws IOException {
		breakARule();
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> this.shelf.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).isNotEmpty()
				.allSatisfy((p) -> assertThat(p.file()).isEqualTo("orglife/meetings.drl")));
	}

	@Test
	void brokenEditKeepsTheLastGoodRulesInUseAndSaysWhy() throws IOException {
		RuleSet good = this.shelf.loadOrKeep(RuleSource.folder(this.folder));
		assertThat(this.shelf.lastFailure()).isEmpty();
		breakARule();
		RuleSet kept = this.shelf.loadOrKeep(RuleSource.folder(this.folder));
		assertThat(kept).isSameAs(good);
		assertThat(this.shelf.lastFailure()).hasValueSatisfying(
				(ex) -> assertThat(ex.problems()).extracting((p) -> p.file()).contains("orglife/meetings.drl"));
	}

	@Test
	void brokenRulesThatNeverLoadedAreRefusedEvenWhenKeeping() throws IOException {
		breakARule();
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> this.shelf.loadOrKeep(RuleSource.folder(this.folder)));
	}

	@Test
	void missingWordingIsARuleProblemNamingTheFile() throws IOException {
		Files.delete(this.folder.resolve("report/phrasing.yml"));
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> this.shelf.load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((p) -> assertThat(p.file()).isEqualTo("report/phrasing.yml")));
	}

	@Test
	void wordingThatDoesNotFitTheRulesIsARuleProblemNamingTheFileAndKey() throws IOException {
		Path wording = this.folder.resolve("report/phrasing.yml");
		Files.writeString(wording,
				Files.readString(wording)
					.replace("{org}有{count}次会议未将", "{org}有{cout}次会议未将")
					.replace("areas: [主体责任, 组织建设, 联系群众]", "areas: [主体责任, 组织建设]"));
		assertThatExceptionOfType(RuleBookException.class)
			.isThrownBy(() -> new RuleShelf().load(RuleSource.folder(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(RuleBookException.Problem::toString)
				.anySatisfy((p) -> assertThat(p)
					.startsWith("report/phrasing.yml：themes[0]（理论武装）.sentences[0].clauses[0].one：占位符{cout}无法填入"))
				.anySatisfy((p) -> assertThat(p).startsWith("report/phrasing.yml：themes：规则中的领域“联系群众”")));
	}

	private void breakARule() throws IOException {
		Path drl = this.folder.resolve("orglife/meetings.drl");
		Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\" when then nonsense( end\n");
	}

}
