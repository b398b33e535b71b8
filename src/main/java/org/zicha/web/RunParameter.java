package org.zicha.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A run named in an API path: its id, or {@code latest}; described so in the API's
 * description.
 */
@Target({ ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(description = "检查编号，或 latest（最近一次检查）", example = "latest",
		schema = @Schema(type = "string", pattern = "^([0-9]+|latest)$"))
public @interface RunParameter {

}
