package org.zicha.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.zicha.report.HtmlReportWriter;

/**
 * The stylesheet and script of the report's parts, which the run's page shows inside its
 * layout: the same rules and filters report.html carries inline.
 */
@RestController
class ReportAssets {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));

	@GetMapping(path = "/static/report/report.css", produces = "text/css;charset=UTF-8")
	ResponseEntity<String> style() {
		return ResponseEntity.ok().cacheControl(CACHE).body(HtmlReportWriter.partsStyle());
	}

	@GetMapping(path = "/static/report/report.js", produces = "text/javascript;charset=UTF-8")
	ResponseEntity<String> script() {
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
			.body(HtmlReportWriter.script());
	}

}
