package org.zicha.cli;

import picocli.CommandLine;

/**
 * The tool's name and version, from the jar's manifest.
 */
final class Version implements CommandLine.IVersionProvider {

	static String tool() {
		String version = Version.class.getPackage().getImplementationVersion();
		return "zicha " + ((version != null) ? version : "dev");
	}

	@Override
	public String[] getVersion() {
		return new String[] { tool() };
	}

}
