package org.zicha.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the report as one self-contained HTML page (report.html) that opens from disk
 * without a network: the header, counts by category and area, the heat map of the
 * calendar duties, the text of the report, the notices, the appendix and a filterable
 * table of every finding. The page is rendered by Thymeleaf's standalone engine from the
 * templates under {@code templates/report/} (the web application renders the same
 * fragments); its style and script, from the resources {@code report-frame.css} (the
 * page) and {@code report-page.css} (its parts) and {@code report-page.js}, are written
 * inline, and a content security policy forbids the page any request and any script but
 * its own. Characters HTML does not allow (control characters, a lone surrogate) are left
 * out, as the other outputs leave them out.
 */
public final class HtmlReportWriter {

	/** The template of the whole page. */
	public static final String TEMPLATE = "report/page";

	private static final String PARTS = resource("report-page.css");

	private static final String STYLE = resource("report-frame.css") + PARTS;

	private static final String SCRIPT = resource("report-page.js");

	private static final String POLICY = policy(SCRIPT);

	private static final TemplateEngine ENGINE = engine();

	private final Phrasing phrasing;

	/**
	 * A writer with the unit's headings.
	 * @param phrasing the wording
	 */
	public HtmlReportWriter(Phrasing phrasing) {
		this.phrasing = phrasing;
	}

	/**
	 * The page model of a report, as report.html and the web application show it.
	 * @param report the report
	 * @param phrasing the wording
	 * @return the page model
	 */
	public static ReportPage page(Report report, Phrasing phrasing) {
		return ReportPages.of(report, phrasing, STYLE, SCRIPT, POLICY);
	}

	/**
	 * The page model of one organisation's bulletin: the report cut to the organisation's
	 * subtree (its counts, heat map, notices and findings), with the bulletin's text in
	 * place of the report's text and appendix.
	 * @param report the report, cut to the organisation's subtree
	 * @param bulletin the organisation's bulletin
	 * @param phrasing the wording
	 * @return the page model
	 */
	public static ReportPage page(Report report, Bulletin bulletin, Phrasing phrasing) {
		return ReportPages.of(report, bulletin, phrasing, STYLE, SCRIPT, POLICY);
	}

	/**
	 * The stylesheet of the report's parts, every rule under the class {@code report}:
	 * what a page that shows the parts inside its own layout links (report.html also has
	 * the rules of its own page around them).
	 * @return the stylesheet
	 */
	public static String partsStyle() {
		return PARTS;
	}

	/**
	 * The script of the findings table's filters.
	 * @return the script
	 */
	public static String script() {
		return SCRIPT;
	}

	/**
	 * Write the page.
	 * @param report the report
	 * @param out where to write it (UTF-8); left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, OutputStream out) throws IOException {
		write(page(report, this.phrasing), out);
	}

	/**
	 * Write the page of one organisation's bulletin.
	 * @param report the report, cut to the organisation's subtree
	 * @param bulletin the organisation's bulletin
	 * @param out where to write it (UTF-8); left open
	 * @throws IOException when it cannot be written
	 */
	public void write(Report report, Bulletin bulletin, OutputStream out) throws IOException {
		write(page(report, bulletin, this.phrasing), out);
	}

	private static void write(ReportPage page, OutputStream out) throws IOException {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("page", page);
		Writer writer = new PageCharacters(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		ENGINE.process(TEMPLATE, context, writer);
		writer.flush();
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReportWriter.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
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
