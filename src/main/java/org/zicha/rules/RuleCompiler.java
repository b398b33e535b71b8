package org.zicha.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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
 * compile error is reported with the user's file and line. The rules bundled in the jar
 * are not compiled at run time: the build pre-compiled them to the executable model, and
 * they are loaded from the classpath.
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
	 * @param bundled whether they are the rules bundled in the jar, which the build has
	 * pre-compiled to the executable model
	 * @return the KieBase, or null when there were problems (see {@link #problems()})
	 */
	KieBase compile(List<RuleSource.RuleFile> files, boolean bundled) {
		boolean table = false;
		for (RuleSource.RuleFile file : files) {
			if (file.path().endsWith(".drl")) {
				String text = new String(file.content(), StandardCharsets.UTF_8);
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
				table = true;
			}
		}
		if (!table) {
			this.problems.add(new RuleBookException.Problem(THRESHOLDS_FILE, 0, "缺少阈值表"));
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		KieBase precompiled = bundled ? Precompiled.kieBase(files) : null;
		return (precompiled != null) ? precompiled : build(files);
	}

	private KieBase build(List<RuleSource.RuleFile> files) {
		KieServices ks = KieServices.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		ReleaseId releaseId = ks.newReleaseId("org.zicha", "rules", "1.0.0-" + UUID.randomUUID());
		kfs.generateAndWritePomXML(releaseId);
		for (RuleSource.RuleFile file : files) {
			if (file.path().endsWith(".drl")) {
				Matcher pkg = PACKAGE.matcher(new String(file.content(), StandardCharsets.UTF_8));
				String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "default";
				write(ks, kfs, folder, file, ResourceType.DRL);
			}
			else if (file.path().equals(THRESHOLDS_FILE)) {
				write(ks, kfs, THRESHOLDS_PACKAGE, file, ResourceType.DTABLE);
			}
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

	/**
	 * The digest of what the rules compile from: the paths and contents of the DRL files
	 * and the thresholds table.
	 * @param files the files of a rules folder
	 * @return the sha256, hex
	 */
	static String sourceDigest(List<RuleSource.RuleFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (RuleSource.RuleFile file : files) {
				if (file.path().endsWith(".drl") || file.path().equals(THRESHOLDS_FILE)) {
					sha.update(file.path().getBytes(StandardCharsets.UTF_8));
					sha.update((byte) 0);
					sha.update(file.content());
					sha.update((byte) 0);
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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

	/**
	 * The bundled rules as the build pre-compiled them to the executable model
	 * (kie-maven-plugin, see the pom): the generated model classes listed in the module's
	 * {@code drools-model} file, made into one KieBase once, and used only when the
	 * digest the build wrote matches the bundled sources.
	 */
	private static final class Precompiled {

		private static final String MODELS = "META-INF/kie/org.zicha/zicha/drools-model";

		private static KieBase kieBase;

		static synchronized KieBase kieBase(List<RuleSource.RuleFile> files) {
			ClassLoader loader = RuleCompiler.class.getClassLoader();
			try (InputStream digest = loader.getResourceAsStream(BundledModel.DIGEST_RESOURCE);
					InputStream models = loader.getResourceAsStream(MODELS)) {
				if (digest == null || models == null
						|| !new String(digest.readAllBytes(), StandardCharsets.UTF_8).strip()
							.equals(sourceDigest(files))) {
					return null;
				}
				if (kieBase == null) {
					kieBase = KieBaseBuilder.createKieBaseFromModel(models(loader, models));
				}
				return kieBase;
			}
			catch (IOException | ReflectiveOperationException ex) {
				return null;
			}
		}

		private static List<Model> models(ClassLoader loader, InputStream list)
				throws IOException, ReflectiveOperationException {
			List<Model> models = new ArrayList<>();
			for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
					models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
				}
			}
			return models;
		}

	}

}
