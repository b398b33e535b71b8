package org.zicha.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.inspection.Inspection;
import org.zicha.ledger.InvalidRow;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;

/**
 * {@code validate}: read and check the ledger only.
 */
@Command(name = "validate", versionProvider = Version.class, description = "只读取并校验台账，报告其中的错误，不做检查", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOptions help = new HelpOptions();

	@Mixin
	DataOptions data = new DataOptions();

	@Mixin
	RulesOption rules = new RulesOption();

	ValidateCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		LedgerRead read = new Inspection(this.rules.load(), this.clock).read(this.data.input(), this.data.lenient);
		Ledger ledger = read.ledger();
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("台账校验通过：%d 个文件%n", read.files().size());
		out.printf("  组织 %d 个，党员 %d 名，活动 %d 条（议题 %d 项），学习篇目 %d 篇，党费 %d 条，谈心谈话 %d 条，发展党员 %d 人，例外 %d 项%n",
				ledger.organizations().size(), ledger.members().size(), ledger.activities().size(),
				ledger.activities().stream().mapToInt((a) -> a.agenda().size()).sum(), ledger.directives().size(),
				ledger.dues().size(), ledger.talks().size(), ledger.applicants().size(), ledger.exemptions().size());
		for (InvalidRow row : read.invalidRows()) {
			out.println("已跳过 " + row.location() + "：" + String.join("；", row.problems()));
		}
		read.warnings().forEach((w) -> out.println("注意：" + w));
		out.flush();
		return 0;
	}

}
