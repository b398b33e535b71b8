package org.zicha.inspection;

import java.nio.file.Path;
import java.util.List;

import org.zicha.ledger.LedgerFile;
import org.zicha.ledger.LedgerRead;
import org.zicha.ledger.LedgerReader;

/**
 * The ledger a run reads: files and folders on disk (as {@code --data} names them), or
 * files given with their content (uploads).
 */
public final class LedgerInput {

	private final List<Path> paths;

	private final List<LedgerFile> files;

	private LedgerInput(List<Path> paths, List<LedgerFile> files) {
		this.paths = paths;
		this.files = files;
	}

	/**
	 * Files and folders on disk; every {@code *.xlsx} and {@code *.json} inside a folder
	 * is read, and all are merged.
	 * @param paths the files and folders
	 * @return the input
	 */
	public static LedgerInput paths(List<Path> paths) {
		return new LedgerInput(List.copyOf(paths), null);
	}

	/**
	 * Files with their content, merged.
	 * @param files the files
	 * @return the input
	 */
	public static LedgerInput files(List<LedgerFile> files) {
		return new LedgerInput(null, List.copyOf(files));
	}

	LedgerRead read(LedgerReader reader, boolean lenient) {
		return (this.paths != null) ? reader.read(this.paths, lenient) : reader.readFiles(this.files, lenient);
	}

}
