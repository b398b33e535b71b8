package org.zicha.web.notice;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Posts a message to a group robot's webhook as the robot's markdown message: 企业微信
 * {@code {"msgtype":"markdown","markdown":{"content":…}}}, 钉钉
 * {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}} to the URL signed with
 * the timestamp and the HMAC-SHA256 of the secret (加签). Text over the robot's limit is
 * cut at a line.
 */
@Component
class RobotClient {

	/** 企业微信 accepts markdown content of at most 4096 bytes. */
	static final int WECOM_LIMIT = 4096;

	/** 钉钉 accepts about 20000 bytes; kept below. */
	static final int DINGTALK_LIMIT = 18000;

	static final String CUT = "\n\n……（内容较长，全文请登录系统查看）";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json;

	private final Clock clock;

	RobotClient(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Post a message.
	 * @param robot the robot
	 * @param title the title (钉钉 shows it in the chat list)
	 * @param markdown the text
	 * @throws DeliveryException when the robot cannot be reached or refuses it
	 */
	void send(Robot robot, String title, String markdown) {
		String body = this.json.writeValueAsString(payload(robot.kind(), title, markdown));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(robot, this.clock.millis())))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DeliveryException("群机器人接口无法连接（" + ex.getClass().getSimpleName() + "）", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("发送被中断", ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new DeliveryException("群机器人接口返回 HTTP " + response.statusCode());
		}
		try {
			JsonNode answer = this.json.readTree(response.body());
			if (answer.has("errcode") && answer.path("errcode").asInt() != 0) {
				throw new DeliveryException(
						"群机器人接口返回错误 " + answer.path("errcode").asInt() + "：" + answer.path("errmsg").asString());
			}
		}
		catch (JacksonException ex) {
			// an answer that is not JSON, with a 2xx status: taken as delivered
		}
	}

	/**
	 * The JSON a robot accepts.
	 * @param kind the robot
	 * @param title the title
	 * @param markdown the text
	 * @return the message
	 */
	static Map<String, Object> payload(RobotKind kind, String title, String markdown) {
		Map<String, Object> md = new LinkedHashMap<>();
		if (kind == RobotKind.WECOM) {
			md.put("content", cut(markdown, WECOM_LIMIT));
		}
		else {
			md.put("title", title);
			md.put("text", cut(markdown, DINGTALK_LIMIT));
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("msgtype", "markdown");
		payload.put("markdown", md);
		return payload;
	}

	/**
	 * The URL to post to: 钉钉's with a secret signed as its documentation says
	 * ({@code timestamp} in milliseconds, {@code sign} = Base64 of HMAC-SHA256 over
	 * "timestamp\nsecret" keyed with the secret, URL-encoded).
	 * @param robot the robot
	 * @param millis the time
	 * @return the URL
	 */
	static String url(Robot robot, long millis) {
		if (robot.kind() != RobotKind.DINGTALK || !robot.signed()) {
			return robot.url();
		}
		return robot.url() + (robot.url().contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign="
				+ URLEncoder.encode(sign(millis, robot.secret()), StandardCharsets.UTF_8);
	}

	static String sign(long millis, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((millis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Text cut to a number of UTF-8 bytes at a line, with a note that it was cut.
	 */
	static String cut(String text, int limit) {
		if (text.getBytes(StandardCharsets.UTF_8).length <= limit) {
			return text;
		}
		int room = limit - CUT.getBytes(StandardCharsets.UTF_8).length;
		StringBuilder kept = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String next = (kept.length() == 0) ? line : "\n" + line;
			if ((kept + next).getBytes(StandardCharsets.UTF_8).length > room) {
				break;
			}
			kept.append(next);
		}
		return kept + CUT;
	}

}
