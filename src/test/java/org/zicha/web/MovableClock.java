package org.zicha.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, moved by a test: what the application takes for now is the real time
 * plus an offset the test sets.
 */
public final class MovableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private final ZoneId zone;

	MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Move the clock forward.
	 * @param by how far
	 */
	public void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	/**
	 * Back to the real time.
	 */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock clock = new MovableClock(zone);
		clock.offset = this.offset;
		return clock;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/**
	 * The application's clock in the tests that move time.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(ZoneId.systemDefault());
		}

	}

}
