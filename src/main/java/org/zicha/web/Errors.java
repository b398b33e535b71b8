package org.zicha.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;

import org.zicha.ledger.LedgerException;
import org.zicha.web.account.ZichaUser;
import org.zicha.web.ledger.Preview;
import org.zicha.web.ledger.UploadException;
import org.zicha.web.rectification.WorkbookUploadException;

/**
 * What the application answers when a request cannot be carried out: the API an RFC 9457
 * problem detail in Chinese, a page the error page with a Chinese reason. A bad parameter
 * (an unknown severity or status, a date that is no date) is a 400 with the parameter and
 * value named, logged without a stack trace; only what the application did not foresee is
 * a 500, logged with one.
 */
@ControllerAdvice
class Errors {

	private static final Logger log = LoggerFactory.getLogger(Errors.class);

	@ExceptionHandler(ResponseStatusException.class)
	Object status(ResponseStatusException ex, HttpServletRequest request) {
		String fallback = (ex.getStatusCode().value() == 404) ? "找不到该记录，或您无权查看"
				: Problems.title(ex.getStatusCode().value());
		return answer(request, ex.getStatusCode(), Problems.shown(ex.getReason(), fallback), null);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	Object badRequest(IllegalArgumentException ex, HttpServletRequest request) {
		log.debug("Bad request {}: {}", request.getRequestURI(), ex.getMessage());
		return answer(request, HttpStatus.BAD_REQUEST, Problems.shown(ex.getMessage(), "请求的参数无效"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String value = String.valueOf(ex.getValue());
		return answer(request, HttpStatus.BAD_REQUEST,
				"参数“" + ex.getName() + "”的值“" + value + "”无效" + expected(ex.getRequiredType()), null);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MissingPathVariableException.class })
	Object missing(Exception ex, HttpServletRequest request) {
		String name = "";
		if (ex instanceof MissingServletRequestParameterException p) {
			name = p.getParameterName();
		}
		else if (ex instanceof MissingServletRequestPartException p) {
			name = p.getRequestPartName();
		}
		else if (ex instanceof MissingPathVariableException p) {
			name = p.getVariableName();
		}
		return answer(request, HttpStatus.BAD_REQUEST, "缺少参数“" + name + "”", null);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String detail = "请求内容不是有效的 JSON";
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map((r) -> (r.getPropertyName() != null) ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining("."));
			detail = "字段“" + field + "”"
					+ ((json instanceof InvalidFormatException invalid) ? "的值“" + invalid.getValue() + "”" : "") + "无效"
					+ ((json instanceof InvalidFormatException invalid) ? expected(invalid.getTargetType()) : "");
		}
		return answer(request, HttpStatus.BAD_REQUEST, detail, null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "此地址不支持 " + ex.getMethod() + " 请求", null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"不支持的内容类型" + ((ex.getContentType() != null) ? "“" + ex.getContentType() + "”" : "") + "，应为 "
						+ ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、")),
				null);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_ACCEPTABLE, "无法按所要求的格式（Accept）回答", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "上传的内容过大", null);
	}

	@ExceptionHandler(MultipartException.class)
	Object multipart(MultipartException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "上传的内容无法读取（应为 multipart/form-data）", null);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	Object noPage(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "找不到该页面或记录，或您无权查看", null);
	}

	@ExceptionHandler(LedgerException.class)
	Object ledger(LedgerException ex, HttpServletRequest request) {
		List<Preview.Problem> errors = ex.problems()
			.stream()
			.limit(Preview.MAX_ERRORS)
			.map(Preview.Problem::of)
			.toList();
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "台账有 " + ex.problems().size() + " 处错误，未进行检查",
				Map.of("errors", errors, "moreErrors", Math.max(0, ex.problems().size() - Preview.MAX_ERRORS)));
	}

	@ExceptionHandler(UploadException.class)
	Object upload(UploadException ex, HttpServletRequest request) {
		Preview preview = ex.preview();
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), Map.of("errors", preview.errors(),
				"moreErrors", preview.moreErrors(), "files", preview.files(), "warnings", preview.warnings()));
	}

	@ExceptionHandler(WorkbookUploadException.class)
	Object workbook(WorkbookUploadException ex, HttpServletRequest request) {
		List<String> problems = ex.problems();
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
				Map.of("errors", problems.stream().limit(Preview.MAX_ERRORS).map((p) -> Map.of("text", p)).toList(),
						"moreErrors", Math.max(0, problems.size() - Preview.MAX_ERRORS)));
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		log.error("处理请求 {} 时出错", request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "处理请求时出错，请稍后再试；如一再出现，请联系管理员", null);
	}

	private Object answer(HttpServletRequest request, HttpStatusCode status, String detail,
			Map<String, Object> properties) {
		if (Problems.api(request)) {
			ProblemDetail problem = Problems.of(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (properties != null) {
				problem.setProperties(properties);
			}
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("message", detail);
		page.addObject("viewer", ZichaUser.current());
		return page;
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			return "，应为：" + Arrays.stream(type.getEnumConstants())
				.map((c) -> ((Enum<?>) c).name())
				.collect(Collectors.joining("、"));
		}
		if (type == LocalDate.class) {
			return "，应为日期（如 2025-12-31）";
		}
		if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
			return "，应为整数";
		}
		return "";
	}

}
