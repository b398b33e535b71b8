package org.zicha.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.zicha.inspection.RuleSet;
import org.zicha.inspection.RuleShelf;
import org.zicha.rules.RuleSource;

/**
 * The {@code --rules} option shared by the commands that load rules.
 */
final class RulesOption {

	/**
	 * One shelf for the process, so that commands run in one process compile rules once.
	 */
	private static final RuleShelf SHELF = new RuleShelf();

	@Option(names = "--rules", paramLabel = "DIR", description = "规则文件夹（默认：内置规则；规则即代码，只在指明时使用文件夹）")
	Path folder;

	RuleSet load() {
		return SHELF.load(RuleSource.resolve(this.folder));
	}

}
