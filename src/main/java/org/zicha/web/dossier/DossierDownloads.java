package org.zicha.web.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.inspection.DossierFormat;
import org.zicha.inspection.DossierResult;
import org.zicha.inspection.DossierSources;
import org.zicha.inspection.InputFile;
import org.zicha.inspection.InspectionOptions;
import org.zicha.report.RectificationLedger;
import org.zicha.web.Rules;
import org.zicha.web.Viewer;
import org.zicha.web.ledger.LedgerUploads;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.RunViews;

/**
 * Draws up the dossier of the stored ledger for a window, with an uploaded feedback
 * workbook, and the empty feedback workbook.
 */
@Service
public class DossierDownloads {

	private final LedgerUploads uploads;

	private final Rules rules;

	private final RunViews runs;

	private final Rectifications rectifications;

	private final Clock clock;

	DossierDownloads(LedgerUploads uploads, Rules rules, RunViews runs, Rectifications rectifications, Clock clock) {
		this.uploads = uploads;
		this.rules = rules;
		this.runs = runs;
		this.rectifications = rectifications;
		this.clock = clock;
	}

	/**
	 * The dossier of the stored ledger.
	 * @param viewer who asks: an administrator or an inspector
	 * @param from the window's first day
	 * @param to the window's last day
	 * @param asOf the as-of day, or null for the earlier of the window's last day and
	 * today
	 * @param feedback the feedback workbook, or null
	 * @param format which file
	 * @return the file
	 * @throws IllegalArgumentException when nothing was uploaded or the dates are wrong
	 * @throws org.zicha.ledger.LedgerException when the stored ledger no longer reads
	 * @throws org.zicha.inspection.WorkbookException when the feedback workbook cannot be
	 * used
	 */
	public Download dossier(Viewer viewer, LocalDate from, LocalDate to, LocalDate asOf, InputFile feedback,
			String format) {
		requireAll(viewer);
		DossierFormat output = format(format);
		if (from == null || to == null) {
			throw new IllegalArgumentException("请填写期间的起止日期");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("期间的截止日（" + to + "）早于起始日（" + from + "）");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (asOf != null) ? asOf : to.isBefore(today) ? to : today;
		if (day.isAfter(today)) {
			throw new IllegalArgumentException("截至日期（" + day + "）不能晚于今天");
		}
		LedgerUploads.StoredLedger ledger = this.uploads.stored()
			.orElseThrow(() -> new IllegalArgumentException("尚未导入台账，请先在“台账上传”中上传并确认台账文件"));
		DossierResult dossier = this.rules.inspection()
			.dossier(ledger.input(), new InspectionOptions(day, from, to, false, true, null, rectification()),
					new DossierSources(feedback));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			dossier.write(output, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Download(from + "至" + to + "-" + output.fileName(), contentType(output), out.toByteArray());
	}

	/**
	 * The rectification rows as they stand, from the latest run: each problem's status
	 * for the dossier.
	 */
	private RectificationLedger rectification() {
		return this.runs.latest().map((run) -> this.rectifications.ledger(run.id())).orElse(null);
	}

	/**
	 * The empty feedback workbook.
	 * @param viewer who asks
	 * @return the file
	 */
	public Download feedbackTemplate(Viewer viewer) {
		requireAll(viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.rules.inspection().feedbackTemplate(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Download("巡视反馈问题整改情况表.xlsx", contentType(DossierFormat.XLSX), out.toByteArray());
	}

	/**
	 * Refuse a viewer who does not see the whole organisation.
	 * @param viewer who asks
	 */
	static void requireAll(Viewer viewer) {
		if (!viewer.seesAll()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "佐证目录涵盖全单位，仅供管理员和检查人员生成");
		}
	}

	private static DossierFormat format(String format) {
		try {
			return DossierFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("不支持的文件格式“" + format + "”，可选：xlsx、docx、json");
		}
	}

	private static String contentType(DossierFormat format) {
		return switch (format) {
			case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case JSON -> "application/json;charset=UTF-8";
		};
	}

	/**
	 * A file to download.
	 *
	 * @param fileName its name
	 * @param contentType its media type
	 * @param content its bytes
	 */
	public record Download(String fileName, String contentType, byte[] content) {

	}

}
