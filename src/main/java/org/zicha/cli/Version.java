package org.zicha.cli;

import picocli.CommandLine;

import org.zicha.inspection.Inspection;

/**
 * The tool's name and version, from the jar's manifest.
 */
final class Version implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { Inspection.tool() };
	}

}
