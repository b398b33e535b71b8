package org.zicha.web.notice;

/**
 * A message could not be delivered: the reason, in Chinese, as the message log shows it.
 */
class DeliveryException extends RuntimeException {

	DeliveryException(String message) {
		super(message);
	}

	DeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
