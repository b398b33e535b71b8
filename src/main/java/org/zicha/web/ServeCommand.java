package org.zicha.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.zicha.inspection.Inspection;

/**
 * {@code serve}: starts the web application and runs until it is stopped (Ctrl+C). The
 * only command that starts Spring; the others stay light.
 */
@Command(name = "serve", versionProvider = ServeCommand.Version.class, synopsisHeading = "用法：",
		optionListHeading = "选项：%n", description = "启动网页版：上传台账、按月检查、查看问题、跟踪整改（浏览器打开 http://localhost:8080）。")
public final class ServeCommand implements Callable<Integer> {

	/** A setting of application.yml given through: {@code --name=value}. */
	private static final Pattern SETTING = Pattern.compile("--[a-zA-Z][\\w.\\[\\]-]*=.*");

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "显示本帮助后退出")
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "显示版本后退出")
	boolean version;

	@Option(names = "--port", paramLabel = "PORT", description = "端口，默认 8080")
	Integer port;

	@Option(names = "--data-dir", paramLabel = "DIR", description = "数据库和上传文件的存放位置，默认 ./zicha-data")
	Path dataDir;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		for (String arg : this.springArguments) {
			if (!SETTING.matcher(arg).matches()) {
				throw new ParameterException(this.spec.commandLine(),
						"未知的选项或参数“" + arg + "”" + "（serve 只接受 --port、--data-dir 和 application.yml 中的设置，写作 --名称=值）");
			}
		}
		ConfigurableApplicationContext context;
		try {
			context = ZichaApplication.start(arguments());
		}
		catch (RuntimeException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			this.spec.commandLine().getErr().println("网页版无法启动：" + cause.getMessage());
			this.spec.commandLine().getErr().println("（端口被占用时可用 --port 换一个端口；详细原因见上方日志）");
			return 3;
		}
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		if (context.isActive()) {
			closed.await();
		}
		return 0;
	}

	/**
	 * The arguments Spring Boot is started with: the options as properties, then any
	 * {@code --name=value} given through.
	 */
	String[] arguments() {
		List<String> args = new ArrayList<>();
		if (this.port != null) {
			args.add("--server.port=" + this.port);
		}
		if (this.dataDir != null) {
			args.add("--zicha.data-dir=" + this.dataDir.toAbsolutePath().normalize());
		}
		args.addAll(this.springArguments);
		return args.toArray(String[]::new);
	}

	/** The version line, as every command prints it. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { Inspection.tool() };
		}

	}

}
