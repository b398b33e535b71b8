package org.zicha.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.zicha.ledger.LedgerException;

/**
 * The REST API's answers to a request it cannot carry out: a Chinese message in JSON.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("status", 400, "error", ex.getMessage()));
	}

	@ExceptionHandler(LedgerException.class)
	ResponseEntity<Map<String, Object>> ledger(LedgerException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Map.of("status", 422, "error", "台账有 " + ex.problems().size() + " 处错误，未进行检查", "problems",
					ex.problems().stream().map(Object::toString).toList()));
	}

}
