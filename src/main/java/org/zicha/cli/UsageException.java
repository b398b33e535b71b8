package org.zicha.cli;

/**
 * An option or argument of the command line cannot be used; the message says what and
 * why, in Chinese.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
