package org.zicha.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the records that prove duties were read: activities by id, talks and dues
 * payments by their content (an identical record read twice keeps the first place).
 */
public final class RecordOrigins {

	private static final RecordOrigins NONE = new RecordOrigins();

	private final Map<String, RecordOrigin> activities = new HashMap<>();

	private final Map<Talk, RecordOrigin> talks = new HashMap<>();

	private final Map<DuesPayment, RecordOrigin> dues = new HashMap<>();

	RecordOrigins() {
	}

	/**
	 * No origins: for a ledger that was not read from files.
	 * @return the empty origins
	 */
	public static RecordOrigins none() {
		return NONE;
	}

	/**
	 * Where an activity was read.
	 * @param id the activity's id
	 * @return its origin, if known
	 */
	public Optional<RecordOrigin> activity(String id) {
		return Optional.ofNullable(this.activities.get(id));
	}

	/**
	 * Where a talk was read.
	 * @param talk the talk
	 * @return its origin, if known
	 */
	public Optional<RecordOrigin> talk(Talk talk) {
		return Optional.ofNullable(this.talks.get(talk));
	}

	/**
	 * Where a dues payment was read.
	 * @param payment the payment
	 * @return its origin, if known
	 */
	public Optional<RecordOrigin> dues(DuesPayment payment) {
		return Optional.ofNullable(this.dues.get(payment));
	}

	void activity(String id, RecordOrigin origin) {
		this.activities.putIfAbsent(id, origin);
	}

	void talk(Talk talk, RecordOrigin origin) {
		this.talks.putIfAbsent(talk, origin);
	}

	void dues(DuesPayment payment, RecordOrigin origin) {
		this.dues.putIfAbsent(payment, origin);
	}

}
