package org.zicha.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.zicha.inspection.WorkbookException;
import org.zicha.ledger.LedgerException;
import org.zicha.ledger.LedgerProblem;
import org.zicha.rules.RuleBookException;
import org.zicha.rules.RuleFailure;

/**
 * The {@code zicha} command and its subcommands, with the mapping of errors to exit codes
 * and Chinese messages (never a stack trace for a user's mistake).
 */
@Command(name = "zicha", versionProvider = Version.class, description = "党建合规自查：读取党建工作台账，按规则检查落实情况，列出存在的问题。")
public final class ZichaCommand implements Runnable {

	/** Exit code: the input, the rules or the options are invalid. */
	public static final int INVALID = 2;

	/** Exit code: something went wrong that is not the user's doing. */
	public static final int INTERNAL = 3;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.Mixin
	HelpOptions help = new HelpOptions();

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * The command line, ready to execute.
	 * @param clock the clock that says what today is
	 * @param out where normal output goes
	 * @param err where errors go
	 * @return the command line
	 */
	public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
		return commandLine(clock, out, err, Path.of(""));
	}

	/**
	 * The command line, ready to execute, in a working folder.
	 * @param clock the clock that says what today is
	 * @param out where normal output goes
	 * @param err where errors go
	 * @param workingFolder the folder the default output folder is in
	 * @return the command line
	 */
	static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, Path workingFolder) {
		CommandLine cl = new CommandLine(new ZichaCommand());
		// usage lines name the command as it is typed
		cl.setCommandName("java -jar zicha.jar");
		cl.addSubcommand(new CheckCommand(clock, workingFolder));
		cl.addSubcommand(new ValidateCommand(clock));
		cl.addSubcommand(new RulesCommand());
		cl.addSubcommand(new TemplateCommand(clock));
		cl.addSubcommand(new DossierCommand(clock));
		for (CommandLine command : java.util.List.of(cl, cl.getSubcommands().get("check"),
				cl.getSubcommands().get("validate"), cl.getSubcommands().get("rules"),
				cl.getSubcommands().get("template"), cl.getSubcommands().get("dossier"))) {
			command.getCommandSpec()
				.usageMessage()
				.synopsisHeading("用法：")
				.optionListHeading("选项：%n")
				.commandListHeading("%n命令：%n");
		}
		// an unknown option after --data is a mistake, not a file name
		cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
		// no colours: they are escape sequences, and everything printed is escaped
		// (Terminal)
		cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
		cl.setOut(Terminal.safe(out));
		cl.setErr(Terminal.safe(err));
		cl.setParameterExceptionHandler((ex, args) -> {
			PrintWriter e = ex.getCommandLine().getErr();
			ParameterMessages.of(ex, args).forEach(e::println);
			e.flush();
			return INVALID;
		});
		cl.setExecutionExceptionHandler((ex, command, parsed) -> {
			PrintWriter e = command.getErr();
			int code = report(ex, e);
			if (ex instanceof UsageException) {
				e.println("查看用法：" + ParameterMessages.usage(command));
			}
			e.flush();
			return code;
		});
		return cl;
	}

	static int report(Exception ex, PrintWriter err) {
		if (ex instanceof LedgerException le) {
			err.printf("台账有 %d 处错误，未进行检查：%n", le.problems().size());
			for (LedgerProblem p : le.problems()) {
				err.println("  " + p);
			}
			err.println("请更正后重新运行；或加 --lenient 跳过有错误的行，并把它们列为问题。");
			return INVALID;
		}
		if (ex instanceof WorkbookException we) {
			err.printf("%s有 %d 处错误，未生成结果：%n", we.document(), we.problems().size());
			we.problems().forEach((p) -> err.println("  " + p));
			err.println("请更正后重新运行。");
			return INVALID;
		}
		if (ex instanceof RuleBookException re) {
			err.printf("规则有 %d 处错误，未进行检查：%n", re.problems().size());
			re.problems().forEach((p) -> err.println("  " + p));
			return INVALID;
		}
		if (ex instanceof UsageException) {
			err.println("无法运行：" + ex.getMessage());
			return INVALID;
		}
		if (ex instanceof RuleFailure rf) {
			err.println("检查中断：" + rf.describe());
			err.println("请核对这些记录中的数据后重新运行；如数据无误，请将以上信息报告给规则维护人员。");
			return INVALID;
		}
		err.println("内部错误：" + ex);
		if (System.getenv("ZICHA_DEBUG") != null) {
			ex.printStackTrace(err);
		}
		else {
			err.println("（设置环境变量 ZICHA_DEBUG=1 可显示详细信息）");
		}
		return INTERNAL;
	}

}
