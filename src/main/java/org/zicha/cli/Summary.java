package org.zicha.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zicha.finding.Duty;
import org.zicha.finding.Finding;
import org.zicha.finding.FindingsDocument;
import org.zicha.finding.Severity;
import org.zicha.inspection.InspectionResult;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.Period;
import org.zicha.report.Report;

/**
 * The short summary {@code check} prints: what was read, findings per severity and per
 * area, the comparison with a baseline, and the files written.
 */
final class Summary {

	private Summary() {
	}

	private static String rules(InspectionResult result) {
		return result.rules().origin() + "（摘要 " + result.rules().digest().substring(0, 12) + "）";
	}

	static void print(PrintWriter out, InspectionResult result, Baseline baseline, List<Path> written, int bulletins) {
		LedgerRead read = result.read();
		FindingsDocument document = result.document();
		String root = read.ledger()
			.organizations()
			.stream()
			.filter((o) -> o.parentId() == null)
			.map((o) -> o.name())
			.collect(Collectors.joining("、"));
		out.printf("zicha 党建工作自查：%s%n", root);
		out.printf("检查期间：%s至%s（截至%s）%n", Period.dayLabel(document.run().from()), Period.dayLabel(document.run().to()),
				Period.dayLabel(document.run().asOf()));
		out.printf("读取台账：%d 个文件，组织 %d 个、党员 %d 名、活动 %d 条、记录共 %d 条；规则：%s%n", read.files().size(),
				read.ledger().organizations().size(), read.ledger().members().size(), read.ledger().activities().size(),
				read.ledger().recordCount(), rules(result));
		if (!read.invalidRows().isEmpty()) {
			out.printf("有 %d 行台账记录有误，已跳过（见报告附件“台账数据问题”）%n", read.invalidRows().size());
		}
		read.warnings().forEach((w) -> out.println("注意：" + w));
		result.warnings().forEach(out::println);
		List<Finding> findings = document.findings();
		out.println(result.rules().phrasing().counts(result.report().counts()));
		Map<String, List<Finding>> byArea = findings.stream()
			.filter((f) -> f.severity() != Severity.NOTICE && !Report.isDataProblem(f))
			.sorted((a, b) -> Integer.compare(Duty.areaRank(a.area()), Duty.areaRank(b.area())))
			.collect(Collectors.groupingBy(Finding::area, LinkedHashMap::new, Collectors.toList()));
		if (!byArea.isEmpty()) {
			out.println("问题按领域：");
			byArea.forEach((area, list) -> out.printf("  %s %d 条（%s）%n", area, list.size(), list.stream()
				.collect(Collectors.groupingBy(Finding::severity, java.util.TreeMap::new, Collectors.counting()))
				.entrySet()
				.stream()
				.map((e) -> e.getKey().label() + " " + e.getValue() + " 条")
				.collect(Collectors.joining("，"))));
		}
		if (baseline.present()) {
			long fresh = findings.stream().filter((f) -> f.change() == Finding.Change.NEW).count();
			out.printf("与上次检查比较（基线：%s）：新增 %d 条，仍存在 %d 条，已解决 %d 条%n", baseline.source(), fresh, findings.size() - fresh,
					document.resolved().size());
		}
		if (baseline.rectification() != null) {
			out.printf("接续整改台账：%s（%d 行，按问题编号接续整改状态、责任人、完成日期、进展、佐证材料和备注）%n", baseline.rectificationFile(),
					baseline.rectification().entries().size());
		}
		out.println("已写入：");
		String branches = java.io.File.separator + CheckCommand.BRANCHES + java.io.File.separator;
		written.stream().filter((p) -> !p.toString().contains(branches)).forEach((p) -> out.println("  " + p));
		if (bulletins > 0) {
			Path folder = written.stream()
				.filter((p) -> p.toString().contains(branches))
				.findFirst()
				.map(Path::getParent)
				.orElseThrow();
			out.printf("  %s%s（%d 个组织的提示单，md 和 docx 各 %d 份）%n", folder, java.io.File.separator, bulletins, bulletins);
		}
		out.flush();
	}

}
