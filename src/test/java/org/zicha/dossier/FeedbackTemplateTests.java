package org.zicha.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.zicha.finding.Duty;
import org.zicha.testing.Checks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The empty feedback workbook: its headers, drop-downs and list of duty codes, read back
 * with POI; and read back by the reader as a workbook with no items.
 */
class FeedbackTemplateTests {

	private final List<Duty> duties = List.copyOf(Checks.rules().duties());

	@Test
	void theItemsSheetHasTheHeadersAndDropDowns() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("巡视反馈问题");
			Sheet items = book.getSheet("巡视反馈问题");
			List<String> headers = new ArrayList<>();
			items.getRow(0).forEach((c) -> headers.add(c.getStringCellValue()));
			assertThat(headers).containsExactly("序号", "问题", "涉及组织", "对应义务", "整改措施", "责任人", "时限", "状态");
			assertThat(items.getPaneInformation().isFreezePane()).isTrue();
			assertThat(items.getLastRowNum()).isZero();
			List<? extends DataValidation> validations = items.getDataValidations();
			assertThat(validations).hasSize(3);
			assertThat(validation(validations, 7).getValidationConstraint().getExplicitListValues())
				.containsExactly("未整改", "整改中", "已完成", "已销号");
			assertThat(validation(validations, 7).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(validation(validations, 3).getValidationConstraint().getFormula1())
				.isEqualTo("'义务代码'!$A$2:$A$" + (this.duties.size() + 1));
			assertThat(validation(validations, 3).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			assertThat(validation(validations, 6).getValidationConstraint().getValidationType())
				.isEqualTo(DataValidationConstraint.ValidationType.DATE);
		}
	}

	@Test
	void theDutyCodesSheetListsEveryDuty() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			Sheet codes = book.getSheet("义务代码");
			List<String> listed = new ArrayList<>();
			for (int r = 1; r <= codes.getLastRowNum(); r++) {
				Row row = codes.getRow(r);
				listed.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue());
			}
			assertThat(listed)
				.containsExactlyElementsOf(this.duties.stream().map((d) -> d.code() + " " + d.title()).toList());
			assertThat(book.getSheet("填写说明").getRow(0).getCell(0).getStringCellValue()).contains("填写说明");
		}
	}

	@Test
	void theEmptyTemplateReadsAsNoItems() throws IOException {
		FeedbackRead read = new FeedbackReader(this.duties.stream().map(Duty::code).toList(), List.of())
			.read("巡视反馈问题整改情况表.xlsx", new ByteArrayInputStream(template()));
		assertThat(read.problems()).isEmpty();
		assertThat(read.items()).isEmpty();
	}

	private byte[] template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new FeedbackTemplate(this.duties).write(out);
		return out.toByteArray();
	}

	private static DataValidation validation(List<? extends DataValidation> validations, int column) {
		return validations.stream()
			.filter((v) -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
			.findFirst()
			.orElseThrow();
	}

}
