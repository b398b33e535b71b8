package org.zicha.web.run;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.inspection.OutputFormat;
import org.zicha.web.FileStore;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectifications;

/**
 * The downloads of a run: the stored report (docx, md, html) and findings.json, and the
 * rectification ledger of the stored state. A branch secretary gets findings.json and the
 * rectification ledger of their subtree; the report of the whole organisation is for
 * administrators and inspectors.
 */
@Service
public class RunDownloads {

	private final RunViews views;

	private final FileStore files;

	private final Rectifications rectifications;

	private final JsonMapper json;

	RunDownloads(RunViews views, FileStore files, Rectifications rectifications, JsonMapper json) {
		this.views = views;
		this.files = files;
		this.rectifications = rectifications;
		this.json = json;
	}

	/**
	 * One download.
	 * @param viewer who downloads
	 * @param run the run
	 * @param format json, md, docx, html or xlsx
	 * @return the file
	 */
	public Download download(Viewer viewer, long run, String format) {
		StoredRun stored = this.views.run(run);
		OutputFormat output = format(format);
		String name = "第" + run + "次检查-" + stored.asOf() + "-" + output.fileName();
		if (output == OutputFormat.XLSX) {
			return new Download(name, output, this.rectifications.workbook(viewer, run));
		}
		if (!viewer.seesAll()) {
			if (output != OutputFormat.JSON) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"全单位的检查报告仅供管理员和检查人员下载；支部书记可下载本组织的问题数据（findings.json）和整改台账（rectification.xlsx）");
			}
			return new Download(name, output, scopedJson(viewer, run));
		}
		String sha = this.views.output(run, output.name()).orElseThrow(Viewer::notFound);
		return new Download(name, output, this.files.get(sha));
	}

	private byte[] scopedJson(Viewer viewer, long run) {
		Set<String> scope = this.views.scope(viewer, run, null);
		String sha = this.views.output(run, OutputFormat.JSON.name()).orElseThrow(Viewer::notFound);
		ObjectNode doc = (ObjectNode) this.json.readTree(this.files.get(sha));
		filter(doc, "findings", scope, false);
		filter(doc, "exempted", scope, true);
		filter(doc, "resolved", scope, false);
		ObjectNode stats = doc.putObject("stats");
		ArrayNode rates = stats.putArray("organizationRates");
		this.json.readTree(this.views.stats(run)).path("organizationRates").values().forEach((r) -> {
			if (scope.contains(r.path("orgId").asString())) {
				rates.add(r);
			}
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.json.writerWithDefaultPrettyPrinter().writeValue(out, doc);
		return out.toByteArray();
	}

	private static void filter(ObjectNode doc, String field, Set<String> scope, boolean nested) {
		ArrayNode kept = doc.arrayNode();
		for (JsonNode node : doc.path(field).values()) {
			JsonNode finding = nested ? node.path("finding") : node;
			if (scope.contains(finding.path("orgId").asString(""))) {
				kept.add(node);
			}
		}
		doc.set(field, kept);
	}

	private static OutputFormat format(String format) {
		try {
			return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Viewer.notFound();
		}
	}

	/**
	 * A file to download.
	 *
	 * @param fileName its name
	 * @param format its format
	 * @param content its bytes
	 */
	public record Download(String fileName, OutputFormat format, byte[] content) {

		/**
		 * The media type of the file.
		 * @return the content type
		 */
		public String contentType() {
			return switch (this.format) {
				case JSON -> "application/json;charset=UTF-8";
				case MD -> "text/markdown;charset=UTF-8";
				case HTML -> "text/html;charset=UTF-8";
				case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			};
		}

	}

}
