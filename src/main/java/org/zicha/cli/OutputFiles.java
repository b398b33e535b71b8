package org.zicha.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of output files all or nothing: each is written to a temporary file in the
 * output folder first, and only when every one succeeded are they moved into place.
 */
final class OutputFiles {

	private final Path folder;

	private final Map<String, Writer> writers = new LinkedHashMap<>();

	OutputFiles(Path folder) {
		this.folder = folder;
	}

	void add(String fileName, Writer writer) {
		this.writers.put(fileName, writer);
	}

	/**
	 * Write every file.
	 * @return the paths written
	 * @throws UsageException when the folder or a file cannot be written (nothing is left
	 * behind)
	 */
	List<Path> write() {
		List<Path> temporary = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(this.folder);
			for (Map.Entry<String, Writer> entry : this.writers.entrySet()) {
				Path temp = this.folder.resolve(".zicha-" + UUID.randomUUID() + ".tmp");
				temporary.add(temp);
				try (OutputStream out = Files.newOutputStream(temp)) {
					entry.getValue().write(out);
				}
			}
			int i = 0;
			for (String fileName : this.writers.keySet()) {
				Path target = this.folder.resolve(fileName);
				Files.createDirectories(target.getParent());
				Files.move(temporary.get(i++), target, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
				written.add(target);
			}
			return written;
		}
		catch (IOException ex) {
			throw new UsageException("无法写入输出文件夹“" + this.folder + "”：" + ex.getMessage());
		}
		finally {
			for (Path temp : temporary) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a temporary file that cannot be removed is harmless: it is hidden
				}
			}
		}
	}

	/**
	 * Writes the content of one file.
	 */
	@FunctionalInterface
	interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
