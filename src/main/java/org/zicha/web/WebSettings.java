package org.zicha.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the web application ({@code zicha.*} in application.yml).
 *
 * @param dataDir where the database and the stored files live
 * @param adminPassword the first administrator's password, or empty for a random one
 * @param rules the rules folder, or null for ./rules when present, else the bundled rules
 * @param schedule the monthly run
 * @param upload the limits of ledger uploads
 */
@Validated
@ConfigurationProperties("zicha")
public record WebSettings(Path dataDir, String adminPassword, Path rules, Schedule schedule, Upload upload) {

	public WebSettings {
		dataDir = (dataDir != null) ? dataDir : Path.of("zicha-data");
		schedule = (schedule != null) ? schedule : new Schedule("0 0 6 1 * *", true);
		upload = (upload != null) ? upload
				: new Upload(DataSize.ofMegabytes(20), 0.01, DataSize.ofMegabytes(200), null);
	}

	/**
	 * The folder of stored files (uploaded ledgers, evidence, run outputs).
	 * @return the folder
	 */
	public Path files() {
		return this.dataDir.resolve("files");
	}

	/**
	 * The monthly run.
	 *
	 * @param monthlyCron when it runs (Spring cron: second minute hour day month weekday)
	 * @param enabled whether it runs at all
	 */
	public record Schedule(String monthlyCron, boolean enabled) {

	}

	/**
	 * The limits of uploads.
	 *
	 * @param maxFileSize the largest file accepted
	 * @param minInflateRatio POI's smallest accepted ratio of compressed to uncompressed
	 * size of a workbook's entries (below it: a zip bomb)
	 * @param maxEntrySize POI's largest uncompressed entry of a workbook
	 * @param maxRows the most rows (worksheet rows, JSON records) one upload may hold,
	 * all its files together
	 */
	public record Upload(DataSize maxFileSize, double minInflateRatio, DataSize maxEntrySize, Integer maxRows) {

		/** The default of {@code max-rows}. */
		public static final int DEFAULT_MAX_ROWS = 100_000;

		public Upload {
			maxRows = (maxRows != null) ? maxRows : DEFAULT_MAX_ROWS;
		}

	}

}
