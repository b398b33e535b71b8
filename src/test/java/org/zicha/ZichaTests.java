package org.zicha;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole command line: the commands of cli and serve.
 */
class ZichaTests {

	@Test
	void serveIsACommandWithPortAndDataDir() {
		StringWriter out = new StringWriter();
		int code = Zicha
			.commandLine(Clock.systemDefaultZone(), new PrintWriter(out), new PrintWriter(new StringWriter()))
			.execute("serve", "--help");
		assertThat(code).isZero();
		assertThat(out.toString()).contains("用法：").contains("--port").contains("--data-dir").contains("浏览器");
	}

	@Test
	void theCommandListNamesServe() {
		StringWriter out = new StringWriter();
		Zicha.commandLine(Clock.systemDefaultZone(), new PrintWriter(out), new PrintWriter(new StringWriter()))
			.execute("--help");
		assertThat(out.toString()).contains("check").contains("serve");
	}

	@Test
	void aBadServeOptionIsAChineseUsageError() {
		StringWriter err = new StringWriter();
		int code = Zicha
			.commandLine(Clock.systemDefaultZone(), new PrintWriter(new StringWriter()), new PrintWriter(err))
			.execute("serve", "--prot", "9000");
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).startsWith("命令参数有误：未知的选项或参数“--prot”（serve 只接受").doesNotContain("Exception");
	}

	@Test
	void serveHelpIsChineseAndItsVersionIsTheTool() {
		StringWriter out = new StringWriter();
		CommandLine cl = Zicha.commandLine(Clock.systemDefaultZone(), new PrintWriter(out),
				new PrintWriter(new StringWriter()));
		cl.execute("serve", "--help");
		assertThat(out.toString()).contains("显示本帮助后退出").doesNotContain("Show this help");
		out.getBuffer().setLength(0);
		assertThat(cl.execute("serve", "-V")).isZero();
		assertThat(out.toString().strip()).startsWith("zicha ");
	}

}
