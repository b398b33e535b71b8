package org.zicha.web.rectification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Which run a rectification workbook was downloaded for, written into its title (file
 * properties): an uploaded workbook of the run it is uploaded to is taken as it is, one
 * of an earlier run is carried over as {@code check --rectification} carries it.
 */
final class WorkbookStamp {

	private static final Pattern TITLE = Pattern.compile("第(\\d+)次检查整改台账");

	private WorkbookStamp() {
	}

	/**
	 * Stamp a workbook with its run.
	 * @param xlsx the workbook
	 * @param run the run
	 * @param asOf its as-of day
	 * @return the stamped workbook
	 */
	static byte[] stamp(byte[] xlsx, long run, LocalDate asOf) {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
			pkg.getPackageProperties().setTitleProperty("第" + run + "次检查整改台账（截至" + asOf + "）");
			ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
			pkg.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	/**
	 * The run a workbook was downloaded for.
	 * @param xlsx the workbook
	 * @return the run, or empty when the workbook does not say (written by the command
	 * line, or its properties lost)
	 */
	static Optional<Long> run(byte[] xlsx) {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
			Optional<String> title = pkg.getPackageProperties().getTitleProperty();
			Matcher m = TITLE.matcher(title.orElse(""));
			return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
		}
		catch (IOException | InvalidFormatException | RuntimeException ex) {
			return Optional.empty();
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

}
