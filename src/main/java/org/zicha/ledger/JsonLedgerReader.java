package org.zicha.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON ledger: one object with one array per table, English keys. The agenda of
 * an activity is nested in it as an {@code agenda} array.
 */
final class JsonLedgerReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Vocabulary vocabulary;

	JsonLedgerReader(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	void read(LedgerFile ledgerFile, SourceFile file) {
		JsonNode root;
		try (InputStream in = ledgerFile.open()) {
			root = MAPPER.readTree(in);
		}
		catch (IOException ex) {
			file.fileProblem("无法读取（" + ex.getMessage() + "）");
			return;
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? "第" + ex.getLocation().getLineNr() + "行第" + ex.getLocation().getColumnNr() + "列" : "";
			file.fileProblem("不是有效的 JSON" + where + "（" + ex.getOriginalMessage() + "）");
			return;
		}
		if (root == null || !root.isObject()) {
			file.fileProblem("JSON 台账应为一个对象，其中每张表是一个数组，如 {\"organizations\": [...]}");
			return;
		}
		RawSheet agenda = new RawSheet(Table.AGENDA, file.label, "activities[].agenda", true, new ArrayList<>(),
				new HashSet<>());
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			Optional<Table> table = this.vocabulary.table(entry.getKey());
			if (table.isEmpty()) {
				file.warnings.add(file.label + " 中的“" + entry.getKey() + "”不是台账表，已忽略");
				continue;
			}
			RawSheet sheet = new RawSheet(table.get(), file.label, entry.getKey(), true, new ArrayList<>(), Set.of());
			if (!entry.getValue().isArray()) {
				file.sheetProblem(sheet, -1, null, "应为数组");
				continue;
			}
			Set<String> unknown = new LinkedHashSet<>();
			int index = 0;
			for (JsonNode item : entry.getValue().values()) {
				if (!item.isObject()) {
					file.sheetProblem(sheet, index, null, "应为对象");
				}
				else {
					Map<String, RawSheet.Cell> cells = cells(item, sheet, index, file, unknown);
					if (table.get() == Table.ACTIVITIES && item.has("agenda")) {
						nestedAgenda(item, cells, index, agenda, file, unknown);
					}
					sheet.rows().add(new RawSheet.RawRow(sheet, index, cells));
				}
				index++;
			}
			if (!unknown.isEmpty()) {
				file.warnings
					.add(file.label + " 表“" + entry.getKey() + "”中的字段“" + String.join("”“", unknown) + "”未识别，已忽略");
			}
			file.sheets.add(sheet);
		}
		if (!agenda.rows().isEmpty()) {
			file.sheets.add(agenda);
		}
	}

	private void nestedAgenda(JsonNode activity, Map<String, RawSheet.Cell> activityCells, int index, RawSheet agenda,
			SourceFile file, Set<String> unknown) {
		JsonNode items = activity.get("agenda");
		String path = "activities[" + index + "].agenda";
		RawSheet nested = new RawSheet(Table.AGENDA, file.label, path, true, agenda.rows(), Set.of());
		if (!items.isArray()) {
			file.sheetProblem(nested, -1, null, "应为数组");
			return;
		}
		RawSheet.Cell id = activityCells.get("id");
		int i = 0;
		for (JsonNode item : items.values()) {
			if (!item.isObject()) {
				file.sheetProblem(nested, i, null, "应为对象");
			}
			else {
				Map<String, RawSheet.Cell> cells = cells(item, nested, i, file, unknown);
				if (id != null) {
					cells.put("activityId", new RawSheet.Cell("activityId", id.text(), null));
				}
				agenda.rows().add(new RawSheet.RawRow(nested, i, cells));
			}
			i++;
		}
	}

	private Map<String, RawSheet.Cell> cells(JsonNode item, RawSheet sheet, int index, SourceFile file,
			Set<String> unknown) {
		Map<String, RawSheet.Cell> cells = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : item.properties()) {
			String name = field.getKey();
			if (sheet.table() == Table.ACTIVITIES && name.equals("agenda")) {
				continue;
			}
			Optional<String> key = this.vocabulary.columnKey(sheet.table(), name);
			if (key.isEmpty()) {
				unknown.add(name);
				continue;
			}
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			if (value.isArray()) {
				List<String> items = new ArrayList<>();
				for (JsonNode element : value.values()) {
					if (element.isContainer()) {
						file.sheetProblem(sheet, index, name, "数组中应为文本或数字");
					}
					else if (!element.isNull() && !element.asString().isBlank()) {
						items.add(element.asString().strip());
					}
				}
				if (!items.isEmpty()) {
					cells.put(key.get(), new RawSheet.Cell(name, String.join("、", items), items));
				}
			}
			else if (value.isObject()) {
				file.sheetProblem(sheet, index, name, "应为文本、数字或数组，不能是对象");
			}
			else {
				String text = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
						: value.asString().strip();
				if (!text.isEmpty()) {
					cells.put(key.get(), new RawSheet.Cell(name, text, null));
				}
			}
		}
		return cells;
	}

}
