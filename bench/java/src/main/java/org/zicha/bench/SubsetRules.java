package org.zicha.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A copy of a rules folder cut down to some rule files: the other {@code .drl} files are
 * left out, and the thresholds table keeps only the rows of the duties those files
 * conclude or read a threshold of. zicha run with it times the same checks a peer runs.
 *
 * <pre>
 * java -cp … org.zicha.bench.SubsetRules rules/ /tmp/meetings-rules orglife/meetings.drl common/
 * </pre>
 */
public final class SubsetRules {

	private SubsetRules() {
	}

	public static void main(String[] args) throws IOException {
		Path from = Path.of(args[0]);
		Path to = Path.of(args[1]);
		List<String> keep = List.of(args).subList(2, args.length);
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = from.relativize(file).toString().replace('\\', '/');
				if (!name.endsWith(".drl") || keep.stream().anyMatch(name::startsWith)) {
					Files.createDirectories(to.resolve(name).getParent());
					Files.copy(file, to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		Set<String> duties = new java.util.TreeSet<>();
		try (Stream<Path> files = Files.walk(to)) {
			for (Path drl : files.filter((f) -> f.toString().endsWith(".drl")).toList()) {
				java.util.regex.Matcher m = java.util.regex.Pattern
					.compile("@duty\\(\"([^\"]+)\"\\)|Threshold\\(duty == \"([^\"]+)\"")
					.matcher(Files.readString(drl));
				while (m.find()) {
					duties.add((m.group(1) != null) ? m.group(1) : m.group(2));
				}
			}
		}
		Path table = to.resolve("thresholds.xlsx");
		try (InputStream in = Files.newInputStream(table); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			int codeColumn = -1;
			for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				if (codeColumn < 0) {
					for (Cell cell : row) {
						if (format.formatCellValue(cell).equals("义务代码")) {
							codeColumn = cell.getColumnIndex();
						}
					}
					continue;
				}
				String code = format.formatCellValue(row.getCell(codeColumn)).trim();
				if (!code.isEmpty() && !duties.contains(code)) {
					sheet.removeRow(row);
					if (r < sheet.getLastRowNum()) {
						sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
					}
					r--;
				}
			}
			try (OutputStream out = Files.newOutputStream(table)) {
				book.write(out);
			}
		}
		System.out.println("duties kept: " + duties);
	}

}
