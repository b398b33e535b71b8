package org.zicha.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser test asks of every page it visits, at a laptop's width (1400 pixels)
 * and a phone's (390 pixels, as a phone's browser lays the page out): no critical or
 * serious accessibility violation (axe-core: every WCAG 2.1 A and AA rule at the laptop's
 * width, again those that depend on the layout at the phone's), nothing the content
 * security policy refused, at phone width no sideways scrolling of the page (the elements
 * that stick out are named), every link of the header on the screen and at least 24
 * pixels tall and wide, every 填写 link on the screen; and a screenshot of the whole page
 * at both widths. Problems are collected, so one run lists them all.
 */
final class PageChecks {

	static final int LAPTOP = 1400;

	static final int PHONE = 390;

	/**
	 * Records what the content security policy refuses, before any of the page's own
	 * scripts runs.
	 */
	private static final String LISTEN = """
			window.__refused = [];
			document.addEventListener('securitypolicyviolation', function (e) {
				window.__refused.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '')
					+ ':' + e.lineNumber + ' ' + (e.sample || ''));
			});
			""";

	private static final String PHONE_PROBLEMS = """
			window.scrollTo(0, 0);
			var problems = [];
			var width = document.documentElement.clientWidth;
			var overflow = document.documentElement.scrollWidth - width;
			if (overflow > 0) {
				var wide = Array.prototype.filter.call(document.querySelectorAll('main *'), function (e) {
					return e.getBoundingClientRect().right > width && !e.closest('.scroller, .table-scroll, figure.heat')
						&& !Array.prototype.some.call(e.children, function (c) {
							return c.getBoundingClientRect().right > width;
						});
				}).concat(Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
					return e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
						&& getComputedStyle(e).overflowX === 'visible' && !e.closest('.scroller, .table-scroll, figure.heat');
				}).reverse()).slice(0, 4).map(function (e) {
					return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
						+ ' “' + e.textContent.trim().slice(0, 30) + '”';
				});
				problems.push('the page scrolls sideways by ' + overflow + ' px: ' + wide.join(', '));
			}
			function off(e) {
				var r = e.getBoundingClientRect();
				return r.left < 0 || r.right > width;
			}
			document.querySelectorAll('header.top a, header.top button').forEach(function (e) {
				var r = e.getBoundingClientRect();
				if (off(e) || r.height < 24 || r.width < 24) {
					problems.push('header link ' + e.textContent.trim() + ' at ' + Math.round(r.left) + ','
						+ Math.round(r.top) + ' is ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px');
				}
			});
			document.querySelectorAll('a.rectify').forEach(function (e) {
				var r = e.getBoundingClientRect();
				if (off(e) || r.height < 24) {
					problems.push('填写 link at ' + Math.round(r.left) + ',' + Math.round(r.top) + ' is off the screen or '
						+ Math.round(r.height) + ' px tall');
				}
			});
			return problems;
			""";

	private final ChromeDriver browser;

	private final Optional<Axe> axe;

	private final Path screenshots;

	private final List<String> problems = new ArrayList<>();

	PageChecks(ChromeDriver browser, Optional<Axe> axe, Path screenshots) {
		this.browser = browser;
		this.axe = axe;
		this.screenshots = screenshots;
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTEN));
	}

	/**
	 * Check the page the browser shows and take its screenshots, {@code name}.png at the
	 * laptop's width and {@code name}-390.png at the phone's.
	 * @param name the screenshots' name
	 * @throws IOException when a screenshot cannot be written
	 */
	@SuppressWarnings("unchecked")
	void look(String name) throws IOException {
		String page = name + " (" + this.browser.getCurrentUrl() + ")";
		this.axe.ifPresent((a) -> a.seriousViolations(this.browser, Axe.WCAG21)
			.forEach((v) -> this.problems.add(page + ": " + v)));
		refused(name);
		shot(name, LAPTOP, false);
		emulate(PHONE, 844);
		try {
			((List<String>) this.browser.executeScript(PHONE_PROBLEMS))
				.forEach((p) -> this.problems.add(page + " at " + PHONE + " px: " + p));
			this.axe.ifPresent((a) -> a.seriousViolations(this.browser, Axe.LAYOUT)
				.forEach((v) -> this.problems.add(page + " at " + PHONE + " px: " + v)));
			shot(name + "-" + PHONE, PHONE, true);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * Check only that the content security policy refused nothing in the page the browser
	 * shows (for a page that is not the application's own, such as the API's
	 * description).
	 * @param name the page's name in the problems
	 */
	@SuppressWarnings("unchecked")
	void refused(String name) {
		String page = name + " (" + this.browser.getCurrentUrl() + ")";
		((List<String>) this.browser.executeScript("return window.__refused || [];"))
			.forEach((v) -> this.problems.add(page + ": the content security policy refused " + v));
	}

	/**
	 * What the pages looked at so far got wrong.
	 * @return the problems, one a line
	 */
	List<String> problems() {
		return this.problems;
	}

	/** A screenshot of the whole page, as tall as the page (up to 8000 pixels). */
	private void shot(String name, int width, boolean mobile) throws IOException {
		Dimension window = this.browser.manage().window().getSize();
		emulate(width, window.getHeight(), mobile);
		Number height = (Number) this.browser.executeScript("return document.documentElement.scrollHeight;");
		emulate(width, Math.min(8000, height.intValue()), mobile);
		try {
			byte[] png = this.browser.getScreenshotAs(OutputType.BYTES);
			Files.write(this.screenshots.resolve(name + ".png"), png);
		}
		finally {
			if (!mobile) {
				this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			}
			else {
				emulate(width, 844, true);
			}
		}
	}

	private void emulate(int width, int height) {
		emulate(width, height, true);
	}

	private void emulate(int width, int height, boolean mobile) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

}
