package org.zicha.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.finding.Finding;
import org.zicha.finding.Severity;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.inspection.RuleSet;
import org.zicha.ledger.LedgerRead;
import org.zicha.report.Bulletin;

/**
 * {@code check}: read the ledger, evaluate the rules, write the outputs.
 */
@Command(name = "check", versionProvider = Version.class, description = "检查台账，列出存在的问题，写出 findings.json 等结果文件",
		sortOptions = false)
final class CheckCommand implements Callable<Integer> {

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOptions help = new HelpOptions();

	@Mixin
	DataOptions data = new DataOptions();

	@Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "检查截至日期，晚于该日的记录不计（默认：今天）")
	LocalDate asOf;

	@Option(names = "--from", paramLabel = "DATE", converter = Dates.class, description = "检查期间起始日（默认：截至日期所在年的1月1日）")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE", converter = Dates.class, description = "检查期间截止日（默认：截至日期）")
	LocalDate to;

	@Mixin
	RulesOption rules = new RulesOption();

	@Option(names = "--out", paramLabel = "DIR", description = "结果文件写入的文件夹（默认：./zicha-out/截至日期，每次检查一个文件夹）")
	Path out;

	@Option(names = "--format", paramLabel = "LIST", split = ",",
			description = "要写出的结果：json、md、docx、xlsx、html，逗号分隔（默认：全部）")
	List<String> formats;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", description = "存在该严重程度或更严重的问题时以退出码1结束：MAJOR、MINOR 或 NOTICE")
	String failOn;

	@Option(names = "--baseline", paramLabel = "PATH",
			description = "上次检查的 findings.json 或结果文件夹，用于标出新增、仍存在和已解决的问题（默认：./zicha-out 中最近一次更早的检查；none 表示不比较）")
	String baseline;

	@Option(names = "--rectification", paramLabel = "FILE",
			description = "各支部填写过的上次整改台账，其中的整改状态、责任人、完成日期、进展、佐证材料和备注接续到本次台账（默认：基线文件夹中的 rectification.xlsx）")
	Path rectification;

	@Option(names = "--per-branch", description = "另为每个支部写出一份提示单（branches 文件夹，md 和 docx）")
	boolean perBranch;

	@Option(names = "--baseline-force", description = "基线的上级组织与本台账不同时仍然比较（默认拒绝，以免把其他单位的结果当作基线）")
	boolean baselineForce;

	@Option(names = "--addressee", paramLabel = "NAME", description = "报告的主送机关（默认：台账“组织”表中本级党组织的“主送机关”；都没有时报告不写这一行）")
	String addressee;

	@Option(names = "--date", paramLabel = "DATE", converter = Dates.class, description = "报告的成文日期（默认：今天）")
	LocalDate date;

	@Option(names = "--no-exemptions", description = "不适用台账中经批准的例外（审计视角：列出全部问题）")
	boolean noExemptions;

	/** The folder of the branches' bulletins, in the output folder. */
	static final String BRANCHES = "branches";

	/** The folder the default output folder is in. */
	private final Path runs;

	CheckCommand(Clock clock, Path workingFolder) {
		this.clock = clock;
		this.runs = workingFolder.resolve(DEFAULT_RUNS);
	}

	/** The folder of the run folders, in the working folder. */
	static final String DEFAULT_RUNS = "zicha-out";

	@Override
	public Integer call() {
		Set<OutputFormat> formats = formats();
		Severity failOn = (this.failOn != null) ? severity(this.failOn) : null;
		LocalDate asOf = (this.asOf != null) ? this.asOf : LocalDate.now(this.clock);
		LocalDate from = (this.from != null) ? this.from : asOf.withDayOfYear(1);
		LocalDate to = (this.to != null) ? this.to : asOf;
		if (to.isBefore(from)) {
			throw new UsageException("--to（" + to + "）早于 --from（" + from + "）");
		}
		Path folder = (this.out != null) ? this.out : this.runs.resolve(asOf.toString());
		Baseline baseline = Baseline.of(this.baseline, this.rectification, (this.out == null) ? this.runs : null, asOf);
		RuleSet rules = this.rules.load();
		Inspection inspection = new Inspection(rules, this.clock);
		LedgerRead read = inspection.read(this.data.input(), this.data.lenient);
		if (!this.baselineForce) {
			baseline.checkSameUnit(read.ledger());
		}
		InspectionResult result = inspection.run(read, new InspectionOptions(asOf, from, to, this.data.lenient,
				!this.noExemptions, baseline.findings(), baseline.rectification(), this.addressee, this.date));
		OutputFiles files = new OutputFiles(folder);
		for (OutputFormat format : formats) {
			files.add(format.fileName(), (stream) -> result.write(format, stream));
		}
		List<Bulletin> bulletins = this.perBranch ? result.bulletins() : List.of();
		for (Bulletin bulletin : bulletins) {
			files.add(BRANCHES + "/" + bulletin.fileName() + ".md",
					(stream) -> result.writeBulletin(bulletin, false, stream));
			files.add(BRANCHES + "/" + bulletin.fileName() + ".docx",
					(stream) -> result.writeBulletin(bulletin, true, stream));
		}
		List<Path> written = files.write();
		PrintWriter out = this.spec.commandLine().getOut();
		Summary.print(out, result, baseline, written, bulletins.size());
		List<Finding> findings = result.document().findings();
		boolean failed = failOn != null && findings.stream().anyMatch((f) -> f.severity().atLeast(failOn));
		if (failed) {
			out.printf("存在%s及以上的问题（--fail-on %s），退出码为1%n", failOn.label(), failOn.name());
			out.flush();
		}
		return failed ? 1 : 0;
	}

	private Set<OutputFormat> formats() {
		if (this.formats == null) {
			return EnumSet.allOf(OutputFormat.class);
		}
		Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
		for (String name : this.formats) {
			String n = name.strip().toUpperCase();
			OutputFormat format;
			try {
				format = OutputFormat.valueOf(n);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--format 不支持“" + name + "”，可选：json、md、docx、xlsx、html");
			}
			set.add(format);
		}
		return set;
	}

	private static Severity severity(String text) {
		try {
			return Severity.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--fail-on：" + ex.getMessage());
		}
	}

}
