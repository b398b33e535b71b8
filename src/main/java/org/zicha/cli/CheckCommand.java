package org.zicha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
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

import org.zicha.check.Check;
import org.zicha.check.CheckOptions;
import org.zicha.check.CheckResult;
import org.zicha.check.Reports;
import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.FindingsJson;
import org.zicha.finding.RunInfo;
import org.zicha.finding.Severity;
import org.zicha.ledger.LedgerRead;
import org.zicha.report.DocxReportWriter;
import org.zicha.report.HtmlReportWriter;
import org.zicha.report.MarkdownReportWriter;
import org.zicha.report.RectificationWriter;
import org.zicha.report.Phrasing;
import org.zicha.report.Report;
import org.zicha.report.ReportBuilder;
import org.zicha.rules.RuleBook;

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

	@Option(names = "--no-exemptions", description = "不适用台账中经批准的例外（审计视角：列出全部问题）")
	boolean noExemptions;

	CheckCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		Set<Format> formats = formats();
		Severity failOn = (this.failOn != null) ? severity(this.failOn) : null;
		List<Finding> baseline = (this.baseline != null) ? baseline(this.baseline) : null;
		LocalDate asOf = (this.asOf != null) ? this.asOf : LocalDate.now(this.clock);
		LocalDate from = (this.from != null) ? this.from : asOf.withDayOfYear(1);
		LocalDate to = (this.to != null) ? this.to : asOf;
		if (to.isBefore(from)) {
			throw new UsageException("--to（" + to + "）早于 --from（" + from + "）");
		}
		RuleBook book = this.rules.load();
		Phrasing phrasing = phrasing(book);
		LedgerRead read = this.data.read(book, this.clock);
		CheckResult result = new Check(book).run(read, new CheckOptions(asOf, from, to, !this.noExemptions, baseline));
		RunInfo run = new RunInfo(asOf, from, to, book.digest(), read.digest(), FindingsJson.now(), Version.tool());
		FindingsDocument document = new FindingsDocument(run, result.findings(), result.exempted(), result.resolved(),
				result.stats());
		OutputFiles files = new OutputFiles(this.out);
		// the report is drafted only when an output other than findings.json needs it
		Report report = formats.equals(EnumSet.of(Format.JSON)) ? null
				: new ReportBuilder(phrasing).build(Reports.input(result, book, read.ledger().recordCount()));
		for (Format format : formats) {
			files.add(format.fileName(), writer(format, document, phrasing, report));
		}
		List<Path> written = files.write();
		PrintWriter out = this.spec.commandLine().getOut();
		Summary.print(out, read, result, book.origin(), baseline != null, written);
		boolean failed = failOn != null && result.findings().stream().anyMatch((f) -> f.severity().atLeast(failOn));
		if (failed) {
			out.printf("存在%s及以上的问题（--fail-on %s），退出码为1%n", failOn.label(), failOn.name());
			out.flush();
		}
		return failed ? 1 : 0;
	}

	private static OutputFiles.Writer writer(Format format, FindingsDocument document, Phrasing phrasing,
			Report report) {
		return switch (format) {
			case JSON -> (stream) -> FindingsJson.write(document, stream);
			case MD -> (stream) -> new MarkdownReportWriter(phrasing).write(report, stream);
			case XLSX -> (stream) -> new RectificationWriter(phrasing).write(report, stream);
			case DOCX -> (stream) -> new DocxReportWriter(phrasing).write(report, stream);
			case HTML -> (stream) -> new HtmlReportWriter(phrasing).write(report, stream);
		};
	}

	private Set<Format> formats() {
		if (this.formats == null) {
			return EnumSet.allOf(Format.class);
		}
		Set<Format> set = EnumSet.noneOf(Format.class);
		for (String name : this.formats) {
			String n = name.strip().toUpperCase();
			Format format;
			try {
				format = Format.valueOf(n);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--format 不支持“" + name + "”，可选：json、md、docx、xlsx、html");
			}
			set.add(format);
		}
		return set;
	}

	private static Phrasing phrasing(RuleBook book) {
		try {
			return Reports.phrasing(book);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("报告措辞模板有误：" + ex.getMessage());
		}
	}

	private static Severity severity(String text) {
		try {
			return Severity.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--fail-on：" + ex.getMessage());
		}
	}

	private static List<Finding> baseline(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return FindingsJson.readFindings(in);
		}
		catch (IOException ex) {
			throw new UsageException("--baseline：无法读取“" + file + "”（" + ex.getMessage() + "）");
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--baseline：“" + file + "”" + ex.getMessage());
		}
	}

}
