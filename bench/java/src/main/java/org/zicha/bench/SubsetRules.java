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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A copy of a rules folder cut down to some rule files: the other {@code .drl} files are
 * left out, and the thresholds table keeps only the rows of the duties those files
 * conclude or read a threshold of, and the wording file only their sentences (the
 * rules refuse wording for duties they do not have). zicha run with it times the same checks a peer runs.
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
		Path phrasing = to.resolve("report/phrasing.yml");
		if (Files.exists(phrasing)) {
			YAMLMapper yaml = YAMLMapper.builder().build();
			JsonNode root = yaml.readTree(phrasing.toFile());
			prune(root, duties);
			if (root.get("duties") instanceof ObjectNode sentences) {
				for (String key : List.copyOf(sentences.propertyNames())) {
					String code = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
					if (!duties.contains(code)) {
						sentences.remove(key);
					}
				}
			}
			yaml.writeValue(phrasing.toFile(), root);
		}
		System.out.println("duties kept: " + duties);
	}

	/**
	 * Cut the wording file down to the duties kept: every list of duties loses the others,
	 * a part whose list becomes empty goes, and so do the items of the duties dropped.
	 */
	private static void prune(JsonNode node, Set<String> duties) {
		if (node instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				JsonNode element = array.get(i);
				if (element instanceof ObjectNode part && part.get("duties") instanceof ArrayNode listed) {
					for (int j = listed.size() - 1; j >= 0; j--) {
						if (!duties.contains(listed.get(j).asString())) {
							listed.remove(j);
						}
					}
					if (listed.isEmpty()) {
						array.remove(i);
						continue;
					}
					if (part.get("items") instanceof ObjectNode items) {
						for (String code : List.copyOf(items.propertyNames())) {
							if (!duties.contains(code)) {
								items.remove(code);
							}
						}
					}
				}
				prune(element, duties);
			}
		}
		else if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				prune(object.get(name), duties);
			}
		}
	}

}
