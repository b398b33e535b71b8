package org.zicha.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a workbook, whatever its name says it is: the file's first bytes decide whether
 * it is an xlsx workbook (a zip package), an Excel 97–2003 workbook or an encrypted one
 * (both OLE2), or something else that only carries a workbook's name (a web page, an XML
 * spreadsheet, a Word file). Every failure becomes a message that says what to do.
 */
final class WorkbookReader {

	private static final String ENCRYPTED = "受密码保护，请取消密码后重新保存";

	private static final String SAVE_AS = "请用 Excel 打开后另存为“Excel 工作簿(*.xlsx)”再读取";

	private final Vocabulary vocabulary;

	private final TextPool pool;

	WorkbookReader(Vocabulary vocabulary, TextPool pool) {
		this.vocabulary = vocabulary;
		this.pool = pool;
	}

	void read(LedgerFile ledgerFile, SourceFile file) {
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(ledgerFile.open())) {
			if (in.read() < 0) {
				file.fileProblem("文件为空");
				return;
			}
		}
		catch (IOException ex) {
			file.fileProblem(LedgerFile.describe(ex));
			return;
		}
		try (InputStream in = FileMagic.prepareToCheckMagic(ledgerFile.open())) {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			file.fileProblem(LedgerFile.describe(ex));
			return;
		}
		try {
			switch (magic) {
				case OOXML -> readXlsx(ledgerFile, file);
				case OLE2 -> readOle2(ledgerFile, file);
				case BIFF2, BIFF3, BIFF4 -> file.fileProblem("是 Excel 4.0 以前的旧格式工作簿，" + SAVE_AS);
				case HTML, XML -> file.fileProblem("不是 Excel 工作簿，而是网页或 XML 文件（某些系统导出的“Excel”实为此类文件），" + SAVE_AS);
				default -> file.fileProblem("不是 Excel 工作簿（.xlsx 或 .xls），请确认文件类型");
			}
		}
		catch (EncryptedDocumentException ex) {
			file.sheets.clear();
			file.fileProblem(ENCRYPTED);
		}
		catch (IOException ex) {
			file.sheets.clear();
			file.fileProblem(LedgerFile.describe(ex).startsWith("读取时出错") ? damaged(ex) : LedgerFile.describe(ex));
		}
		catch (Exception ex) {
			file.sheets.clear();
			file.fileProblem(damaged(ex));
		}
	}

	private void readXlsx(LedgerFile ledgerFile, SourceFile file) throws Exception {
		try (OPCPackage pkg = (ledgerFile.path() != null)
				? OPCPackage.open(ledgerFile.path().toFile(), PackageAccess.READ) : open(ledgerFile)) {
			new XlsxLedgerReader(this.vocabulary, this.pool).read(pkg, file);
		}
	}

	private static OPCPackage open(LedgerFile ledgerFile) throws Exception {
		try (InputStream in = ledgerFile.open()) {
			return OPCPackage.open(in);
		}
	}

	private void readOle2(LedgerFile ledgerFile, SourceFile file) throws Exception {
		try (POIFSFileSystem fs = (ledgerFile.path() != null) ? new POIFSFileSystem(ledgerFile.path().toFile(), true)
				: new POIFSFileSystem(ledgerFile.open())) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
				readEncrypted(fs, file);
			}
			else if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				new XlsLedgerReader(this.vocabulary, this.pool).read(root, file);
			}
			else {
				file.fileProblem("不是 Excel 工作簿（是 Word 或其他 Office 文件），请确认文件类型");
			}
		}
	}

	/**
	 * An encrypted xlsx workbook: read only when it opens without a password (Excel's
	 * default password, used for workbooks that are merely marked read-only).
	 */
	private void readEncrypted(POIFSFileSystem fs, SourceFile file) throws Exception {
		Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
		if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
			file.fileProblem(ENCRYPTED);
			return;
		}
		try (InputStream in = decryptor.getDataStream(fs); OPCPackage pkg = OPCPackage.open(in)) {
			new XlsxLedgerReader(this.vocabulary, this.pool).read(pkg, file);
		}
	}

	private static String damaged(Exception ex) {
		String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("zip bomb")) {
			return "工作簿中的压缩数据异常（解压后过大，疑似恶意构造的文件），已拒绝读取";
		}
		if (message.contains("strict ooxml")) {
			return "是“Strict Open XML 电子表格”格式，" + SAVE_AS;
		}
		if (message.contains("doctype") || message.contains("entity")) {
			return "工作簿内部含有不允许的 XML 内容（如外部实体），已拒绝读取";
		}
		return "无法读取，工作簿已损坏或不是有效的 Excel 文件，" + SAVE_AS;
	}

}
