package org.zicha;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.zicha.cli.ZichaCommand;

/**
 * The entry point of {@code java -jar zicha.jar}.
 */
public final class Zicha {

	private Zicha() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = ZichaCommand.commandLine(Clock.systemDefaultZone(), out, err).execute(args);
		out.flush();
		err.flush();
		System.exit(code);
	}

}
