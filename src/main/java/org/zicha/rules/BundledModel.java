package org.zicha.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Build step (run by the pom at process-classes, before kie-maven-plugin): prepares the
 * bundled rules for their pre-compilation to the executable model. kie-maven-plugin
 * compiles only DRL, so the thresholds decision table is written out as the DRL Drools
 * itself makes of it; and the digest of the compiled sources is written beside the
 * classes, so that {@link RuleCompiler} uses the pre-compiled rules only for exactly
 * those sources.
 */
public final class BundledModel {

	/**
	 * The classpath resource holding the digest of the sources the model was made from.
	 */
	static final String DIGEST_RESOURCE = "zicha-rules.model.sha256";

	private BundledModel() {
	}

	/**
	 * Prepare the build of the bundled rules.
	 * @param args the rules folder, the KIE module's resources folder, the classes folder
	 * @throws IOException when a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		Path rules = Path.of(args[0]);
		Path kjarResources = Path.of(args[1]);
		Path classes = Path.of(args[2]);
		String drl;
		try (InputStream in = Files.newInputStream(rules.resolve(RuleCompiler.THRESHOLDS_FILE))) {
			drl = new SpreadsheetCompiler().compile(in, InputType.XLS);
		}
		Path table = kjarResources.resolve(RuleCompiler.THRESHOLDS_PACKAGE).resolve("thresholds.drl");
		Files.createDirectories(table.getParent());
		Files.writeString(table, drl, StandardCharsets.UTF_8);
		Files.createDirectories(classes);
		Files.writeString(classes.resolve(DIGEST_RESOURCE), RuleCompiler.sourceDigest(RuleSource.folder(rules).files()),
				StandardCharsets.UTF_8);
	}

}
