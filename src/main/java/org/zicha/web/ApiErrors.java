package org.zicha.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses an API operation answers besides 401 (which every operation may):
 * each is described in the API's description as a problem detail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiErrors {

	/**
	 * The statuses.
	 * @return e.g. 400, 404, 422
	 */
	int[] value();

}
