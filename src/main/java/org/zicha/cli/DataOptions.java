package org.zicha.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import org.zicha.inspection.LedgerInput;

/**
 * The options that say which ledger to read.
 */
final class DataOptions {

	@Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
			description = "台账文件或文件夹（xlsx、json），可填多个，合并读取")
	List<Path> paths;

	@Option(names = "--lenient", description = "跳过有错误的台账行并作为问题列出，而不是停止检查")
	boolean lenient;

	LedgerInput input() {
		return LedgerInput.paths(this.paths);
	}

}
