package org.zicha.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the rules come from: a folder the user edits, or the copy bundled in the jar.
 */
public final class RuleSource {

	private static final String BUNDLED = "zicha-rules";

	private final String description;

	private final Path folder;

	private RuleSource(String description, Path folder) {
		this.description = description;
		this.folder = folder;
	}

	/**
	 * The rules of a folder.
	 * @param folder the folder
	 * @return the source
	 */
	public static RuleSource folder(Path folder) {
		return new RuleSource("文件夹 " + folder, folder);
	}

	/**
	 * The rules bundled in the jar.
	 * @return the source
	 */
	public static RuleSource bundled() {
		return new RuleSource("内置规则", null);
	}

	/**
	 * The rules a run uses: the folder given, else the bundled rules. Rules are code, so
	 * a folder is used only when named: never picked up from the working folder.
	 * @param given the --rules folder, or null
	 * @return the source
	 * @throws RuleBookException when the given folder does not exist
	 */
	public static RuleSource resolve(Path given) {
		if (given != null) {
			if (!Files.isDirectory(given)) {
				throw new RuleBookException(List.of(new RuleBookException.Problem(given.toString(), 0, "规则文件夹不存在")));
			}
			return folder(given);
		}
		return bundled();
	}

	/**
	 * Whether these are the rules bundled in the jar.
	 * @return true for the bundled rules, false for a folder
	 */
	public boolean isBundled() {
		return this.folder == null;
	}

	/**
	 * What this source is, for messages: the folder, or 内置规则.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The files of the source, sorted by path.
	 * @return each file with its path relative to the rules folder ({@code /} separated)
	 */
	public List<RuleFile> files() {
		try {
			return (this.folder != null) ? folderFiles() : bundledFiles();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<RuleFile> folderFiles() throws IOException {
		List<RuleFile> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(this.folder)) {
			for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = p.getFileName().toString();
				if (!name.startsWith("~$") && !name.startsWith(".")) {
					files.add(new RuleFile(this.folder.relativize(p).toString().replace('\\', '/'),
							Files.readAllBytes(p)));
				}
			}
		}
		return files;
	}

	private List<RuleFile> bundledFiles() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				RuleSource.class.getClassLoader());
		List<RuleFile> files = new ArrayList<>();
		for (Resource resource : resolver.getResources("classpath*:" + BUNDLED + "/**/*")) {
			if (!resource.isReadable()) {
				continue;
			}
			String url = resource.getURL().toString();
			String path = url.substring(url.lastIndexOf(BUNDLED + "/") + BUNDLED.length() + 1);
			if (path.isEmpty() || path.endsWith("/")) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				files.add(new RuleFile(path, in.readAllBytes()));
			}
		}
		files.sort(Comparator.comparing(RuleFile::path));
		return files;
	}

	/**
	 * One file of the rules folder.
	 *
	 * @param path its path relative to the folder, {@code /} separated
	 * @param content its bytes
	 */
	public record RuleFile(String path, byte[] content) {

	}

}
