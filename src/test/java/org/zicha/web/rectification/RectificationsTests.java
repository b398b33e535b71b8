package org.zicha.web.rectification;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.cli.ZichaCommand;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.InspectionResult;
import org.zicha.report.Report;
import org.zicha.testing.Inspections;
import org.zicha.web.Drafts;
import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.WebTestSupport;
import org.zicha.web.run.RunDownloads;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rectification rows of a run are the rows of its drafted report, carried over as the
 * command line carries a filled-in workbook: the web's rectification.xlsx and the one
 * {@code check} writes for the same run have the same rows. Rows are updated on the page,
 * by the API and by uploading a filled-in workbook, every change logged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RectificationsTests extends WebTestSupport {

	/** The December run of this class, made by the first test that needs it. */
	private StoredRun december;

	@Autowired
	Rectifications rectifications;

	@Autowired
	Drafts drafts;

	@Autowired
	RunDownloads downloads;

	@TempDir
	Path dir;

	private StoredRun december() {
		if (this.december == null) {
			this.december = sampleRun(LocalDate.of(2025, 12, 31));
		}
		return this.december;
	}

	@Test
	void aRunsRowsAreItsDraftedReportsRowsWithTheirNumbersDeadlinesAndResponsible() {
		StoredRun run = december();
		List<Rectification> rows = this.rectifications.rows(admin(), run.id())
			.stream()
			.filter((r) -> !r.closed())
			.toList();
		List<Report.Row> report = this.drafts.of(run.id()).orElseThrow().report().rows();
		assertThat(rows).extracting(Rectification::number).isEqualTo(report.stream().map(Report.Row::number).toList());
		assertThat(rows).extracting(Rectification::keys).isEqualTo(report.stream().map(Report.Row::keys).toList());
		assertThat(rows).extracting(Rectification::description)
			.isEqualTo(report.stream().map(Report.Row::sentence).toList());
		assertThat(rows).extracting(Rectification::theme).isEqualTo(report.stream().map(Report.Row::theme).toList());
		assertThat(rows.stream().mapToInt((r) -> r.keys().size()).sum()).isEqualTo(56);
		Rectification lapsed = rows.stream()
			.filter((r) -> r.duty().equals("MEMBER.LAPSED") && r.orgId().equals("B4"))
			.findFirst()
			.orElseThrow();
		assertThat(lapsed.state().responsible()).contains("公路建设养护党支部书记");
		assertThat(rows).filteredOn((r) -> r.change() == Change.NEW)
			.allSatisfy((r) -> assertThat(r.state().deadline()).isEqualTo(
					LocalDate.of(2025, 12, 31).plusDays(r.severity() == org.zicha.finding.Severity.MAJOR ? 60 : 30)));
	}

	@Test
	void anUpdateIsLoggedFieldByFieldWithWhoAndWhen() {
		StoredRun run = december();
		Rectification row = rowOf(run, "B4");
		user("secretary-b4", Role.SECRETARY, "B4");
		Viewer secretary = new Viewer("secretary-b4", Role.SECRETARY, "B4");
		this.rectifications.update(admin(), row.id(), new Rectifications.Edit("OPEN", null, null, "", "", null, null),
				null, null);
		String file = "记录-" + System.nanoTime() + ".pdf";
		Rectification updated = this.rectifications.update(secretary, row.id(),
				new Rectifications.Edit("整改中", null, null, "已约谈当事党员", "谈话记录", null, null, "年底前补齐", "张书记", null), file,
				new byte[] { 1, 2, 3 });
		assertThat(updated.state().status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(updated.updatedBy()).isEqualTo("secretary-b4");
		List<AuditEntry> audit = this.rectifications.audit(admin(), row.id())
			.stream()
			.filter((a) -> a.at().equals(updated.updatedAt()))
			.toList();
		Map<String, AuditEntry> byField = audit.stream()
			.collect(Collectors.toMap(AuditEntry::field, Function.identity()));
		assertThat(byField).containsOnlyKeys("整改状态", "整改进展", "佐证材料", "佐证材料文件", "整改目标", "责任领导");
		assertThat(byField.get("整改状态"))
			.extracting(AuditEntry::before, AuditEntry::after, AuditEntry::by, AuditEntry::via)
			.containsExactly("未整改", "整改中", "secretary-b4", null);
		assertThat(byField.get("整改进展").after()).isEqualTo("已约谈当事党员");
		assertThat(this.rectifications.evidence(admin(), row.id())).containsExactly(1, 2, 3);
		Rectification done = this.rectifications.update(admin(), row.id(),
				new Rectifications.Edit("DONE", null, null, null, null, null, null), null, null);
		assertThat(done.state().doneOn()).isNotNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rectifications.update(admin(), row.id(),
					new Rectifications.Edit("差不多", null, null, null, null, null, null), null, null))
			.withMessageContaining("整改状态“差不多”无效");
	}

	@Test
	void onlyTheOrganisationsSecretaryOrAnAdministratorUpdatesARow() {
		StoredRun run = december();
		Rectification row = rowOf(run, "B4");
		Viewer other = new Viewer("secretary-b1", Role.SECRETARY, "B1");
		Viewer inspector = new Viewer("inspector", Role.INSPECTOR, null);
		Rectifications.Edit edit = new Rectifications.Edit("DONE", null, null, null, null, null, null);
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> this.rectifications.update(other, row.id(), edit, null, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> this.rectifications.update(inspector, row.id(), edit, null, null))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		assertThat(this.rectifications.row(admin(), row.id())).isEqualTo(row);
	}

	@Test
	void theRunsOwnWorkbookFilledInUpdatesItsRowsByFindingKeyEveryChangeLogged() {
		StoredRun run = december();
		user("secretary-b4", Role.SECRETARY, "B4");
		Viewer secretary = new Viewer("secretary-b4", Role.SECRETARY, "B4");
		byte[] xlsx = this.downloads.download(secretary, run.id(), "xlsx").content();
		List<Map<String, String>> downloaded = RectificationWorkbooks.rows(xlsx);
		assertThat(downloaded).isNotEmpty().allMatch((r) -> r.get("涉及组织").startsWith("公路建设养护党支部"));
		String note = "备注" + System.nanoTime();
		byte[] filled = RectificationWorkbooks.filled(xlsx, (r) -> true, Map.of("整改状态", "已完成", "整改进展",
				"已召开支委会专题研究并逐项整改", "完成日期", LocalDate.of(2026, 1, 20), "备注", note, "佐证材料", "支委会会议记录"));
		WorkbookUpload.Outcome outcome = this.rectifications.upload(secretary, run.id(), "整改台账（公路建设养护党支部）.xlsx",
				filled);
		assertThat(outcome.carried()).isFalse();
		assertThat(outcome.rows()).isEqualTo(downloaded.size());
		List<Rectification> rows = this.rectifications.rows(secretary, run.id());
		assertThat(rows).hasSize(downloaded.size()).allSatisfy((r) -> {
			assertThat(r.state().status()).isEqualTo(Status.DONE);
			assertThat(r.state().doneOn()).isEqualTo(LocalDate.of(2026, 1, 20));
			assertThat(r.state().remark()).isEqualTo(note);
			assertThat(r.state().evidenceText()).isEqualTo("支委会会议记录");
		});
		Rectification first = rows.get(0);
		assertThat(this.rectifications.audit(admin(), first.id())).filteredOn((a) -> a.field().equals("备注"))
			.first()
			.satisfies((a) -> {
				assertThat(a.after()).isEqualTo(note);
				assertThat(a.by()).isEqualTo("secretary-b4");
				assertThat(a.via()).isEqualTo("整改台账（公路建设养护党支部）.xlsx 第2行");
			});
		List<Map<String, String>> again = RectificationWorkbooks
			.rows(this.downloads.download(secretary, run.id(), "xlsx").content());
		assertThat(again).allSatisfy((r) -> {
			assertThat(r.get("整改状态")).isEqualTo("已完成");
			assertThat(r.get("备注")).isEqualTo(note);
		});
		WorkbookUpload.Outcome same = this.rectifications.upload(secretary, run.id(), "again.xlsx", filled);
		assertThat(same.rows()).isZero();
	}

	@Test
	void aWorkbookWithAWrongStatusOrDateIsRefusedWithEveryProblemAndChangesNothing() {
		StoredRun run = december();
		byte[] xlsx = this.downloads.download(admin(), run.id(), "xlsx").content();
		List<Map<String, String>> downloaded = RectificationWorkbooks.rows(xlsx);
		String firstKeys = downloaded.get(0).get("问题编号");
		String lastKeys = downloaded.get(downloaded.size() - 1).get("问题编号");
		byte[] bad = RectificationWorkbooks.filled(xlsx, (r) -> r.get("问题编号").equals(firstKeys), "整改状态", "差不多");
		bad = RectificationWorkbooks.filled(bad, (r) -> r.get("问题编号").equals(lastKeys), "完成日期", "下个月");
		List<Rectification> before = this.rectifications.rows(admin(), run.id());
		byte[] refused = bad;
		assertThatExceptionOfType(WorkbookUploadException.class)
			.isThrownBy(() -> this.rectifications.upload(admin(), run.id(), "整改台账.xlsx", refused))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"“整改台账.xlsx”工作表“整改台账”第2行“整改状态”列的值“差不多”不是有效的整改状态，应为：未整改、整改中、已完成、已销号",
					"“整改台账.xlsx”工作表“整改台账”第" + (downloaded.size() + 1) + "行“完成日期”列的值“下个月”不是日期，请填写日期（如 2026-01-31）"));
		assertThatExceptionOfType(WorkbookUploadException.class)
			.isThrownBy(() -> this.rectifications.upload(admin(), run.id(), "台账.xlsx", sampleBytes()))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.asString()
				.contains("台账.xlsx")
				.contains("找不到“问题编号”列"));
		assertThat(this.rectifications.rows(admin(), run.id())).isEqualTo(before);
	}

	/**
	 * October, November and December runs. The October workbook, filled in after the
	 * November run, is uploaded into it and carried over as {@code check --rectification}
	 * carries it; the December run carries the November rows as they stand. Each time the
	 * web's rectification.xlsx has the rows {@code check} writes for the same run.
	 */
	@Test
	void theWebsRectificationLedgerHasTheRowsCheckWritesForTheSameRun() throws IOException {
		StoredRun october = sampleRun(LocalDate.of(2025, 10, 31));
		StoredRun november = this.runs.start(admin(), LocalDate.of(2025, 11, 30), null, null, false);
		Path octoberFolder = Files.createDirectories(this.dir.resolve("2025-10-31"));
		Files.write(octoberFolder.resolve("findings.json"), download(october, "json"));
		byte[] octoberLedger = RectificationWorkbooks.filled(download(october, "xlsx"), (r) -> true,
				Map.of("整改状态", "已完成", "整改进展", "已整改", "完成日期", LocalDate.of(2025, 10, 31)));
		Files.write(octoberFolder.resolve("rectification.xlsx"), octoberLedger);

		WorkbookUpload.Outcome outcome = this.rectifications.upload(admin(), november.id(), "10月整改台账.xlsx",
				octoberLedger);
		assertThat(outcome.carried()).isTrue();
		assertThat(outcome.origin()).isEqualTo(october.id());
		List<Rectification> novemberRows = this.rectifications.rows(admin(), november.id());
		assertThat(novemberRows).anySatisfy((r) -> {
			assertThat(r.change()).isEqualTo(Change.REDO);
			assertThat(r.state().status()).isEqualTo(Status.IN_PROGRESS);
			assertThat(this.rectifications.audit(admin(), r.id())).anySatisfy((a) -> {
				assertThat(a.field()).isEqualTo("变化");
				assertThat(a.after()).isEqualTo("整改不到位");
				assertThat(a.via()).contains("10月整改台账.xlsx").contains("按问题编号接续");
			});
		});
		assertThat(differences(sheet(download(november, "xlsx")), sheet(check("2025-11-30", octoberFolder)))).isEmpty();

		Path novemberFolder = Files.createDirectories(this.dir.resolve("2025-11-30"));
		Files.write(novemberFolder.resolve("findings.json"), download(november, "json"));
		Files.write(novemberFolder.resolve("rectification.xlsx"), download(november, "xlsx"));
		StoredRun december = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		List<Map<String, String>> web = sheet(download(december, "xlsx"));
		assertThat(differences(web, sheet(check("2025-12-31", novemberFolder)))).isEmpty();
		// the rows put right in October and found again only for their past periods stay
		// done
		assertThat(web).extracting((r) -> r.get("变化")).contains("仍存在", "已整改（历史问题）").doesNotContain("整改不到位");
		Set<Long> resolved = this.rectifications.rows(admin(), december.id())
			.stream()
			.filter((r) -> r.closed() && r.change() == Change.RESOLVED)
			.map(Rectification::carriedFrom)
			.collect(Collectors.toSet());
		assertThat(this.rectifications.rows(admin(), november.id())).allSatisfy(
				(r) -> assertThat(r.resolvedByRun()).isEqualTo(resolved.contains(r.id()) ? december.id() : null));
	}

	private byte[] download(StoredRun run, String format) {
		return this.downloads.download(admin(), run.id(), format).content();
	}

	/**
	 * The rectification.xlsx that {@code check} writes as of a day, compared with an
	 * earlier run's folder (its findings.json and filled-in rectification.xlsx).
	 */
	private byte[] check(String asOf, Path baseline) throws IOException {
		Path out = this.dir.resolve("check-" + asOf);
		StringWriter err = new StringWriter();
		int code = ZichaCommand
			.commandLine(Clock.systemDefaultZone(), new PrintWriter(new StringWriter()), new PrintWriter(err))
			.execute("check", "--data", SAMPLE.toString(), "--as-of", asOf, "--baseline", baseline.toString(), "--out",
					out.toString(), "--format", "xlsx");
		assertThat(code).as(err.toString()).isZero();
		return Files.readAllBytes(out.resolve("rectification.xlsx"));
	}

	/**
	 * Where the web's rows differ from check's: row, column, the web's value, check's.
	 */
	private static List<String> differences(List<Map<String, String>> web, List<Map<String, String>> check) {
		List<String> differences = new java.util.ArrayList<>();
		if (web.size() != check.size()) {
			differences.add("rows: web " + web.size() + ", check " + check.size());
		}
		for (int i = 0; i < Math.min(web.size(), check.size()); i++) {
			for (String column : check.get(i).keySet()) {
				if (!java.util.Objects.equals(web.get(i).get(column), check.get(i).get(column))) {
					differences.add("row " + (i + 1) + " " + column + ": web “" + web.get(i).get(column) + "”, check “"
							+ check.get(i).get(column) + "”");
				}
			}
		}
		return differences;
	}

	private static List<Map<String, String>> sheet(byte[] xlsx) {
		return RectificationWorkbooks.rows(xlsx);
	}

	private static byte[] sampleBytes() {
		try {
			return Files.readAllBytes(SAMPLE);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Rectification rowOf(StoredRun run, String org) {
		return this.rectifications.rows(admin(), run.id())
			.stream()
			.filter((r) -> r.orgId().equals(org))
			.findFirst()
			.orElseThrow();
	}

}
