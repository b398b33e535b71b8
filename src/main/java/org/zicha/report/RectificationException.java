package org.zicha.report;

/**
 * A rectification ledger given to be carried over cannot be read: the message names the
 * file and what is wrong.
 */
public class RectificationException extends RuntimeException {

	/**
	 * A ledger that cannot be read.
	 * @param message what is wrong, in Chinese
	 */
	public RectificationException(String message) {
		super(message);
	}

}
