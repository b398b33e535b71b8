package org.zicha.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine of the npm package {@code axe-core} (installed by
 * {@code npm ci} into node_modules/, as package-lock.json pins it), run inside the page a
 * browser shows: the rules of WCAG 2.1 levels A and AA.
 */
final class Axe {

	/** Where {@code npm ci} puts the engine. */
	static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: arguments[0], resultTypes: ['violations'] })
				.then(function (result) {
					done(result.violations.filter(function (v) {
						return v.impact === 'critical' || v.impact === 'serious';
					}).map(function (v) {
						return v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.length + ' × '
							+ v.nodes.slice(0, 5).map(function (n) {
								return n.target.join(' ') + ' ' + (n.any.concat(n.all)[0] || { message: '' }).message;
							}).join(' | ');
					}));
				}, function (error) {
					done(['axe failed: ' + error]);
				});
			""";

	private final String source;

	private Axe(String source) {
		this.source = source;
	}

	/**
	 * The engine, if {@code npm ci} has installed it.
	 * @return the engine, or empty
	 */
	static Optional<Axe> installed() {
		if (!Files.isReadable(SCRIPT)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every rule of WCAG 2.1 A and AA. */
	static final Map<String, Object> WCAG21 = Map.of("type", "tag", "values",
			List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));

	/**
	 * The rules whose outcome depends on the width of the page: the rest give a page the
	 * same verdict at any width.
	 */
	static final Map<String, Object> LAYOUT = Map.of("type", "rule", "values",
			List.of("scrollable-region-focusable", "meta-viewport", "meta-viewport-large"));

	/**
	 * The critical and serious violations in the page the browser shows now, each
	 * summarised on one line with up to five of the elements concerned.
	 * @param page the browser
	 * @param rules which rules: {@link #WCAG21} or {@link #LAYOUT}
	 * @return the violations, none when the page passes
	 */
	@SuppressWarnings("unchecked")
	List<String> seriousViolations(JavascriptExecutor page, Map<String, Object> rules) {
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
			page.executeScript(this.source);
		}
		return (List<String>) page.executeAsyncScript(RUN, rules);
	}

}
