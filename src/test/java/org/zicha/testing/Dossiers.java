package org.zicha.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.zicha.inspection.DossierFormat;
import org.zicha.inspection.DossierResult;
import org.zicha.inspection.DossierSources;
import org.zicha.inspection.InputFile;
import org.zicha.inspection.Inspection;
import org.zicha.inspection.InspectionOptions;
import org.zicha.inspection.LedgerInput;

/**
 * Draws up the dossier of the {@link ThreeYearLedger three-year ledger} as the command
 * line does (the ledger written to a workbook and read back, so that every record has its
 * origin), and reads its outputs back: the workbook and the document with POI, the JSON
 * with Jackson.
 */
public final class Dossiers {

	/** Today for these runs: after every date of the ledger. */
	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneOffset.ofHours(8));

	private Dossiers() {
	}

	/**
	 * The dossier of the three-year ledger.
	 * @param folder where the ledger is written
	 * @param feedback the feedback workbook, or null
	 * @return the dossier
	 */
	public static DossierResult threeYears(Path folder, Path feedback) {
		Path ledger = ThreeYearLedger.write(folder);
		try {
			InputFile file = (feedback != null) ? InputFile.read(feedback) : null;
			return new Inspection(Checks.ruleSet(), CLOCK).dossier(LedgerInput.paths(List.of(ledger)),
					new InspectionOptions(ThreeYearLedger.AS_OF, ThreeYearLedger.FROM, ThreeYearLedger.TO, false, true,
							null),
					new DossierSources(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One output of a dossier.
	 * @param dossier the dossier
	 * @param format which
	 * @return its bytes
	 */
	public static byte[] bytes(DossierResult dossier, DossierFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			dossier.write(format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The workbook of a dossier, read back.
	 * @param dossier the dossier
	 * @return the workbook
	 */
	public static XSSFWorkbook workbook(DossierResult dossier) {
		return workbook(bytes(dossier, DossierFormat.XLSX));
	}

	/**
	 * A workbook read back.
	 * @param bytes its bytes
	 * @return the workbook
	 */
	public static XSSFWorkbook workbook(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A workbook on disk, read back.
	 * @param file the file
	 * @return the workbook
	 */
	public static XSSFWorkbook workbook(Path file) {
		try {
			return workbook(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The document of a dossier, read back.
	 * @param dossier the dossier
	 * @return the document
	 */
	public static XWPFDocument document(DossierResult dossier) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(bytes(dossier, DossierFormat.DOCX)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JSON of a dossier, read back.
	 * @param dossier the dossier
	 * @return its tree
	 */
	public static JsonNode json(DossierResult dossier) {
		return JsonMapper.builder().build().readTree(bytes(dossier, DossierFormat.JSON));
	}

	/**
	 * A feedback workbook of the three-year ledger's earlier tour: an item about B1's
	 * member assemblies rectified by 2024-06-30 and kept since; an item about B2's theme
	 * days marked done by 2024-03-31 but missed again in August 2024; an item mapped to
	 * no duty.
	 * @param folder where to write it
	 * @return the workbook's path
	 */
	public static Path feedback(Path folder) {
		return Workbooks.workbook()
			.sheet("巡视反馈问题")
			.row("序号", "问题", "涉及组织", "对应义务", "整改措施", "责任人", "时限", "状态")
			.row(1, "第一党支部党员大会召开不经常", "第一党支部", "SHYK.ASSEMBLY", "按季度召开党员大会", "王建国", LocalDate.of(2024, 6, 30), "已完成")
			.row(2, "第二党支部主题党日开展不规范", "B2", "THEME_DAY", "每月固定一天开展主题党日", "周敏", "2024年3月31日", "已完成")
			.row(3, "党员教育管理存在薄弱环节", null, null, "制定党员教育培训计划", "王建国", null, "整改中")
			.write(folder.resolve("巡视反馈问题整改情况表.xlsx"));
	}

}
