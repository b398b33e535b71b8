package org.zicha.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.zicha.finding.Exempted;
import org.zicha.finding.Finding;
import org.zicha.ledger.Activity;
import org.zicha.ledger.ActivityType;
import org.zicha.ledger.DuesPayment;
import org.zicha.ledger.Ledger;
import org.zicha.ledger.Member;
import org.zicha.ledger.Period;
import org.zicha.ledger.Talk;
import org.zicha.ledger.TalkKind;
import org.zicha.testing.Dossiers;
import org.zicha.testing.ThreeYearLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier of a three-year ledger of our own (2023–2025), written and read back: every
 * finding listed once, every record listed once under each duty it proves, the record
 * lists recomputed from the ledger, every origin pointing at the row the record came
 * from, and the golden contents of the workbook.
 */
class DossierInputsTests {

	/** The count duties and the type of event each counts. */
	private static final Map<String, ActivityType> COUNTED = Map.of("SHYK.ASSEMBLY", ActivityType.MEMBER_ASSEMBLY,
			"SHYK.COMMITTEE", ActivityType.BRANCH_COMMITTEE, "SHYK.GROUP", ActivityType.GROUP_MEETING, "SHYK.LECTURE",
			ActivityType.PARTY_LECTURE, "THEME_DAY", ActivityType.THEME_DAY, "ORG_LIFE", ActivityType.ORG_LIFE_MEETING,
			"MEMBER_REVIEW", ActivityType.MEMBER_REVIEW, "STAFF_FORUM.QUARTERLY", ActivityType.STAFF_FORUM);

	/**
	 * The count duties whose events belong to the year they review, held by 31 March of
	 * the next.
	 */
	private static final Set<String> ANNUAL_REVIEWS = Set.of("ORG_LIFE", "MEMBER_REVIEW");

	private static final List<String> AREAS = List.of("组织生活", "组织建设", "联系群众", "党员教育管理", "基础工作");

	@TempDir
	static Path folder;

	private static DossierResult dossier;

	private static XSSFWorkbook workbook;

	private static JsonNode json;

	@BeforeAll
	static void drawUp() {
		dossier = Dossiers.threeYears(folder, Dossiers.feedback(folder));
		workbook = Dossiers.workbook(dossier);
		json = Dossiers.json(dossier);
	}

	@AfterAll
	static void close() throws IOException {
		workbook.close();
	}

	@Test
	void everyFindingIsListedOnceUnderItsDuty() {
		Map<String, List<String>> places = new HashMap<>();
		for (String area : areaSheets()) {
			for (Map<String, String> row : rows(workbook.getSheet(area))) {
				String key = row.get("问题编号");
				if (!key.isEmpty()) {
					places.computeIfAbsent(key, (k) -> new ArrayList<>()).add(area + "#" + row.get("序号"));
					assertThat(key).startsWith(row.get("义务代码") + "|");
				}
			}
		}
		Set<String> expected = new HashSet<>();
		dossier.inspection().document().findings().forEach((f) -> expected.add(f.key()));
		dossier.inspection().document().exempted().forEach((e) -> expected.add(e.finding().key()));
		assertThat(expected).hasSize(24);
		assertThat(places.keySet()).isEqualTo(expected);
		places.forEach((key, where) -> assertThat(new HashSet<>(where)).as(key).hasSize(1));
	}

	@Test
	void theRecordListsAreTheLedgersRecords() {
		Ledger ledger = dossier.inspection().read().ledger();
		int checked = 0;
		for (JsonNode entry : json.path("entries")) {
			String duty = entry.path("duty").asString();
			String org = entry.path("orgId").asString();
			Period period = period(entry);
			List<String> listed = new ArrayList<>();
			entry.path("records").forEach((r) -> listed.add(r.path("id").asString()));
			if (COUNTED.containsKey(duty)) {
				List<String> held = ledger.activities()
					.stream()
					.filter((a) -> a.orgId().equals(org) && a.hasType(COUNTED.get(duty))
							&& (ANNUAL_REVIEWS.contains(duty) ? reviewedInTime(a, period) : period.contains(a.date())))
					.map(Activity::id)
					.toList();
				assertThat(listed).as(duty + " " + org + " " + period).containsExactlyInAnyOrderElementsOf(held);
				assertThat(entry.path("actual").asInt()).isEqualTo(held.size());
				checked++;
			}
			if (duty.equals("SHYK.SECRETARY_LECTURE")) {
				String secretary = ledger.organization(org).orElseThrow().secretary();
				assertThat(listed).containsExactlyInAnyOrderElementsOf(ledger.activities()
					.stream()
					.filter((a) -> a.hasType(ActivityType.PARTY_LECTURE) && secretary.equals(a.lecturer())
							&& period.contains(a.date()))
					.map(Activity::id)
					.toList());
				checked++;
			}
			if (duty.equals("TALKS.ANNUAL")) {
				assertThat(dates(entry)).containsExactlyInAnyOrderElementsOf(ledger.talks()
					.stream()
					.filter((t) -> t.kind() == TalkKind.HEART_TO_HEART && period.contains(t.date())
							&& (inBranch(ledger, t.by(), org) || inBranch(ledger, t.with(), org)))
					.map(Talk::date)
					.toList());
				checked++;
			}
			if (duty.equals("DUES.MONTHLY")) {
				assertThat(dates(entry)).containsExactlyInAnyOrderElementsOf(ledger.dues()
					.stream()
					.filter((d) -> d.months().contains(YearMonth.from(period.from()))
							&& inBranch(ledger, d.memberId(), org))
					.map(DuesPayment::paidOn)
					.toList());
				checked++;
			}
			if (entry.path("subject").path("kind").asString("").equals("ACTIVITY")) {
				assertThat(listed).containsExactly(entry.path("subject").path("id").asString());
			}
		}
		// B1 146 (theme days, committee meetings, assemblies, lectures, the annual
		// reviews
		// of 2022 to 2025, talks, dues), B2 110,
		// B1G1 36 group meetings, G 12 staff forums
		assertThat(checked).isEqualTo(304);
	}

	@Test
	void everyRecordIsListedOnceUnderEachDutyItProves() {
		Ledger ledger = dossier.inspection().read().ledger();
		Map<String, Integer> listed = new HashMap<>();
		for (JsonNode entry : json.path("entries")) {
			String duty = entry.path("duty").asString();
			Set<String> inEntry = new HashSet<>();
			for (JsonNode record : entry.path("records")) {
				String identity = record.path("kind").asString() + " " + record.path("origin").path("row").asInt();
				assertThat(inEntry.add(identity)).as("listed twice in one entry: " + identity).isTrue();
				if (COUNTED.containsKey(duty)) {
					listed.merge(duty + " " + record.path("id").asString(), 1, Integer::sum);
				}
			}
		}
		Set<String> expected = new HashSet<>();
		for (Activity a : ledger.activities()) {
			COUNTED.forEach((duty, type) -> {
				if (a.hasType(type) && !a.date().isBefore(ThreeYearLedger.FROM)) {
					expected.add(duty + " " + a.id());
				}
			});
		}
		assertThat(listed.keySet()).isEqualTo(expected);
		assertThat(listed.values()).containsOnly(1);
		assertThat(json.path("summary").path("records").asInt())
			.isEqualTo(ledger.activities().size() + ledger.talks().size() + ledger.dues().size());
	}

	@Test
	void everyOriginPointsAtTheRowTheRecordCameFrom() throws IOException {
		try (XSSFWorkbook ledgerBook = Dossiers.workbook(folder.resolve(ThreeYearLedger.FILE))) {
			Map<String, Map<Integer, Map<String, String>>> sheets = new HashMap<>();
			int checked = 0;
			for (JsonNode entry : json.path("entries")) {
				for (JsonNode record : entry.path("records")) {
					JsonNode origin = record.path("origin");
					assertThat(origin.path("file").asString()).isEqualTo(ThreeYearLedger.FILE);
					Map<String, String> row = sheets
						.computeIfAbsent(origin.path("sheet").asString(), (s) -> byRow(ledgerBook.getSheet(s)))
						.get(origin.path("row").asInt());
					assertThat(row).as(origin.toString()).isNotNull();
					switch (record.path("kind").asString()) {
						case "活动" -> assertThat(row.get("活动编号")).isEqualTo(record.path("id").asString());
						case "谈心谈话" -> assertThat(row.get("日期")).isEqualTo(record.path("date").asString());
						case "党费" -> assertThat(row.get("交纳日期")).isEqualTo(record.path("date").asString());
						default -> throw new AssertionError(record.toString());
					}
					checked++;
				}
			}
			assertThat(checked).isGreaterThan(500);
		}
	}

	@Test
	void theWorkbookHasARowPerRecordAndOneForAnEntryWithout() {
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (JsonNode entry : json.path("entries")) {
			expected.merge(entry.path("area").asString(), Math.max(1, entry.path("records").size()), Integer::sum);
		}
		Map<String, Integer> actual = new LinkedHashMap<>();
		for (String area : areaSheets()) {
			actual.put(area, workbook.getSheet(area).getLastRowNum());
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void goldenDossierOfThreeYears() throws IOException {
		String text = golden(workbook);
		Path expected = Path.of("src/test/resources/dossier/three-years.txt");
		Path actual = Path.of("target/dossier-three-years.txt");
		Files.writeString(actual, text, StandardCharsets.UTF_8);
		assertThat(text).as("compare " + actual + " with " + expected)
			.isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

	/**
	 * What the dossier says, compactly: the contents, the rates, per area and duty the
	 * entries by how they stood and the records listed, every problem, the exemptions and
	 * the follow-up of the feedback.
	 */
	static String golden(XSSFWorkbook book) {
		StringBuilder sb = new StringBuilder();
		for (Sheet sheet : book) {
			sb.append("== ").append(sheet.getSheetName()).append('\n');
			List<Map<String, String>> rows = rows(sheet);
			if (AREAS.contains(sheet.getSheetName())) {
				Map<String, Map<String, Integer>> byDuty = new TreeMap<>();
				Set<String> entries = new HashSet<>();
				for (Map<String, String> row : rows) {
					Map<String, Integer> counts = byDuty.computeIfAbsent(row.get("检查事项") + " | " + row.get("组织"),
							(k) -> new TreeMap<>());
					if (entries.add(row.get("序号"))) {
						counts.merge(row.get("落实情况"), 1, Integer::sum);
					}
					if (!row.get("来源文件").isEmpty()) {
						counts.merge("记录", 1, Integer::sum);
					}
				}
				byDuty.forEach((duty, counts) -> sb.append(duty).append(" | ").append(counts).append('\n'));
				rows.stream()
					.filter((r) -> !r.get("问题编号").isEmpty())
					.map((r) -> "  " + r.get("落实情况") + " " + r.get("期间") + " " + r.get("记录编号") + " " + r.get("整改情况")
							+ " " + r.get("例外理由及批准文号"))
					.forEach((line) -> sb.append(line).append('\n'));
				continue;
			}
			for (Map<String, String> row : rows) {
				sb.append(String.join(" | ", row.values())).append('\n');
			}
		}
		return sb.toString();
	}

	private static List<String> areaSheets() {
		List<String> areas = new ArrayList<>();
		for (Sheet sheet : workbook) {
			if (AREAS.contains(sheet.getSheetName())) {
				areas.add(sheet.getSheetName());
			}
		}
		return areas;
	}

	/** The data rows of a sheet whose header is its first row, by header. */
	static List<Map<String, String>> rows(Sheet sheet) {
		int header = sheet.getSheetName().equals("目录") ? 5 : 0;
		List<String> titles = new ArrayList<>();
		sheet.getRow(header).forEach((c) -> titles.add(c.getStringCellValue()));
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getCell(0) == null || row.getCell(1) == null) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < titles.size(); c++) {
				values.put(titles.get(c), text(row.getCell(c)));
			}
			rows.add(values);
		}
		return rows;
	}

	private static Map<Integer, Map<String, String>> byRow(Sheet sheet) {
		Map<Integer, Map<String, String>> rows = new HashMap<>();
		List<String> titles = new ArrayList<>();
		sheet.getRow(0).forEach((c) -> titles.add(c.getStringCellValue().replace("*", "").strip()));
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				Map<String, String> values = new HashMap<>();
				for (int c = 0; c < titles.size(); c++) {
					values.put(titles.get(c), text(row.getCell(c)));
				}
				rows.put(r + 1, values);
			}
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return new DataFormatter().formatCellValue(cell);
	}

	private static Period period(JsonNode entry) {
		return Period.span(LocalDate.parse(entry.path("period").path("from").asString()),
				LocalDate.parse(entry.path("period").path("to").asString()));
	}

	/**
	 * Whether an event is an annual review of the year of a period held by its deadline:
	 * the ledger's topics name the year reviewed (2024年度组织生活会).
	 */
	private static boolean reviewedInTime(Activity a, Period year) {
		return a.yearUnderReview() == year.from().getYear()
				&& !a.date().isAfter(LocalDate.of(year.from().getYear() + 1, 3, 31));
	}

	private static List<LocalDate> dates(JsonNode entry) {
		List<LocalDate> dates = new ArrayList<>();
		entry.path("records").forEach((r) -> dates.add(LocalDate.parse(r.path("date").asString())));
		return dates;
	}

	private static boolean inBranch(Ledger ledger, String memberId, String orgId) {
		Member m = ledger.membersById().get(memberId);
		return m != null && m.orgId().equals(orgId);
	}

}
