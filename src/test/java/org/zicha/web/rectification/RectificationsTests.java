package org.zicha.web.rectification;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.web.Role;
import org.zicha.web.Viewer;
import org.zicha.web.WebTestSupport;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RectificationsTests extends WebTestSupport {

	@Autowired
	Rectifications rectifications;

	@Test
	void aRunOpensOneRowPerDutyAndOrganisationWithItsDeadlineAndSecretary() {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		List<Rectification> rows = this.rectifications.rows(admin(), run.id());
		assertThat(rows).extracting((r) -> r.duty() + "|" + r.orgId()).doesNotHaveDuplicates();
		assertThat(rows).filteredOn((r) -> r.change() != Change.PERSISTING)
			.allSatisfy((r) -> assertThat(r.status()).isEqualTo(Status.OPEN));
		assertThat(rows.stream().mapToInt((r) -> r.keys().size()).sum()).isEqualTo(56);
		Rectification lapsed = rows.stream()
			.filter((r) -> r.duty().equals("MEMBER.LAPSED") && r.orgId().equals("B4"))
			.findFirst()
			.orElseThrow();
		assertThat(lapsed.deadline()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(lapsed.responsible()).contains("公路建设养护党支部书记");
		assertThat(lapsed.change()).isIn(Change.NEW, Change.PERSISTING, Change.REDO);
	}

	@Test
	void anUpdateIsLoggedFieldByFieldWithWhoAndWhen() {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		Rectification row = rowOf(run, "B4");
		user("secretary-b4", Role.SECRETARY, "B4");
		Viewer secretary = new Viewer("secretary-b4", Role.SECRETARY, "B4");
		// Rows carry over from earlier runs of the shared database: start from a known
		// state.
		this.rectifications.update(admin(), row.id(), new Rectifications.Edit("OPEN", null, null, "", "", null, null),
				null, null);
		String file = "记录-" + System.nanoTime() + ".pdf";
		Rectification updated = this.rectifications.update(secretary, row.id(),
				new Rectifications.Edit("整改中", null, null, "已约谈当事党员", "谈话记录", null, null), file,
				new byte[] { 1, 2, 3 });
		assertThat(updated.status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(updated.updatedBy()).isEqualTo("secretary-b4");
		List<AuditEntry> audit = this.rectifications.audit(admin(), row.id())
			.stream()
			.filter((a) -> a.at().equals(updated.updatedAt()))
			.toList();
		Map<String, AuditEntry> byField = audit.stream()
			.collect(Collectors.toMap(AuditEntry::field, Function.identity()));
		assertThat(byField).containsOnlyKeys("整改状态", "整改进展", "佐证材料", "佐证材料文件");
		assertThat(byField.get("整改状态")).extracting(AuditEntry::before, AuditEntry::after, AuditEntry::by)
			.containsExactly("未整改", "整改中", "secretary-b4");
		assertThat(byField.get("整改进展").after()).isEqualTo("已约谈当事党员");
		assertThat(this.rectifications.evidence(admin(), row.id())).containsExactly(1, 2, 3);
		Rectification done = this.rectifications.update(admin(), row.id(),
				new Rectifications.Edit("DONE", null, null, null, null, null, null), null, null);
		assertThat(done.doneOn()).isNotNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rectifications.update(admin(), row.id(),
					new Rectifications.Edit("差不多", null, null, null, null, null, null), null, null))
			.withMessageContaining("整改状态“差不多”无效");
	}

	@Test
	void onlyTheOrganisationsSecretaryOrAnAdministratorUpdatesARow() {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
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
	void rowsAreCarriedOverResolvedAndFlaggedWhenFoundAgainAfterBeingDone() {
		StoredRun november = sampleRun(LocalDate.of(2025, 11, 30));
		List<Rectification> before = this.rectifications.rows(admin(), november.id());
		for (Rectification r : before) {
			this.rectifications.update(admin(), r.id(),
					new Rectifications.Edit("DONE", "责任人" + r.id(), null, "进展" + r.id(), null, null, null), null, null);
		}
		StoredRun december = this.runs.start(admin(), LocalDate.of(2025, 12, 31), null, null, false);
		List<Rectification> after = this.rectifications.rows(admin(), december.id());
		Set<String> keys = after.stream().flatMap((r) -> r.keys().stream()).collect(Collectors.toSet());
		int carried = 0;
		int redone = 0;
		for (Rectification r : after) {
			Rectification prev = before.stream()
				.filter((p) -> p.duty().equals(r.duty()) && p.orgId().equals(r.orgId()))
				.findFirst()
				.orElse(null);
			boolean shares = prev != null && prev.keys().stream().anyMatch(r.keys()::contains);
			LocalDate newEnd = Rectification
				.latestEnd(r.keys().stream().filter((k) -> prev == null || !prev.keys().contains(k)).toList());
			boolean later = prev != null && newEnd != null && newEnd.isAfter(prev.latestPeriodEnd());
			if (prev != null && later) {
				assertThat(r.change()).as(r.duty() + " " + r.orgId()).isEqualTo(Change.REDO);
				assertThat(r.status()).isEqualTo(Status.OPEN);
				redone++;
			}
			else if (shares) {
				assertThat(r.change()).isEqualTo(Change.PERSISTING);
				assertThat(r.status()).isEqualTo(Status.DONE);
				assertThat(r.responsible()).isEqualTo("责任人" + prev.id());
				assertThat(r.progress()).isEqualTo("进展" + prev.id());
				assertThat(r.carriedFrom()).isEqualTo(prev.id());
				carried++;
			}
		}
		assertThat(carried).isPositive();
		assertThat(redone).isPositive();
		for (Rectification p : this.rectifications.rows(admin(), november.id())) {
			boolean stillFound = p.keys().stream().anyMatch(keys::contains);
			assertThat(p.resolvedByRun()).as(p.duty() + " " + p.orgId()).isEqualTo(stillFound ? null : december.id());
		}
	}

	@Test
	void theWorkbookReflectsTheStoredState() throws Exception {
		StoredRun run = sampleRun(LocalDate.of(2025, 12, 31));
		Rectification row = rowOf(run, "B4");
		this.rectifications.update(admin(), row.id(),
				new Rectifications.Edit("整改中", "石志勇", LocalDate.of(2026, 2, 1), "=已召开支委会", null, "备注一", null), null,
				null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.rectifications.workbook(admin(), run.id())))) {
			Sheet sheet = workbook.getSheet("整改台账");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(RectificationWorkbook.STATUS).getStringCellValue()).isEqualTo("整改状态");
			assertThat(header.getCell(RectificationWorkbook.COLUMNS.size() - 1).getStringCellValue()).isEqualTo("问题编号");
			Row data = null;
			for (Row r : sheet) {
				if (r.getRowNum() > 0 && r.getCell(18).getStringCellValue().equals(String.join("\n", row.keys()))) {
					data = r;
				}
			}
			assertThat(data).isNotNull();
			assertThat(data.getCell(7).getStringCellValue()).isEqualTo("石志勇");
			assertThat(data.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 1));
			assertThat(data.getCell(9).getStringCellValue()).isEqualTo("整改中");
			assertThat(data.getCell(11).getStringCellValue()).isEqualTo("备注一");
			assertThat(data.getCell(14).getStringCellValue()).isEqualTo("=已召开支委会");
			assertThat(data.getCell(14).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getDataValidations()).isNotEmpty();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
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
