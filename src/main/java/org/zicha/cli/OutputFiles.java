package org.zicha.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of output files all or nothing. Each is written to a temporary file in the
 * output folder first; only when every one succeeded are they moved into place, the files
 * they replace kept aside until all are in. When anything fails, everything is undone:
 * the temporary files removed, the replaced files put back, and the folders this write
 * created (the output folder and any missing parent) removed again. The message says why:
 * the path is a file, permission is denied, the disk is read-only or full.
 */
final class OutputFiles {

	private final Path folder;

	private final Map<String, Writer> writers = new LinkedHashMap<>();

	OutputFiles(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
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
		List<Path> created = new ArrayList<>();
		List<Path> temporary = new ArrayList<>();
		Map<Path, Path> replaced = new LinkedHashMap<>();
		List<Path> written = new ArrayList<>();
		boolean done = false;
		try {
			createFolder(created);
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
				createFolders(target.getParent(), created);
				if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
					throw new UsageException(failure(target, "是一个文件夹，不能用结果文件替换"));
				}
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					Path aside = this.folder.resolve(".zicha-" + UUID.randomUUID() + ".old");
					Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
					replaced.put(target, aside);
				}
				Files.move(temporary.get(i++), target, StandardCopyOption.ATOMIC_MOVE);
				written.add(target);
			}
			done = true;
			return written;
		}
		catch (IOException ex) {
			throw new UsageException(failure(ex));
		}
		finally {
			deleteQuietly(temporary);
			if (done) {
				deleteQuietly(replaced.values());
			}
			else {
				undo(written, replaced, created);
			}
		}
	}

	/**
	 * Create the output folder and its missing parents, noting each one created.
	 */
	private void createFolder(List<Path> created) throws IOException {
		List<Path> missing = new ArrayList<>();
		Path existing = this.folder;
		while (existing != null && !Files.exists(existing)) {
			missing.add(0, existing);
			existing = existing.getParent();
		}
		if (existing != null && !Files.isDirectory(existing)) {
			throw new UsageException(failure(existing, (existing.equals(this.folder)) ? "是一个文件，不是文件夹"
					: "是一个文件，不能在其中创建文件夹“" + Terminal.path(this.folder) + "”"));
		}
		for (Path dir : missing) {
			Files.createDirectory(dir);
			created.add(dir);
		}
	}

	/**
	 * Create the folders from the output folder down to a file's folder (branches/),
	 * noting each one created.
	 */
	private void createFolders(Path dir, List<Path> created) throws IOException {
		List<Path> missing = new ArrayList<>();
		for (Path d = dir; d != null && !d.equals(this.folder) && !Files.isDirectory(d); d = d.getParent()) {
			missing.add(0, d);
		}
		for (Path d : missing) {
			Files.createDirectory(d);
			created.add(d);
		}
	}

	private void undo(List<Path> written, Map<Path, Path> replaced, List<Path> created) {
		deleteQuietly(written);
		replaced.forEach((target, aside) -> {
			try {
				Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				// the earlier file stays under its hidden name; nothing better can be
				// done
			}
		});
		for (int i = created.size() - 1; i >= 0; i--) {
			deleteQuietly(List.of(created.get(i)));
		}
	}

	private static void deleteQuietly(Iterable<Path> paths) {
		for (Path path : paths) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a leftover that cannot be removed is hidden (.zicha-*) and harmless
			}
		}
	}

	private String failure(Path path, String why) {
		return "无法写入输出文件夹“" + Terminal.path(this.folder) + "”："
				+ (path.equals(this.folder) ? "它" : "“" + Terminal.path(path) + "”") + why;
	}

	private String failure(IOException ex) {
		Path path = (ex instanceof FileSystemException fs && fs.getFile() != null) ? Path.of(fs.getFile())
				: this.folder;
		if (ex instanceof AccessDeniedException) {
			return failure(path, "没有写入权限");
		}
		if (ex instanceof FileAlreadyExistsException || ex instanceof NotDirectoryException) {
			return failure(path, "已存在且不是文件夹");
		}
		if (ex instanceof DirectoryNotEmptyException) {
			return failure(path, "是一个文件夹，不能用结果文件替换");
		}
		if (ex instanceof NoSuchFileException) {
			return failure(path, "不存在，也无法创建");
		}
		String reason = (ex instanceof FileSystemException fs) ? String.valueOf(fs.getReason())
				: String.valueOf(ex.getMessage());
		String lower = reason.toLowerCase(Locale.ROOT);
		if (lower.contains("read-only")) {
			return failure(path, "所在的磁盘是只读的");
		}
		if (lower.contains("no space") || lower.contains("quota")) {
			return failure(path, "所在的磁盘空间不足");
		}
		return "无法写入输出文件夹“" + Terminal.path(this.folder) + "”：写入“" + Terminal.path(path) + "”时出错";
	}

	/**
	 * Writes the content of one file.
	 */
	@FunctionalInterface
	interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
