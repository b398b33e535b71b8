package org.zicha.web.ledger;

import org.zicha.ledger.LedgerFile;
import org.zicha.web.FileStore;

/**
 * A file as the browser or a client sent it.
 *
 * @param name its name on the user's computer
 * @param content its bytes
 */
public record UploadedFile(String name, byte[] content) {

	public UploadedFile {
		name = (name != null) ? name.replace('\\', '/').substring(name.replace('\\', '/').lastIndexOf('/') + 1).strip()
				: "";
	}

	/**
	 * The sha256 of the content.
	 * @return the digest, hex
	 */
	public String sha256() {
		return FileStore.sha256(this.content);
	}

	LedgerFile ledgerFile() {
		return LedgerFile.uploaded(this.name, this.content);
	}

}
