package org.zicha.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.ledger.ExampleLedger;
import org.zicha.ledger.LedgerWorkbook;
import org.zicha.rules.RuleBook;

/**
 * {@code template}: write an empty ledger workbook.
 */
@Command(name = "template", description = "生成空白台账模板（每张表的标题、下拉选项和一行示例）")
final class TemplateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	RulesOption rules = new RulesOption();

	@Option(names = "--out", paramLabel = "FILE", description = "模板文件（默认：台账模板.xlsx）")
	Path out = Path.of("台账模板.xlsx");

	@Override
	public Integer call() {
		RuleBook book = this.rules.load();
		Path temp = null;
		try {
			Path folder = this.out.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			temp = Files.createTempFile(folder, ".zicha-", ".tmp");
			try (OutputStream stream = Files.newOutputStream(temp)) {
				new LedgerWorkbook(book.vocabulary()).write(ExampleLedger.create(), stream);
			}
			Files.move(temp, this.out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UsageException("无法写入“" + this.out + "”：" + ex.getMessage());
		}
		finally {
			deleteQuietly(temp);
		}
		this.spec.commandLine().getOut().printf("已生成台账模板：%s（每张表有一行示例，填写前请删除）%n", this.out);
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	private static void deleteQuietly(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// nothing to do: the temporary file is hidden and harmless
			}
		}
	}

}
