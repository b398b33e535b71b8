package org.zicha.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the DRL files and the decision table of a rules folder into one KieBase. A
 * compile error is reported with the user's file and line.
 */
final class RuleCompiler {

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

	private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

	/** The package the thresholds decision table declares with its RuleSet cell. */
	static final String THRESHOLDS_PACKAGE = "thresholds";

	static final String THRESHOLDS_FILE = "thresholds.xlsx";

	private final Map<String, String> userPaths = new HashMap<>();

	private final Map<String, String> ruleFiles = new HashMap<>();

	private final List<RuleBookException.Problem> problems = new ArrayList<>();

	/**
	 * Compile the rules.
	 * @param files the files of the rules folder
	 * @return the KieBase, or null when there were problems (see {@link #problems()})
	 */
	KieBase compile(List<RuleSource.RuleFile> files) {
		KieServices ks = KieServices.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		ReleaseId releaseId = ks.newReleaseId("org.zicha", "rules", "1.0.0-" + UUID.randomUUID());
		kfs.generateAndWritePomXML(releaseId);
		boolean table = false;
		for (RuleSource.RuleFile file : files) {
			if (file.path().endsWith(".drl")) {
				String text = new String(file.content(), StandardCharsets.UTF_8);
				Matcher pkg = PACKAGE.matcher(text);
				String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "default";
				write(ks, kfs, folder, file, ResourceType.DRL);
				Matcher rule = RULE_NAME.matcher(text);
				while (rule.find()) {
					String previous = this.ruleFiles.put(rule.group(1), file.path());
					if (previous != null) {
						this.problems.add(new RuleBookException.Problem(file.path(), line(text, rule.start(1)),
								"规则名“" + rule.group(1) + "”与 " + previous + " 中的规则重名"));
					}
				}
			}
			else if (file.path().equals(THRESHOLDS_FILE)) {
				write(ks, kfs, THRESHOLDS_PACKAGE, file, ResourceType.DTABLE);
				table = true;
			}
		}
		if (!table) {
			this.problems.add(new RuleBookException.Problem(THRESHOLDS_FILE, 0, "缺少阈值表"));
		}
		KieBuilder builder;
		try {
			builder = ks.newKieBuilder(kfs).buildAll();
		}
		catch (RuntimeException ex) {
			String text = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			String file = this.userPaths.entrySet()
				.stream()
				.filter((e) -> text.contains(e.getKey().substring("src/main/resources/".length())))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("");
			this.problems
				.add(new RuleBookException.Problem(file, 0, "无法编译：" + text.replaceFirst("^\\[[^]]*]\\s*", "")));
			return null;
		}
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			String path = (message.getPath() != null)
					? this.userPaths.getOrDefault(message.getPath(), message.getPath()) : "";
			this.problems.add(new RuleBookException.Problem(path, message.getLine(), message.getText().strip()));
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		KieContainer container = ks.newKieContainer(releaseId, RuleCompiler.class.getClassLoader());
		KieBase base = container.getKieBase();
		ks.getRepository().removeKieModule(releaseId);
		return base;
	}

	private void write(KieServices ks, KieFileSystem kfs, String folder, RuleSource.RuleFile file, ResourceType type) {
		String name = file.path().substring(file.path().lastIndexOf('/') + 1);
		String kfsPath = "src/main/resources/" + folder + "/" + name;
		if (this.userPaths.containsKey(kfsPath)) {
			kfsPath = "src/main/resources/" + folder + "/" + this.userPaths.size() + "-" + name;
		}
		this.userPaths.put(kfsPath, file.path());
		Resource resource = ks.getResources().newByteArrayResource(file.content());
		resource.setResourceType(type);
		resource.setSourcePath(kfsPath);
		kfs.write(resource);
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

	List<RuleBookException.Problem> problems() {
		return this.problems;
	}

	/**
	 * The file each rule of the DRL files was written in.
	 * @return a map from rule name to file path
	 */
	Map<String, String> ruleFiles() {
		return this.ruleFiles;
	}

}
