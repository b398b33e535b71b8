package org.zicha.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.finding.Duty;
import org.zicha.rules.RuleBook;
import org.zicha.rules.Threshold;

/**
 * {@code rules}: list the loaded duties with their codes, thresholds and sources.
 */
@Command(name = "rules", versionProvider = Version.class, description = "列出已加载的全部义务：代码、领域、阈值和依据")
final class RulesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOptions help = new HelpOptions();

	@Mixin
	RulesOption rules = new RulesOption();

	@Override
	public Integer call() {
		RuleBook book = this.rules.load().book();
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("规则：%s，共 %d 项义务%n", book.origin(), book.duties().size());
		String area = null;
		for (Duty duty : book.duties()) {
			if (!duty.area().equals(area)) {
				area = duty.area();
				out.printf("%n【%s】%n", area);
			}
			out.printf("%s  %s（%s）%n", duty.code(), duty.title(), duty.severity().label());
			for (Threshold threshold : book.thresholds(duty.code())) {
				String values = String.join("，", threshold.describe());
				if (threshold.category() != null) {
					out.printf("    阈值（组织类别“%s”）：%s%n", threshold.category(), values.isEmpty() ? "—" : values);
				}
				else if (!values.isEmpty()) {
					out.printf("    阈值：%s%n", values);
				}
			}
			out.printf("    依据：%s（%s）%n", duty.source(), confidence(duty.confidence()));
		}
		out.flush();
		return 0;
	}

	private static String confidence(String code) {
		return switch (code) {
			case "V" -> "V：见条文原文";
			case "S" -> "S：多方资料一致，条目序号可能为推断";
			default -> "L：本单位规定或通行做法";
		};
	}

}
