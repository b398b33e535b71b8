package org.zicha.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.ledger.ExampleLedger;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerWorkbook;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.LedgerInput;
import org.zicha.inspection.RuleSet;

/**
 * {@code template}: write an empty ledger workbook.
 */
@Command(name = "template", versionProvider = Version.class, description = { "生成空白台账模板（每张表的标题、下拉选项和一行示例）",
		"加 --data 时，把已有台账（如 JSON）转写为同样格式的工作簿", "加 --feedback 时，生成空白的巡视反馈问题整改情况表（供 dossier --feedback 读取）" })
final class TemplateCommand implements Callable<Integer> {

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOptions help = new HelpOptions();

	@Option(names = "--data", arity = "1..*", paramLabel = "PATH", description = "要转写的台账文件或文件夹（不填则生成空白模板）")
	List<Path> data;

	@Mixin
	RulesOption rules = new RulesOption();

	@Option(names = "--feedback", description = "生成巡视反馈问题整改情况表（而不是台账模板）")
	boolean feedback;

	@Option(names = "--out", paramLabel = "FILE", description = "模板文件（默认：台账模板.xlsx；加 --feedback 时：巡视反馈问题整改情况表.xlsx）")
	Path out;

	@Option(names = "--force", description = "文件已存在时覆盖它（默认不覆盖）")
	boolean force;

	TemplateCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		if (this.feedback) {
			return feedback();
		}
		if (this.out == null) {
			this.out = Path.of("台账模板.xlsx");
		}
		refuseToOverwrite(this.out);
		RuleSet rules = this.rules.load();
		Ledger ledger = (this.data != null)
				? new Inspection(rules, this.clock).read(LedgerInput.paths(this.data), false).ledger()
				: ExampleLedger.create();
		Path folder = this.out.toAbsolutePath().getParent();
		OutputFiles files = new OutputFiles(folder);
		files.add(this.out.getFileName().toString(),
				(stream) -> new LedgerWorkbook(rules.book().vocabulary()).write(ledger, stream));
		files.write();
		this.spec.commandLine()
			.getOut()
			.printf((this.data != null) ? "已转写台账：%s%n" : "已生成台账模板：%s（每张表有一行示例，填写前请删除）%n", this.out);
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	private Integer feedback() {
		if (this.data != null) {
			throw new UsageException("--feedback 生成空白的反馈问题表，不能与 --data 同时使用");
		}
		Path out = (this.out != null) ? this.out : Path.of("巡视反馈问题整改情况表.xlsx");
		refuseToOverwrite(out);
		Inspection inspection = new Inspection(this.rules.load(), this.clock);
		OutputFiles files = new OutputFiles(out.toAbsolutePath().getParent());
		files.add(out.getFileName().toString(), inspection::feedbackTemplate);
		files.write();
		this.spec.commandLine().getOut().printf("已生成巡视反馈问题整改情况表：%s%n", out);
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	private void refuseToOverwrite(Path file) {
		if (Files.exists(file) && !this.force) {
			throw new UsageException("文件“" + Terminal.path(file) + "”已存在，未覆盖；确需覆盖请加 --force");
		}
	}

}
