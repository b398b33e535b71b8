package org.zicha.web.notice;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotClientTests {

	@Test
	void weComTakesTheMarkdownAsContent() {
		Map<String, Object> payload = RobotClient.payload(RobotKind.WECOM, "标题", "### 标题\n正文");
		assertThat(payload).containsEntry("msgtype", "markdown")
			.containsEntry("markdown", Map.of("content", "### 标题\n正文"));
	}

	@Test
	void dingTalkTakesATitleAndTheMarkdownAsText() {
		Map<String, Object> payload = RobotClient.payload(RobotKind.DINGTALK, "标题", "### 标题\n正文");
		assertThat(payload).containsEntry("msgtype", "markdown")
			.containsEntry("markdown", Map.of("title", "标题", "text", "### 标题\n正文"));
	}

	@Test
	void dingTalksUrlIsSignedWithTheTimestampAndTheSecret() {
		Robot robot = new Robot("B1", RobotKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=abc",
				"SEC000");
		// HMAC-SHA256 of "1700000000000\nSEC000" keyed with "SEC000", Base64 (computed
		// with Python's hmac)
		assertThat(RobotClient.url(robot, 1700000000000L))
			.isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign="
					+ java.net.URLEncoder.encode(RobotClient.sign(1700000000000L, "SEC000"), StandardCharsets.UTF_8));
		assertThat(RobotClient.sign(1700000000000L, "SEC000"))
			.isEqualTo("ltBBey5eZrWKh1cPzFIdz3v3xpkc4Tjx4lLsPSHqdtA=");
	}

	@Test
	void aRobotWithoutSecretOrOfWeComIsPostedToItsUrlAsIs() {
		assertThat(RobotClient.url(new Robot("B1", RobotKind.DINGTALK, "https://x/robot?access_token=a", null), 1L))
			.isEqualTo("https://x/robot?access_token=a");
		assertThat(RobotClient.url(new Robot("B1", RobotKind.WECOM, "https://x/send?key=a", "ignored"), 1L))
			.isEqualTo("https://x/send?key=a");
	}

	@Test
	void textOverTheLimitIsCutAtALineWithANote() {
		String line = "一二三四五六七八九十\n";
		String text = line.repeat(200);
		String cut = RobotClient.cut(text, RobotClient.WECOM_LIMIT);
		assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(RobotClient.WECOM_LIMIT);
		assertThat(cut).endsWith("一二三四五六七八九十" + RobotClient.CUT);
		assertThat(RobotClient.cut("短消息", RobotClient.WECOM_LIMIT)).isEqualTo("短消息");
	}

	@Test
	void aShownUrlHidesTheKey() {
		assertThat(new Robot("B1", RobotKind.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=secret-key",
				null)
			.shownUrl()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?****");
	}

}
