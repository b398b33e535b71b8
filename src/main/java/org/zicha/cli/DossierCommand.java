package org.zicha.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.inspection.DossierFormat;
import org.zicha.inspection.DossierResult;
import org.zicha.inspection.DossierSources;
import org.zicha.inspection.InputFile;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.ledger.Period;

/**
 * {@code dossier}: the evidence dossier (佐证目录) of a window, for an inspection team.
 */
@Command(name = "dossier", versionProvider = Version.class, description = {
		"生成迎接巡视巡察的佐证目录：逐项列出各义务、各组织、各期间的佐证记录或问题及整改情况", "写出 dossier.xlsx（佐证目录）、dossier.docx（履职情况说明）和 dossier.json" },
		sortOptions = false)
final class DossierCommand implements Callable<Integer> {

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOptions help = new HelpOptions();

	@Mixin
	DataOptions data = new DataOptions();

	@Option(names = "--from", required = true, paramLabel = "DATE", converter = Dates.class,
			description = "期间起始日，如上次巡视以来：2023-01-01")
	LocalDate from;

	@Option(names = "--to", required = true, paramLabel = "DATE", converter = Dates.class, description = "期间截止日")
	LocalDate to;

	@Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
			description = "截至日期，晚于该日的记录不计（默认：截止日与今天中较早的一天）")
	LocalDate asOf;

	@Option(names = "--feedback", paramLabel = "FILE", description = "上次巡视（巡察）反馈问题整改情况表（template --feedback 生成）")
	Path feedback;

	@Option(names = "--rectification", paramLabel = "FILE",
			description = "各支部填写过的整改台账（rectification.xlsx），据此列示问题的整改状态（完成、进行中、整改不到位）")
	Path rectification;

	@Mixin
	RulesOption rules = new RulesOption();

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "结果文件写入的文件夹")
	Path out;

	DossierCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		if (this.to.isBefore(this.from)) {
			throw new UsageException("--to（" + this.to + "）早于 --from（" + this.from + "）");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = (this.asOf != null) ? this.asOf : this.to.isBefore(today) ? this.to : today;
		InputFile feedback = (this.feedback != null) ? file("--feedback", this.feedback) : null;
		Inspection inspection = new Inspection(this.rules.load(), this.clock);
		DossierResult dossier = inspection.dossier(this.data.input(),
				new InspectionOptions(asOf, this.from, this.to, this.data.lenient, true, null,
						(this.rectification != null) ? Baseline.ledger(this.rectification) : null),
				new DossierSources(feedback));
		OutputFiles files = new OutputFiles(this.out);
		for (DossierFormat format : DossierFormat.values()) {
			files.add(format.fileName(), (stream) -> dossier.write(format, stream));
		}
		List<Path> written = files.write();
		print(dossier, asOf, written);
		return 0;
	}

	private void print(DossierResult dossier, LocalDate asOf, List<Path> written) {
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("zicha 佐证目录：%s%n",
				String.join("、",
						dossier.inspection()
							.read()
							.ledger()
							.organizations()
							.stream()
							.filter((o) -> o.parentId() == null)
							.map((o) -> o.name())
							.toList()));
		out.printf("期间：%s至%s（截至%s）%n", Period.dayLabel(this.from), Period.dayLabel(this.to), Period.dayLabel(asOf));
		out.printf("列示组织·期间 %d 项，佐证记录 %d 条；总体履职率 %s%n", dossier.entries(), dossier.records(), dossier.rate());
		List<Long> problems = dossier.problems();
		out.printf("发现问题 %d 个：完成 %d 个，进行中 %d 个，整改不到位 %d 个%n", problems.stream().mapToLong(Long::longValue).sum(),
				problems.get(0), problems.get(1), problems.get(2));
		List<Long> feedback = dossier.feedback();
		if (!feedback.isEmpty()) {
			out.printf("上次反馈问题 %d 个：完成 %d 个，进行中 %d 个，整改不到位 %d 个%n", feedback.stream().mapToLong(Long::longValue).sum(),
					feedback.get(0), feedback.get(1), feedback.get(2));
		}
		out.println("已写入：");
		written.forEach((p) -> out.println("  " + p));
		out.flush();
	}

	private static InputFile file(String option, Path path) {
		try {
			return InputFile.read(path);
		}
		catch (NoSuchFileException ex) {
			throw new UsageException(option + "：找不到文件“" + Terminal.path(path) + "”");
		}
		catch (IOException ex) {
			throw new UsageException(option + "：无法读取“" + Terminal.path(path) + "”（" + ex.getMessage() + "）");
		}
	}

}
