package org.zicha.cli;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in Chinese what is wrong with the command line's parameters — an unknown command
 * or option (with the closest valid one), a missing option or value, a value that cannot
 * be read — and how to see the command's usage.
 */
final class ParameterMessages {

	private ParameterMessages() {
	}

	/**
	 * The message of a parameter error.
	 * @param ex the error
	 * @param args the arguments as given
	 * @return the lines to print
	 */
	static List<String> of(ParameterException ex, String[] args) {
		return List.of("命令参数有误：" + problem(ex, args), "查看用法：" + usage(ex.getCommandLine()));
	}

	private static String problem(ParameterException ex, String[] args) {
		if (ex instanceof UnmatchedArgumentException unmatched) {
			boolean command = !ex.getCommandLine().getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()
					&& !unmatched.getUnmatched().get(0).startsWith("-");
			return command ? unmatched(unmatched)
					: unknownOption(ex.getCommandLine(), args).orElseGet(() -> unmatched(unmatched));
		}
		if (ex instanceof MissingParameterException missing) {
			// picocli reports a missing option before an unknown one; the unknown one is
			// the
			// mistake to fix (--as for --as-of leaves --as-of missing)
			return unknownOption(ex.getCommandLine(), args).orElseGet(() -> missing(missing, args));
		}
		if (ex instanceof OverwrittenOptionException overwritten) {
			return "选项 " + name(overwritten.getOverwritten()) + " 只能填写一次";
		}
		if (ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
			return "选项 " + name(ex.getArgSpec()) + " 的取值有误：" + conversion.getMessage();
		}
		if (ex instanceof CommandLine.MaxValuesExceededException) {
			return "参数过多：" + Terminal.typed(String.join(" ", args));
		}
		return ex.getMessage();
	}

	private static String unmatched(UnmatchedArgumentException ex) {
		CommandLine command = ex.getCommandLine();
		String given = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
		if (!command.getSubcommands().isEmpty() && !given.startsWith("-")) {
			String hint = closest(given, command.getSubcommands().keySet()).map((c) -> "。是否要输入 " + c + "？").orElse("");
			return "没有命令“" + Terminal.quote(given) + "”，可用的命令：" + String.join("、", command.getSubcommands().keySet())
					+ hint;
		}
		return "多余的参数“" + Terminal.typed(given) + "”";
	}

	private static String missing(MissingParameterException ex, String[] args) {
		List<String> parts = ex.getMissing().stream().map((arg) -> {
			String name = name(arg);
			boolean given = List.of(args).contains(name) || (arg instanceof OptionSpec option
					&& List.of(option.names()).stream().anyMatch(List.of(args)::contains));
			return given ? "选项 " + name + " 缺少取值（" + arg.paramLabel() + "）" : "缺少必填选项 " + name + " " + arg.paramLabel();
		}).toList();
		return String.join("；", parts);
	}

	private static String name(ArgSpec arg) {
		if (arg instanceof OptionSpec option) {
			return option.longestName();
		}
		return (arg != null) ? arg.paramLabel() : "";
	}

	private static Optional<String> unknownOption(CommandLine command, String[] args) {
		Set<String> known = new HashSet<>(command.getCommandSpec().optionsMap().keySet());
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.startsWith("-") && !known.contains(name) && !command.getSubcommands().containsKey(name)) {
				String hint = closest(name, known).map((c) -> "。是否要输入 " + c + "？").orElse("");
				return Optional.of("没有选项“" + Terminal.quote(name) + "”" + hint);
			}
		}
		return Optional.empty();
	}

	/**
	 * The known names closest to a mistyped one (at most two): those it abbreviates, and
	 * those one typo away (a letter wrong, missing, extra or two letters swapped; two
	 * typos for a long name).
	 */
	private static Optional<String> closest(String given, Set<String> known) {
		int allowed = (given.length() >= 8) ? 2 : 1;
		List<String> near = known.stream()
			.filter((k) -> !k.startsWith("-") || k.startsWith("--"))
			.filter((k) -> k.startsWith(given) || distance(given, k) <= allowed)
			.sorted(Comparator.comparingInt((String k) -> distance(given, k)).thenComparing(Comparator.naturalOrder()))
			.limit(2)
			.toList();
		return near.isEmpty() ? Optional.empty() : Optional.of(String.join(" 或 ", near));
	}

	/**
	 * The optimal string alignment distance: edits, a swap of neighbours counting one.
	 */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * The command that shows a command's usage, e.g.
	 * {@code java -jar zicha.jar check --help}.
	 */
	static String usage(CommandLine command) {
		return command.getCommandSpec().qualifiedName(" ") + " --help";
	}

}
