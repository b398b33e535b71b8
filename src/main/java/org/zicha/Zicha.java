package org.zicha;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import picocli.CommandLine;

import org.zicha.cli.ZichaCommand;
import org.zicha.web.ServeCommand;

/**
 * The entry point of {@code java -jar zicha.jar}.
 */
public final class Zicha {

	private Zicha() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = commandLine(Clock.systemDefaultZone(), out, err).execute(args);
		out.flush();
		err.flush();
		System.exit(code);
	}

	/**
	 * The whole command line: the commands of {@code cli} and {@code serve}, which starts
	 * the web application (cli does not know the web; only serve starts Spring).
	 * @param clock the clock that says what today is
	 * @param out where normal output goes
	 * @param err where errors go
	 * @return the command line
	 */
	static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
		CommandLine cl = ZichaCommand.commandLine(clock, out, err);
		CommandLine serve = new CommandLine(new ServeCommand());
		serve.setOut(out);
		serve.setErr(err);
		serve.setParameterExceptionHandler(cl.getParameterExceptionHandler());
		cl.addSubcommand(serve);
		return cl;
	}

}
