package org.zicha.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.zicha.finding.Finding;
import org.zicha.finding.FindingsJson;
import org.zicha.finding.Severity;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.inspection.OutputFormat;
import org.zicha.inspection.RuleSet;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Organization;

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

	@Option(names = "--out", paramLabel = "DIR", description = "结果文件写入的文件夹（默认：./zicha-out）")
	Path out = Path.of("zicha-out");

	@Option(names = "--format", paramLabel = "LIST", split = ",",
			description = "要写出的结果：json、md、docx、xlsx、html，逗号分隔（默认：全部）")
	List<String> formats;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", description = "存在该严重程度或更严重的问题时以退出码1结束：MAJOR、MINOR 或 NOTICE")
	String failOn;

	@Option(names = "--baseline", paramLabel = "FILE", description = "上次检查的 findings.json，用于标出新增、仍存在和已解决的问题")
	Path baseline;

	@Option(names = "--baseline-force", description = "基线的上级组织与本台账不同时仍然比较（默认拒绝，以免把其他单位的结果当作基线）")
	boolean baselineForce;

	@Option(names = "--no-exemptions", description = "不适用台账中经批准的例外（审计视角：列出全部问题）")
	boolean noExemptions;

	CheckCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		Set<OutputFormat> formats = formats();
		Severity failOn = (this.failOn != null) ? severity(this.failOn) : null;
		Baseline baseline = (this.baseline != null) ? Baseline.read(this.baseline) : null;
		LocalDate asOf = (this.asOf != null) ? this.asOf : LocalDate.now(this.clock);
		LocalDate from = (this.from != null) ? this.from : asOf.withDayOfYear(1);
		LocalDate to = (this.to != null) ? this.to : asOf;
		if (to.isBefore(from)) {
			throw new UsageException("--to（" + to + "）早于 --from（" + from + "）");
		}
		RuleSet rules = this.rules.load();
		Inspection inspection = new Inspection(rules, this.clock);
		LedgerRead read = inspection.read(this.data.input(), this.data.lenient);
		if (baseline != null && !this.baselineForce) {
			baseline.checkSameUnit(read.ledger());
		}
		InspectionResult result = inspection.run(read, new InspectionOptions(asOf, from, to, this.data.lenient,
				!this.noExemptions, (baseline != null) ? baseline.findings() : null));
		OutputFiles files = new OutputFiles(this.out);
		for (OutputFormat format : formats) {
			files.add(format.fileName(), (stream) -> result.write(format, stream));
		}
		List<Path> written = files.write();
		PrintWriter out = this.spec.commandLine().getOut();
		Summary.print(out, result, baseline != null, written);
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

	/**
	 * An earlier run's findings.json, with the root organisations it was run for.
	 */
	private record Baseline(Path file, List<Finding> findings, Map<String, String> roots) {

		static Baseline read(Path file) {
			try {
				byte[] json = Files.readAllBytes(file);
				return new Baseline(file, FindingsJson.readFindings(new ByteArrayInputStream(json)),
						FindingsJson.readRoots(new ByteArrayInputStream(json)));
			}
			catch (IOException ex) {
				throw new UsageException("--baseline：无法读取“" + Terminal.quote(file.toString()) + "”（"
						+ ((ex instanceof NoSuchFileException) ? "文件不存在" : "请检查文件及其访问权限") + "）");
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--baseline：“" + Terminal.quote(file.toString()) + "”" + ex.getMessage());
			}
		}

		/**
		 * Refuse a baseline of another unit: its root organisations (by id and name)
		 * share none with the ledger's; a baseline written before runs named their roots
		 * is refused when no organisation its findings name (by id and name) is in the
		 * ledger.
		 */
		void checkSameUnit(Ledger ledger) {
			Map<String, String> ours = new LinkedHashMap<>();
			ledger.organizations().stream().filter(Organization::isRoot).forEach((o) -> ours.put(o.id(), o.name()));
			String hint = "，未作比较；确属同一单位（如组织更名）请加 --baseline-force";
			if (!this.roots.isEmpty()) {
				boolean same = this.roots.entrySet()
					.stream()
					.anyMatch((e) -> e.getValue() != null && e.getValue().equals(ours.get(e.getKey())));
				if (!same) {
					throw new UsageException("--baseline：“" + Terminal.quote(this.file.toString()) + "”是"
							+ names(this.roots) + "的检查结果，与本台账的" + names(ours) + "不是同一单位" + hint);
				}
				return;
			}
			Map<String, String> all = new LinkedHashMap<>();
			ledger.organizations().forEach((o) -> all.put(o.id(), o.name()));
			boolean known = this.findings.isEmpty() || this.findings.stream()
				.anyMatch((f) -> f.orgId() != null && Objects.equals(all.get(f.orgId()), f.orgName()));
			if (!known) {
				throw new UsageException("--baseline：“" + Terminal.quote(this.file.toString()) + "”中的问题涉及的组织（如“"
						+ Terminal.quote(String.valueOf(this.findings.get(0).orgName())) + "”）都不在本台账中，不像是同一单位的检查结果"
						+ hint);
			}
		}

		private static String names(Map<String, String> roots) {
			return roots.isEmpty() ? "（无组织）"
					: roots.entrySet()
						.stream()
						.map((e) -> "“" + Terminal.quote(String.valueOf(e.getValue())) + "”（"
								+ Terminal.quote(e.getKey()) + "）")
						.collect(Collectors.joining("、"));
		}

	}

}
