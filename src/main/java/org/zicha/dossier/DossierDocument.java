package org.zicha.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zicha.finding.Severity;
import org.zicha.report.OfficialDocument;
import org.zicha.report.OfficialTable;

/**
 * Writes the summary of the dossier (dossier.docx) in the layout of an official document
 * (GB/T 9704-2012), as report.docx is: the overall 履职率 by year, then per area the 履职率 by
 * organisation and year and the problems found with where their rectification stands, the
 * approved exemptions, and the follow-up of an earlier inspection's feedback.
 */
public final class DossierDocument {

	private static final List<OfficialTable.Column> PROBLEM_COLUMNS = List.of(new OfficialTable.Column("序号", 7, true),
			new OfficialTable.Column("问题", 26, false), new OfficialTable.Column("组织", 20, false),
			new OfficialTable.Column("期间", 27, false), new OfficialTable.Column("整改情况", 20, false));

	private static final List<OfficialTable.Column> EXEMPTION_COLUMNS = List.of(new OfficialTable.Column("序号", 7, true),
			new OfficialTable.Column("事项", 28, false), new OfficialTable.Column("期间", 22, false),
			new OfficialTable.Column("理由", 23, false), new OfficialTable.Column("批准文号", 20, false));

	private static final List<OfficialTable.Column> FEEDBACK_COLUMNS = List.of(new OfficialTable.Column("序号", 7, true),
			new OfficialTable.Column("反馈问题", 33, false), new OfficialTable.Column("时限", 16, true),
			new OfficialTable.Column("核验结果", 28, false), new OfficialTable.Column("整改情况", 16, true));

	/**
	 * Write the document.
	 * @param dossier the dossier
	 * @param out where to write it; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Dossier dossier, OutputStream out) throws IOException {
		Summary summary = new Summary(dossier);
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.title(List.of(Texts.clean(dossier.rootName()), "关于" + dossier.window() + "党建工作履职情况的说明"));
			doc.heading("一、总体情况");
			summary.overview().stream().map(Texts::clean).forEach(doc::paragraph);
			doc.heading("二、分领域履职情况");
			int n = 1;
			for (String area : dossier.areas()) {
				List<Entry> entries = dossier.entries(area);
				if (entries.stream().noneMatch((e) -> e.rated() || e.isProblem())) {
					continue;
				}
				doc.paragraph("（" + Summary.ordinal(n++) + "）" + Texts.clean(area) + "。",
						Texts.clean(summary.area(area)));
				if (summary.rates().of(area, null, null).evaluated() > 0) {
					doc.paragraph("各党组织履职率如下：");
					rates(doc, dossier, summary.rates(), area);
				}
				if (!summary.problems(area).isEmpty()) {
					doc.paragraph("发现的问题及整改情况如下：");
					problems(doc, summary.problems(area));
				}
			}
			exemptions(doc, dossier);
			if (dossier.feedbackRead()) {
				doc.heading("四、上次巡视（巡察）反馈问题整改情况");
				doc.paragraph(Texts.clean(summary.feedback()));
				feedback(doc, dossier.followUps());
			}
			doc.signature(Texts.clean(dossier.rootName()), Dossier.day(dossier.asOf()));
			doc.write(out);
		}
	}

	/**
	 * A row of a table, its text without the control characters a Word document cannot
	 * hold (a ledger or workbook cell may carry them).
	 */
	private static void row(OfficialTable table, List<String> cells) {
		table.row(cells.stream().map(Texts::clean).toList());
	}

	private static void rates(OfficialDocument doc, Dossier dossier, Rates rates, String area) {
		List<Integer> years = dossier.years();
		List<OfficialTable.Column> columns = new ArrayList<>();
		columns.add(new OfficialTable.Column("组织", 30, false));
		if (years.size() > 1) {
			years.forEach((y) -> columns.add(new OfficialTable.Column(y + "年", 12, true)));
		}
		columns.add(new OfficialTable.Column((years.size() > 1) ? "全期" : years.get(0) + "年", 24, true));
		OfficialTable table = doc.table(columns);
		for (Organisation org : dossier.organisations()) {
			if (rates.of(area, org.id(), null).evaluated() > 0) {
				row(table, rateRow(org.name(), rates, area, org.id(), years));
			}
		}
		row(table, rateRow("合计", rates, area, null, years));
	}

	private static List<String> rateRow(String name, Rates rates, String area, String orgId, List<Integer> years) {
		List<String> cells = new ArrayList<>();
		cells.add(name);
		if (years.size() > 1) {
			years.forEach((y) -> cells.add(rates.of(area, orgId, y).percent()));
		}
		cells.add(RateSheet.cell(rates.of(area, orgId, null)));
		return cells;
	}

	/**
	 * The problems of an area, one row per duty and organisation, with their periods and
	 * where their rectification stands.
	 */
	private static void problems(OfficialDocument doc, List<ProblemStatus> problems) {
		if (problems.isEmpty()) {
			return;
		}
		Map<String, List<ProblemStatus>> groups = problems.stream()
			.sorted(Comparator.comparing((ProblemStatus p) -> p.entry().finding().severity()))
			.collect(Collectors.groupingBy((p) -> p.entry().duty() + "|" + p.entry().orgId(), LinkedHashMap::new,
					Collectors.toList()));
		OfficialTable table = doc.table(PROBLEM_COLUMNS);
		int n = 1;
		for (List<ProblemStatus> group : groups.values()) {
			Entry first = group.get(0).entry();
			String title = first.dutyTitle() + ((first.finding().severity() == Severity.MAJOR) ? "（重要）" : "");
			row(table, List.of(String.valueOf(n++), title, (first.orgName() != null) ? first.orgName() : "",
					Texts.periods(group.stream().map(ProblemStatus::entry).toList()), Summary.progress(group)));
		}
	}

	private static void exemptions(OfficialDocument doc, Dossier dossier) {
		doc.heading("三、经批准的例外");
		List<ExemptionRecord> exemptions = dossier.exemptions();
		if (exemptions.isEmpty()) {
			doc.paragraph("台账中没有经批准的例外事项。");
			return;
		}
		long exempted = exemptions.stream().mapToLong(ExemptionRecord::exempted).sum();
		long unapproved = exemptions.stream().filter((e) -> e.approval() == null).count();
		doc.paragraph("台账记载经批准的例外" + exemptions.size() + "项，本期据此未作为问题列示的组织·期间" + exempted + "个"
				+ ((unapproved > 0) ? "，其中" + unapproved + "项未填写批准文号，需补充批准依据" : "，均有批准文号") + "。");
		OfficialTable table = doc.table(EXEMPTION_COLUMNS);
		int n = 1;
		for (ExemptionRecord e : exemptions) {
			row(table,
					List.of(String.valueOf(n++),
							e.dutyTitle() + "（" + ((e.orgName() != null) ? e.orgName() : "全部组织")
									+ ((e.memberName() != null) ? "，" + e.memberName() : "") + "）",
							Dossier.day(e.from()) + "至" + Dossier.day(e.to()), e.reason(),
							(e.approval() != null) ? e.approval() : "未填写"));
		}
	}

	private static void feedback(OfficialDocument doc, List<FollowUp> followUps) {
		if (followUps.isEmpty()) {
			return;
		}
		OfficialTable table = doc.table(FEEDBACK_COLUMNS);
		for (FollowUp f : followUps) {
			FeedbackItem item = f.item();
			String verdict = f.verdict().label();
			if (!f.gaps().isEmpty()) {
				verdict = verdict + "："
						+ f.gaps()
							.stream()
							.map((e) -> e.orgName() + e.periodLabel())
							.distinct()
							.limit(3)
							.collect(Collectors.joining("、"))
						+ ((f.gaps().size() > 3) ? "等" + f.gaps().size() + "处" : "");
			}
			row(table, List.of(item.number(), item.problem(),
					(item.deadline() != null) ? Dossier.day(item.deadline()) : "未填写", verdict, f.progress().label()));
		}
	}

}
