package org.zicha.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a ledger as an xlsx workbook in the format the readers accept: one sheet per
 * table, the standard Chinese sheet names and headers (required ones marked with *),
 * drop-downs for enumerations and yes/no columns, dates as date cells. Used for the empty
 * template (with one example record per table) and to convert a JSON ledger.
 */
public final class LedgerWorkbook {

	/** Rows that carry drop-downs and formats below the header. */
	private static final int VALIDATED_ROWS = 2000;

	private final Vocabulary vocabulary;

	/**
	 * A writer with a vocabulary.
	 * @param vocabulary the names to write
	 */
	public LedgerWorkbook(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * Write a ledger.
	 * @param ledger the ledger
	 * @param out where to write the workbook
	 * @throws IOException when it cannot be written
	 */
	public void write(Ledger ledger, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			for (Table table : Table.values()) {
				writeSheet(workbook, styles, table, ledger);
			}
			workbook.write(out);
		}
	}

	private void writeSheet(SXSSFWorkbook workbook, Styles styles, Table table, Ledger ledger) {
		SXSSFSheet sheet = workbook.createSheet(this.vocabulary.sheetName(table));
		List<Table.Column> columns = table.columns();
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Table.Column column = columns.get(c);
			Cell cell = header.createCell(c);
			cell.setCellValue(this.vocabulary.header(table, column.key()) + (column.required() ? " *" : ""));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, width(column));
			CellStyle style = (column.type() == Table.Column.Type.DATE) ? styles.date : styles.text;
			if (column.type() != Table.Column.Type.INTEGER && column.type() != Table.Column.Type.DECIMAL) {
				sheet.setDefaultColumnStyle(c, style);
			}
			dropDown(sheet, table, column, c);
		}
		sheet.createFreezePane(0, 1);
		int[] next = { 1 };
		rows(ledger, table, (values) -> {
			Row row = sheet.createRow(next[0]++);
			for (int c = 0; c < columns.size(); c++) {
				Object value = values.get(columns.get(c).key());
				if (value != null) {
					cell(row.createCell(c), value, styles);
				}
			}
		});
	}

	private void cell(Cell cell, Object value, Styles styles) {
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(styles.text);
		}
	}

	private void dropDown(Sheet sheet, Table table, Table.Column column, int c) {
		List<String> options = null;
		if (column.values() != null) {
			options = Arrays.stream(column.values().getEnumConstants()).map(this.vocabulary::label).toList();
		}
		else if (column.type() == Table.Column.Type.BOOLEAN) {
			options = List.of("是", "否");
		}
		if (options == null) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(options.toArray(String[]::new)),
				new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
		boolean list = column.type() == Table.Column.Type.LIST;
		validation.setShowErrorBox(!list);
		validation.setEmptyCellAllowed(true);
		if (list) {
			validation.createPromptBox(this.vocabulary.header(table, column.key()), "可填多项，用“、”分隔");
			validation.setShowPromptBox(true);
		}
		sheet.addValidationData(validation);
	}

	private static int width(Table.Column column) {
		int chars = switch (column.type()) {
			case DATE -> 12;
			case LIST, MONTHS -> 24;
			case BOOLEAN, INTEGER, DECIMAL -> 10;
			case TEXT -> (column.key().equals("topic") || column.key().equals("title") || column.key().equals("name")
					|| column.key().equals("reason")) ? 28 : 14;
		};
		return chars * 2 * 256;
	}

	/**
	 * The rows of a table, one at a time, so that a large ledger is never held twice.
	 */
	private void rows(Ledger ledger, Table table, Consumer<Map<String, Object>> rows) {
		switch (table) {
			case ORGANIZATIONS -> ledger.organizations()
				.forEach((o) -> rows.accept(row("id", o.id(), "name", o.name(), "kind", this.vocabulary.label(o.kind()),
						"parentId", o.parentId(), "hasCommittee", yesNo(o.hasCommittee()), "centralGroup",
						yesNo(o.centralGroup()), "category", o.category(), "established", o.established(), "dissolved",
						o.dissolved(), "secretary", o.secretary(), "deputySecretaries", list(o.deputySecretaries()),
						"committee", list(o.committee()), "termStart", o.termStart(), "termYears", o.termYears(),
						"extendedUntil", o.extendedUntil(), "extensionApproval", o.extensionApproval(), "shortName",
						o.shortName(), "addressee", o.addressee())));
			case MEMBERS -> ledger.members()
				.forEach((m) -> rows.accept(row("id", m.id(), "name", m.name(), "orgId", m.orgId(), "groupId",
						m.groupId(), "status", this.vocabulary.label(m.status()), "admitted", m.admitted(),
						"probationEnds", m.probationEnds(), "converted", m.converted(), "mobile",
						m.mobile() ? "是" : null, "outstation", m.outstation() ? "是" : null, "leaderCadre",
						m.leaderCadre() ? "是" : null, "joinedOrg", m.joinedOrg(), "left", m.left())));
			case ACTIVITIES -> ledger.activities()
				.forEach((a) -> rows.accept(row("id", a.id(), "orgId", a.orgId(), "types",
						list(a.types().stream().map(this.vocabulary::label).toList()), "date", a.date(), "topic",
						a.topic(), "host", a.host(), "lecturer",
						(a.lecturer() != null) ? a.lecturer() : a.lecturerName(), "expected", a.expected(), "present",
						(a.hasAttendeeList() && Integer.valueOf(a.attendees().size()).equals(a.present())) ? null
								: a.present(),
						"attendees", list(a.attendees()), "recorder", a.recorder(), "urgent", yesNo(a.urgent()),
						"jointOrgs", list(a.jointOrgs()), "reviewYear", a.reviewYear(), "note", a.note())));
			case AGENDA -> ledger.activities()
				.forEach((a) -> a.agenda()
					.forEach((i) -> rows.accept(row("activityId", a.id(), "order", i.order(), "title", i.title(),
							"kind", this.vocabulary.label(i.kind()), "studies", list(i.studies())))));
			case DIRECTIVES -> ledger.directives()
				.forEach((d) -> rows
					.accept(row("id", d.id(), "title", d.title(), "date", d.date(), "forOrgs", list(d.forOrgs()))));
			case DUES -> ledger.dues()
				.forEach((d) -> rows.accept(row("memberId", d.memberId(), "months",
						list(d.months().stream().map(YearMonth::toString).toList()), "paidOn", d.paidOn(), "amount",
						d.amount())));
			case TALKS -> ledger.talks()
				.forEach((t) -> rows.accept(row("date", t.date(), "by", t.by(), "with", t.with(), "kind",
						this.vocabulary.label(t.kind()))));
			case APPLICANTS -> ledger.applicants()
				.forEach((a) -> rows.accept(row("id", a.id(), "name", a.name(), "orgId", a.orgId(), "applied",
						a.applied(), "talked", a.talked(), "activist", a.activist(), "candidate", a.candidate(),
						"admitted", a.admitted(), "extendedUntil", a.extendedUntil(), "converted", a.converted())));
			case EXEMPTIONS -> ledger.exemptions()
				.forEach((e) -> rows.accept(row("duty", e.duty(), "orgId", e.orgId(), "memberId", e.memberId(), "from",
						e.from(), "to", e.to(), "reason", e.reason(), "approval", e.approval())));
		}
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value instanceof BigDecimal amount) {
				value = amount.doubleValue();
			}
			row.put((String) keysAndValues[i], value);
		}
		return row;
	}

	private static String list(Collection<String> items) {
		return items.isEmpty() ? null : String.join("、", items);
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? null : value ? "是" : "否";
	}

	/**
	 * The cell styles of a workbook.
	 */
	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.text = workbook.createCellStyle();
			this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

	}

}
