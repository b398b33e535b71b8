package org.zicha.web.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import org.springframework.stereotype.Component;

import org.zicha.web.WebSettings;

/**
 * The limits of an uploaded file: its size, and for a workbook (a zip) the size of each
 * entry once inflated and its compression ratio, refused before any reader opens it. The
 * same zip-bomb limits are set on POI, which the ledger reader opens workbooks with.
 */
@Component
class UploadLimits {

	/** Entries smaller than this are not judged by their ratio (POI does the same). */
	private static final long RATIO_FLOOR = 1024 * 1024;

	private final long maxFileSize;

	private final double minInflateRatio;

	private final long maxEntrySize;

	private final int maxRows;

	UploadLimits(WebSettings settings) {
		this.maxRows = settings.upload().maxRows();
		this.maxFileSize = settings.upload().maxFileSize().toBytes();
		this.minInflateRatio = settings.upload().minInflateRatio();
		this.maxEntrySize = settings.upload().maxEntrySize().toBytes();
		ZipSecureFile.setMinInflateRatio(this.minInflateRatio);
		ZipSecureFile.setMaxEntrySize(this.maxEntrySize);
	}

	/**
	 * What is wrong with a file before it is read, if anything.
	 * @param file the file
	 * @return the reason it is refused, in Chinese
	 */
	Optional<String> refusal(UploadedFile file) {
		if (file.content().length > this.maxFileSize) {
			return Optional.of("文件过大（" + megabytes(file.content().length) + "），单个文件不能超过" + megabytes(this.maxFileSize));
		}
		if (file.name().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return zipBomb(file.content());
		}
		return Optional.empty();
	}

	/**
	 * Whether an upload holds more rows than one upload may.
	 * @param files the upload's files
	 * @return the reason it is refused, in Chinese
	 */
	Optional<String> tooManyRows(List<UploadedFile> files) {
		long rows = 0;
		for (UploadedFile file : files) {
			rows += UploadRows.count(file);
		}
		if (rows <= this.maxRows) {
			return Optional.empty();
		}
		return Optional.of("本次上传共有" + rows + "行（条）记录，超过每次上传" + this.maxRows
				+ "行的上限，未读取；请分成几个文件（如按年度或按组织）分次上传，或请管理员调整上限（zicha.upload.max-rows）");
	}

	private Optional<String> zipBomb(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				long inflated = 0;
				int n;
				while ((n = read(zip, buffer)) > 0) {
					inflated += n;
					if (inflated > this.maxEntrySize) {
						return Optional
							.of("工作簿中的“" + entry.getName() + "”解压后超过" + megabytes(this.maxEntrySize) + "，疑似压缩炸弹，已拒绝");
					}
					if (inflated > RATIO_FLOOR && (double) zip.getCompressedCount() / inflated < this.minInflateRatio) {
						return Optional.of("工作簿中的“" + entry.getName() + "”压缩比异常（解压后膨胀超过"
								+ Math.round(1 / this.minInflateRatio) + "倍），疑似压缩炸弹，已拒绝");
					}
				}
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// Not a readable zip: the ledger reader reports it with its location.
			return Optional.empty();
		}
	}

	private static int read(InputStream in, byte[] buffer) throws IOException {
		return in.read(buffer);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
