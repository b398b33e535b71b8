package org.zicha.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the report as one self-contained HTML page (report.html) that opens from disk
 * without a network: the header, counts by category and area, the heat map of the
 * calendar duties, the text of the report, the notices, the appendix and a filterable
 * table of every finding. Its style and script, from the resources
 * {@code report-page.css} and {@code report-page.js}, are written inline into
 * {@code report-page.html}; a content security policy forbids the page any request and
 * any script but its own.
 */
public final class HtmlReportWriter {

	private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)\\}\\}");

	private static final String PAGE = resource("report-page.html");

	private static final String STYLE = resource("report-page.css");

	private static final String SCRIPT = resource("report-page.js");

	private final Phrasing phrasing;

	private final ReportTextHtml text;

	/**
	 * A writer with the unit's headings.
	 * @param phrasing the wording
	 */
	public HtmlReportWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
		this.text = new ReportTextHtml(phrasing);
	}

	/**
	 * Write the page.
	 * @param report the report
	 * @param out where to write it (UTF-8)
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, OutputStream out) throws IOException {
		Map<String, String> slots = Map.of("title", Markup.escape(report.title()), "csp", Markup.escape(policy(SCRIPT)),
				"style", STYLE, "script", SCRIPT, "body", body(report));
		Matcher m = SLOT.matcher(PAGE);
		StringBuilder page = new StringBuilder(PAGE.length() + 65536);
		while (m.find()) {
			m.appendReplacement(page, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), "")));
		}
		m.appendTail(page);
		out.write(page.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private String body(Report report) {
		List<FindingRow> rows = FindingRow.of(report);
		Markup out = new Markup();
		out.open("header", "class", "doc-header");
		out.element("h1", report.title());
		out.element("p", report.subtitle(), "class", "subtitle");
		toc(report, out);
		out.close("header");
		ReportTextHtml.section("overview", "问题统计", out);
		SummaryHtml.write(rows, out);
		out.close("section");
		ReportTextHtml.section("heatmap", "按月落实情况", out);
		HeatMapHtml.write(report.heatMap(), out);
		out.close("section");
		this.text.basics(report, out);
		this.text.problems(report, out);
		this.text.measures(report, out);
		this.text.notices(report, out);
		this.text.appendix(report, out);
		ReportTextHtml.section("findings", "问题明细", out);
		FindingsHtml.write(rows, out);
		out.close("section");
		return out.toString();
	}

	private void toc(Report report, Markup out) {
		out.open("nav", "class", "toc no-print", "aria-label", "目录");
		link(out, "overview", "问题统计");
		link(out, "heatmap", "按月落实情况");
		link(out, "basics", this.phrasing.heading("basics"));
		link(out, "problems", this.phrasing.heading("problems"));
		if (!report.measures().isEmpty()) {
			link(out, "measures", this.phrasing.heading("measures"));
		}
		if (!report.notices().isEmpty()) {
			link(out, "notices", this.phrasing.heading("notices"));
		}
		if (!report.issues().isEmpty() || !report.exempted().isEmpty()) {
			link(out, "appendix", this.phrasing.heading("appendix"));
		}
		link(out, "findings", "问题明细");
		out.close("nav");
	}

	private static void link(Markup out, String id, String text) {
		out.element("a", text, "href", "#" + id);
	}

	/**
	 * The content security policy: nothing may be fetched, only the page's own script
	 * runs.
	 */
	private static String policy(String script) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
			return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
					+ Base64.getEncoder().encodeToString(digest) + "'; base-uri 'none'; form-action 'none'";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String resource(String name) {
		try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
