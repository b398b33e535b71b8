package org.zicha.web;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The web application with a clock the test moves and a small row limit per upload
 * ({@value #MAX_ROWS}), so that lock expiry and the row limit are tested without waiting
 * or building huge files. One application for all its subclasses.
 */
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "zicha.upload.max-rows=" + ClockedWebTestSupport.MAX_ROWS)
public abstract class ClockedWebTestSupport extends WebTestSupport {

	/** The row limit of an upload in these tests. */
	public static final int MAX_ROWS = 5000;

	@Autowired
	protected MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
