package org.zicha.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the real {@code rules/} folder that a test may edit, as a unit edits its own
 * copy.
 */
public final class RulesFolder {

	private RulesFolder() {
	}

	/**
	 * Copy {@code rules/} into a folder.
	 * @param target the folder to copy into
	 * @return the target
	 * @throws IOException when a file cannot be copied
	 */
	public static Path copyInto(Path target) throws IOException {
		Path source = Path.of("rules");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				Files.createDirectories(to.getParent());
				Files.copy(file, to);
			}
		}
		return target;
	}

}
