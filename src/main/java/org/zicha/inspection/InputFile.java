package org.zicha.inspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file given to a run besides the ledger (a feedback workbook, a filled-in
 * rectification ledger): its name for messages and its content.
 *
 * @param name the file's name
 * @param content its bytes
 */
public record InputFile(String name, byte[] content) {

	public InputFile {
		Objects.requireNonNull(name, "name");
		content = content.clone();
	}

	/**
	 * A file on disk.
	 * @param path the file
	 * @return the file with its content
	 * @throws IOException when it cannot be read ({@link NoSuchFileException} when it
	 * does not exist)
	 */
	public static InputFile read(Path path) throws IOException {
		return new InputFile(path.getFileName().toString(), Files.readAllBytes(path));
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
