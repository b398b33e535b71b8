package org.zicha.web.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

import org.zicha.inspection.OutputFormat;
import org.zicha.web.FileStore;
import org.zicha.web.Scope;
import org.zicha.web.Viewer;
import org.zicha.web.rectification.Rectifications;

/**
 * The downloads of a run: the stored report (docx, md, html) and findings.json, and the
 * rectification ledger of the stored state (the run's rectification.xlsx with the rows as
 * they stand). A branch secretary gets their subtree's: the bulletin of their
 * organisation (docx, md), its page (html), findings.json and the rectification ledger of
 * their subtree.
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
		String prefix = "第" + run + "次检查-" + stored.asOf() + "-";
		if (output == OutputFormat.XLSX) {
			return new Download(prefix + output.fileName(), output,
					this.rectifications.workbook(viewer, run, stored.asOf()));
		}
		Scope scope = this.views.scope(viewer, run, null);
		if (output == OutputFormat.JSON) {
			return new Download(prefix + output.fileName(), output,
					scope.isAll() ? stored(run, output) : scopedJson(scope, run));
		}
		if (scope.isAll()) {
			return new Download(prefix + output.fileName(), output, stored(run, output));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.rectifications.draft(viewer, run).write(output, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = this.views.tree(run).name(scope.top());
		return new Download(prefix + name + "提示单." + output.name().toLowerCase(Locale.ROOT), output, out.toByteArray());
	}

	private byte[] stored(long run, OutputFormat output) {
		return this.files.get(this.views.output(run, output.name()).orElseThrow(Viewer::notFound));
	}

	private byte[] scopedJson(Scope scope, long run) {
		String sha = this.views.output(run, OutputFormat.JSON.name()).orElseThrow(Viewer::notFound);
		ObjectNode doc = (ObjectNode) this.json.readTree(this.files.get(sha));
		filter(doc, "findings", scope, false);
		filter(doc, "exempted", scope, true);
		filter(doc, "resolved", scope, false);
		ObjectNode stats = doc.putObject("stats");
		ArrayNode rates = stats.putArray("organizationRates");
		this.json.readTree(this.views.stats(run)).path("organizationRates").values().forEach((r) -> {
			if (scope.includes(r.path("orgId").asString())) {
				rates.add(r);
			}
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.json.writerWithDefaultPrettyPrinter().writeValue(out, doc);
		return out.toByteArray();
	}

	private static void filter(ObjectNode doc, String field, Scope scope, boolean nested) {
		ArrayNode kept = doc.arrayNode();
		for (JsonNode node : doc.path(field).values()) {
			JsonNode finding = nested ? node.path("finding") : node;
			if (scope.includes(finding.path("orgId").asString(null))) {
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
