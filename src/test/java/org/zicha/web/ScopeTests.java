package org.zicha.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.zicha.web.rectification.Rectification;
import org.zicha.web.rectification.Rectifications;
import org.zicha.web.run.FindingFilter;
import org.zicha.web.run.RunViews;
import org.zicha.web.run.StoredFinding;
import org.zicha.web.run.StoredRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every handler mapping of the application, called as the secretary of another branch
 * (机关第一党支部, B1) with the ids of 公路建设养护党支部 (B4) wherever the URL takes an id: each answers
 * 403 or 404, or shows the secretary's own data only (no other organisation's name in the
 * page, the JSON, the Markdown, the docx or the xlsx), and none changes anything of
 * another organisation, the runs, the accounts or the ledger. A mapping added later whose
 * URL takes a variable this test has no value for fails it until it is given one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeTests extends WebTestSupport {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RunViews views;

	@Autowired
	Rectifications rectifications;

	@Autowired
	JdbcClient jdbc;

	private StoredRun run;

	private StoredFinding b4Finding;

	private Rectification b4Row;

	private Set<String> foreign;

	@BeforeAll
	void aRunAndTwoSecretaries() {
		this.run = sampleRun(LocalDate.of(2025, 12, 31));
		user("secretary-b1", Role.SECRETARY, "B1");
		user("secretary-b4", Role.SECRETARY, "B4");
		this.b4Finding = this.views.findings(admin(), this.run.id(), new FindingFilter("B4", null, null, null, null))
			.stream()
			.filter((f) -> "B4".equals(f.orgId()))
			.findFirst()
			.orElseThrow();
		this.b4Row = this.rectifications.rows(admin(), this.run.id())
			.stream()
			.filter((r) -> "B4".equals(r.orgId()))
			.findFirst()
			.orElseThrow();
		OrgTree tree = this.views.tree(this.run.id());
		this.foreign = new LinkedHashSet<>();
		tree.all()
			.stream()
			.filter((o) -> !tree.within(o.id(), "B1") && !tree.within("B1", o.id()))
			.forEach((o) -> this.foreign.add(o.name()));
	}

	@Test
	void everyMappingAnswersAnotherBranchsSecretaryWith403Or404OrTheirOwnDataOnly() throws Exception {
		assertThat(this.foreign).contains("公路建设养护党支部", "港航事业发展中心党支部");
		Map<String, Object> before = snapshot();
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> leaks = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			Set<String> methods = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				for (String url : urls(pattern)) {
					for (String method : methods) {
						for (boolean askOther : askOther(e.getValue())) {
							MockHttpServletResponse response = call(HttpMethod.valueOf(method), url, e.getValue(),
									askOther);
							calls++;
							int status = response.getStatus();
							outcomes.merge(method + " " + pattern + (askOther ? "" : " (no org)") + " → " + status, 1,
									Integer::sum);
							String text = text(response);
							this.foreign.stream()
								.filter(text::contains)
								.forEach((name) -> leaks.add(method + " " + url + " (" + status + ") shows " + name));
							// the error page itself, asked for directly, reports an
							// unknown error
							if (status >= 500 && !"/error".equals(pattern)) {
								leaks.add(method + " " + url + " answers " + status);
							}
						}
					}
				}
			}
		}
		assertThat(leaks).as("calls as B1's secretary:\n" + String.join("\n", outcomes.keySet())).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
		assertThat(calls).isGreaterThanOrEqualTo(this.mappings.getHandlerMethods().size());
		assertThat(outcomes.keySet()).contains("GET /findings/{id} → 404", "GET /api/findings/{id} → 404",
				"GET /rectification/{id} → 404", "POST /rectification/{id} → 404",
				"PATCH /api/rectification/{id} → 404", "GET /api/rectification/{id}/audit → 404",
				"GET /branches/{org} → 404", "POST /runs → 403", "POST /api/runs → 403",
				"POST /api/runs/{id}/withdraw → 403", "GET /users → 403", "POST /users/{id}/password → 403",
				"POST /uploads/files/{id}/remove → 404", "GET /runs/{id} → 200", "GET /findings (no org) → 200",
				"GET /api/runs/{id}/findings (no org) → 200");
	}

	/**
	 * The URLs of a pattern: its variables filled with the other branch's ids (one URL
	 * per download format).
	 */
	private List<String> urls(String pattern) {
		List<String> urls = new ArrayList<>(List.of(pattern));
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			String variable = m.group(0);
			List<String> values = values(m.group(1), pattern);
			List<String> filled = new ArrayList<>();
			for (String url : urls) {
				values.forEach((v) -> filled.add(url.replace(variable, v)));
			}
			urls = filled;
		}
		return urls;
	}

	private List<String> values(String variable, String pattern) {
		return switch (variable) {
			case "id" -> List.of(idFor(pattern));
			case "run" -> List.of("" + this.run.id());
			case "org", "orgId" -> List.of("B4");
			case "index" -> List.of("0");
			case "format" -> List.of("json", "md", "docx", "html", "xlsx");
			case "token" -> List.of("00000000-0000-0000-0000-000000000000");
			default -> throw new AssertionError("ScopeTests has no value for {" + variable + "} of " + pattern
					+ ": give it the id of another branch's record");
		};
	}

	private String idFor(String pattern) {
		if (pattern.contains("/findings/")) {
			return "" + this.b4Finding.id();
		}
		if (pattern.contains("/rectification/")) {
			return "" + this.b4Row.id();
		}
		if (pattern.contains("/runs/")) {
			return "" + this.run.id();
		}
		if (pattern.contains("/users/")) {
			return "" + this.accounts.find("secretary-b4").orElseThrow().id();
		}
		if (pattern.contains("/uploads/files/")) {
			return "" + this.jdbc.sql("SELECT MIN(id) FROM ledger_file WHERE active = TRUE").query(Long.class).single();
		}
		if (pattern.contains("/notices/")) {
			return anyId("notice_outbox");
		}
		if (pattern.endsWith("/approve")) {
			return anyId("exemption_review");
		}
		throw new AssertionError("ScopeTests has no id for " + pattern + ": give it another branch's record");
	}

	/**
	 * An id of a table whose pages only an administrator or inspector may use: the first
	 * record when there is one, else an id no record has (the role is refused either
	 * way).
	 */
	private String anyId(String table) {
		Long id = this.jdbc.sql("SELECT MIN(id) FROM " + table).query(Long.class).optional().orElse(null);
		return "" + ((id != null) ? id : 1);
	}

	/**
	 * Whether to ask for the other branch's organisation: always, and once without it
	 * where a mapping filters by organisation (then it shows the secretary's own).
	 */
	private static List<Boolean> askOther(HandlerMethod handler) {
		boolean filters = java.util.Arrays.stream(handler.getMethod().getParameters())
			.anyMatch((p) -> p.isAnnotationPresent(RequestParam.class) && "org".equals(name(p)));
		return filters ? List.of(true, false) : List.of(true);
	}

	private MockHttpServletResponse call(HttpMethod method, String url, HandlerMethod handler, boolean askOther)
			throws Exception {
		boolean multipartBody = false;
		boolean jsonBody = false;
		Map<String, String> params = new LinkedHashMap<>();
		for (Parameter p : handler.getMethod().getParameters()) {
			if (MultipartFile.class.isAssignableFrom(p.getType())
					|| p.getType() == List.class && p.getParameterizedType().getTypeName().contains("MultipartFile")) {
				multipartBody = true;
			}
			else if (p.isAnnotationPresent(RequestBody.class)) {
				jsonBody = true;
			}
			else if (p.isAnnotationPresent(RequestParam.class) || p.isAnnotationPresent(RequestPart.class)) {
				String name = name(p);
				String value = PARAMS.get(name);
				if (value != null && (askOther || !"org".equals(name))) {
					params.put(name, "run".equals(name) ? "" + this.run.id() : value);
				}
			}
			else if (!p.isAnnotationPresent(PathVariable.class)) {
				continue;
			}
		}
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (multipartBody) {
			MockMultipartHttpServletRequestBuilder mp = multipart(method, url);
			mp.file(new MockMultipartFile("file", "x.txt", "text/plain", "不是台账".getBytes(StandardCharsets.UTF_8)));
			mp.file(new MockMultipartFile("files", "x.txt", "text/plain", "不是台账".getBytes(StandardCharsets.UTF_8)));
			builder = mp;
		}
		else {
			builder = request(method, url);
		}
		if (jsonBody) {
			builder.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"status\": \"DONE\", \"progress\": \"越权修改\", \"reason\": \"越权撤回\", \"asOf\": \"2025-12-31\","
								+ " \"confirmed\": true}");
		}
		params.forEach(builder::param);
		builder.with(loggedIn("secretary-b1")).with(csrf());
		return this.mvc.perform(builder).andReturn().getResponse();
	}

	private static String name(Parameter p) {
		RequestParam param = p.getAnnotation(RequestParam.class);
		if (param != null) {
			return !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getName();
		}
		RequestPart part = p.getAnnotation(RequestPart.class);
		return !part.name().isEmpty() ? part.name() : !part.value().isEmpty() ? part.value() : p.getName();
	}

	/** What the secretary sends where a mapping takes a parameter of this name. */
	private static final Map<String, String> PARAMS = Map.ofEntries(Map.entry("run", ""), Map.entry("org", "B4"),
			Map.entry("status", "DONE"), Map.entry("progress", "越权修改"), Map.entry("enabled", "false"),
			Map.entry("password", "hijacked-password-1"), Map.entry("current", "wrong-password"),
			Map.entry("username", "intruder"), Map.entry("displayName", "越权用户"), Map.entry("role", "ADMIN"),
			Map.entry("orgId", "B4"), Map.entry("reason", "越权撤回"), Map.entry("asOf", "2025-12-31"),
			Map.entry("confirmed", "true"), Map.entry("token", "00000000-0000-0000-0000-000000000000"),
			Map.entry("from", "2025-01-01"), Map.entry("to", "2025-12-31"));

	/**
	 * The text of a response, whatever its format.
	 */
	private static String text(MockHttpServletResponse response) throws IOException {
		byte[] body = response.getContentAsByteArray();
		String type = String.valueOf(response.getContentType());
		if (type.contains("wordprocessingml")) {
			try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(body)))) {
				return words.getText();
			}
		}
		if (type.contains("spreadsheetml")) {
			StringBuilder text = new StringBuilder();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							text.append(cell).append('\t');
						}
						text.append('\n');
					}
				}
			}
			return text.toString();
		}
		String redirect = response.getRedirectedUrl();
		Object flash = response.getHeader("Location");
		return new String(body, StandardCharsets.UTF_8) + ((redirect != null) ? redirect : "")
				+ ((flash != null) ? flash : "");
	}

	/**
	 * What another organisation, the runs, the accounts and the ledger are like now.
	 */
	private Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("rows",
				this.rectifications.rows(admin(), this.run.id())
					.stream()
					.filter((r) -> !r.orgId().startsWith("B1"))
					.toList());
		state.put("audit", this.jdbc.sql("SELECT COUNT(*) FROM rectification_audit").query(Long.class).single());
		state.put("runs", this.views.runs());
		state.put("accounts",
				this.accounts.list(admin())
					.stream()
					.map((a) -> a.username() + " " + a.role() + " " + a.orgId() + " " + a.enabled())
					.toList());
		state.put("passwords",
				this.jdbc.sql("SELECT username, password_hash FROM account ORDER BY username")
					.query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
					.list());
		state.put("files",
				this.jdbc.sql("SELECT id, source, active FROM ledger_file ORDER BY id")
					.query((rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getBoolean(3))
					.list());
		state.put("uploads", this.jdbc.sql("SELECT COUNT(*) FROM ledger_upload").query(Long.class).single());
		return state;
	}

}
