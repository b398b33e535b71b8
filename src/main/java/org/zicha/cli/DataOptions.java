package org.zicha.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import org.zicha.inspection.LedgerInput;

/**
 * The options that say which ledger to read.
 */
final class DataOptions {

	@Option(names = "--data", required = true, arity = "1..*", paramLabel = "PATH",
			description = "台账文件或文件夹（xlsx、xls、json），可填多个，合并读取")
	List<Path> paths;

	@Option(names = "--lenient", description = "跳过有错误的台账行并作为问题列出，而不是停止检查")
	boolean lenient;

	/**
	 * The ledger to read.
	 * @return the input
	 * @throws UsageException when a path does not exist
	 */
	LedgerInput input() {
		List<String> missing = this.paths.stream()
			.filter((p) -> !Files.exists(p))
			.map((p) -> "“" + Terminal.path(p) + "”")
			.toList();
		if (!missing.isEmpty()) {
			throw new UsageException("--data：找不到文件或文件夹" + String.join("、", missing));
		}
		return LedgerInput.paths(this.paths);
	}

}
