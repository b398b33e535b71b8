package org.zicha.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
					resultTypes: ['violations'] })
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

	/**
	 * The critical and serious violations in the page the browser shows now, each
	 * summarised on one line with up to five of the elements concerned.
	 * @param page the browser
	 * @return the violations, none when the page passes
	 */
	@SuppressWarnings("unchecked")
	List<String> seriousViolations(JavascriptExecutor page) {
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
			page.executeScript(this.source);
		}
		return (List<String>) page.executeAsyncScript(RUN);
	}

}
