package org.zicha.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The API's answers to what it cannot do: RFC 9457 problem details with a Chinese
 * {@code title} (by status) and {@code detail}, and where there is one the {@code errors}
 * located by file, sheet, row and column. No Java name ever appears.
 */
public final class Problems {

	/** The API's paths. */
	public static final String API = "/api/";

	private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "请求有误"), Map.entry(401, "未登录"),
			Map.entry(403, "没有权限"), Map.entry(404, "找不到"), Map.entry(405, "不支持的请求方法"), Map.entry(406, "无法提供所要求的格式"),
			Map.entry(409, "与当前状态冲突"), Map.entry(413, "上传内容过大"), Map.entry(415, "不支持的内容类型"), Map.entry(422, "内容有误，未处理"),
			Map.entry(500, "服务器内部错误"));

	private Problems() {
	}

	/**
	 * A problem detail.
	 * @param status the status
	 * @param detail what went wrong, in Chinese
	 * @return the problem, titled in Chinese
	 */
	public static ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status.value()));
		return problem;
	}

	/**
	 * The Chinese title of a status.
	 * @param status the status code
	 * @return the title
	 */
	public static String title(int status) {
		return TITLES.getOrDefault(status, (status >= 500) ? "服务器内部错误" : "请求有误");
	}

	/**
	 * Whether a request is the API's (or its description's), answered in JSON.
	 * @param request the request
	 * @return true under /api/ and /v3/api-docs
	 */
	public static boolean api(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(API) || path.startsWith("/v3/api-docs");
	}

	/**
	 * Write a problem as the response (where no controller answers: the security
	 * filters).
	 * @param request the request
	 * @param response the response
	 * @param status the status
	 * @param detail what went wrong, in Chinese
	 * @param json the mapper
	 * @throws IOException when the response cannot be written
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			JsonMapper json) throws IOException {
		ProblemDetail problem = of(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

	/**
	 * A message fit to show: the application's own Chinese sentences are; an exception's
	 * English text (which may name Java classes) is not.
	 * @param message the exception's message
	 * @param fallback what to say instead
	 * @return the message or the fallback
	 */
	public static String shown(String message, String fallback) {
		return (message != null && message.codePoints().anyMatch(Problems::chinese)) ? message : fallback;
	}

	private static boolean chinese(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
