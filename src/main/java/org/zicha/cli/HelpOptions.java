package org.zicha.cli;

import picocli.CommandLine.Option;

/**
 * {@code --help} and {@code --version}, described in Chinese, for every command.
 */
final class HelpOptions {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "显示本帮助后退出")
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "显示版本后退出")
	boolean version;

}
