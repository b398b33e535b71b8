package org.zicha.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Runs the command line in-process, as picocli's docs recommend for tests, with a fixed
 * clock.
 */
final class Cli {

	/** The day the tests pretend it is. */
	static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final int exitCode;

	final String out;

	final String err;

	private Cli(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ZichaCommand.commandLine(TODAY, new PrintWriter(out), new PrintWriter(err)).execute(args);
		return new Cli(code, out.toString(), err.toString());
	}

	/**
	 * Run the command line in a working folder (where the default output folder is).
	 * @param workingFolder the working folder
	 * @param args the arguments
	 * @return what it did
	 */
	static Cli runIn(Path workingFolder, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ZichaCommand.commandLine(TODAY, new PrintWriter(out), new PrintWriter(err), workingFolder)
			.execute(args);
		return new Cli(code, out.toString(), err.toString());
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + "\n--- out\n" + this.out + "--- err\n" + this.err;
	}

}
