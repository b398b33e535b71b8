package org.zicha.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The stored files (uploaded ledgers, evidence of rectification, a run's outputs), kept
 * under the data directory by the sha256 of their content: the same content is stored
 * once, and a stored file never changes.
 */
@Component
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public FileStore(WebSettings settings) {
		this.root = settings.files();
	}

	/**
	 * The sha256 of some content.
	 * @param content the bytes
	 * @return the digest, hex
	 */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Store content.
	 * @param content the bytes
	 * @return its sha256, by which it is read back
	 */
	public String put(byte[] content) {
		String sha = sha256(content);
		Path file = path(sha);
		if (Files.exists(file)) {
			return sha;
		}
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), sha, ".part");
			Files.write(temp, content);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return sha;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法保存文件：" + ex.getMessage(), ex);
		}
	}

	/**
	 * Read stored content.
	 * @param sha256 its digest
	 * @return the bytes
	 */
	public byte[] get(String sha256) {
		try {
			return Files.readAllBytes(path(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("找不到已保存的文件 " + sha256, ex);
		}
	}

	private Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("不是文件摘要：" + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

}
