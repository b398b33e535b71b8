package org.zicha.web.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Counts the rows of an uploaded file without reading it as a ledger, so that an upload
 * over the limit is refused before any record is built: the {@code <row>} elements of an
 * xlsx's worksheets (streamed through the zip, never parsed), the row records of an xls
 * (POI's event API), the objects of a JSON document. A file that cannot be counted counts
 * 0; the ledger reader then says what is wrong with it.
 */
final class UploadRows {

	private static final byte[] ROW = "row".getBytes(StandardCharsets.US_ASCII);

	private UploadRows() {
	}

	/**
	 * The rows of a file.
	 * @param file the file
	 * @return how many
	 */
	static long count(UploadedFile file) {
		String name = file.name().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return xlsx(file.content());
			}
			if (name.endsWith(".xls")) {
				return xls(file.content());
			}
			if (name.endsWith(".json")) {
				return json(file.content());
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

	private static long xlsx(byte[] content) throws IOException {
		long rows = 0;
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
					rows += rowElements(zip);
				}
			}
		}
		return rows;
	}

	/**
	 * The start tags {@code <row } / {@code <row>} (or with a namespace prefix,
	 * {@code <x:row }) in a worksheet's XML.
	 */
	private static long rowElements(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long count = 0;
		// 0: elsewhere; 1: after '<' or ':'; 2, 3, 4: after "r", "ro", "row"
		int state = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			for (int i = 0; i < n; i++) {
				byte b = buffer[i];
				if (state == 4 && (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r')) {
					count++;
				}
				if (b == '<' || b == ':') {
					state = 1;
				}
				else if (state >= 1 && state <= 3 && b == ROW[state - 1]) {
					state++;
				}
				else {
					state = 0;
				}
			}
		}
		return count;
	}

	private static long xls(byte[] content) throws IOException {
		long[] rows = { 0 };
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			HSSFRequest request = new HSSFRequest();
			request.addListener((record) -> rows[0]++, RowRecord.sid);
			new HSSFEventFactory().processWorkbookEvents(request, fs);
		}
		return rows[0];
	}

	private static long json(byte[] content) {
		long objects = 0;
		try (JsonParser parser = new JsonFactory().createParser(content)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.START_OBJECT) {
					objects++;
				}
			}
		}
		return Math.max(0, objects - 1);
	}

}
