package org.zicha.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.zicha.rules.RuleBook;
import org.zicha.rules.RuleSource;

/**
 * The {@code --rules} option shared by the commands that load rules.
 */
final class RulesOption {

	@Option(names = "--rules", paramLabel = "DIR", description = "规则文件夹（默认：当前目录下的 rules 文件夹，没有时用内置规则）")
	Path folder;

	RuleBook load() {
		return RuleBook.load(RuleSource.resolve(this.folder));
	}

}
