package org.zicha.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of a ledger: the name it is shown by in messages, and its content, either on
 * disk or uploaded (held in memory).
 */
public final class LedgerFile {

	private final String label;

	private final Path path;

	private final byte[] content;

	private LedgerFile(String label, Path path, byte[] content) {
		this.label = Objects.requireNonNull(label);
		this.path = path;
		this.content = content;
	}

	/**
	 * A file on disk.
	 * @param path the file
	 * @param label its name in messages (relative to the folder given, or its file name)
	 * @return the ledger file
	 */
	public static LedgerFile onDisk(Path path, String label) {
		return new LedgerFile(label, path, null);
	}

	/**
	 * An uploaded file.
	 * @param name the file's name, as the user's computer named it
	 * @param content its bytes
	 * @return the ledger file
	 */
	public static LedgerFile uploaded(String name, byte[] content) {
		return new LedgerFile(name, null, content.clone());
	}

	/**
	 * The name in messages.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the file is a ledger file zicha reads, by its name ({@code .xlsx},
	 * {@code .xls} or {@code .json}, not a hidden or an Excel lock file).
	 * @param name a file name
	 * @return whether it is read
	 */
	public static boolean isLedgerName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith("~$") && !name.startsWith(".")
				&& (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".json"));
	}

	/**
	 * What went wrong reading a file, in Chinese.
	 * @param ex the failure
	 * @return the message
	 */
	static String describe(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "无权限读取（请检查文件或文件夹的访问权限）";
		}
		if (ex instanceof NoSuchFileException) {
			return "找不到这个文件或文件夹";
		}
		if (ex instanceof FileSystemLoopException) {
			return "文件夹的链接形成循环，已停止读取";
		}
		return "读取时出错，文件可能已损坏或正被其他程序占用";
	}

	boolean isJson() {
		return this.label.toLowerCase(Locale.ROOT).endsWith(".json");
	}

	/**
	 * The file on disk, when it is one.
	 * @return the path, or null for an upload
	 */
	Path path() {
		return this.path;
	}

	InputStream open() throws IOException {
		return (this.path != null) ? Files.newInputStream(this.path) : new ByteArrayInputStream(this.content);
	}

}
