package org.zicha.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;

/**
 * Reads a date option: ISO {@code 2025-12-31}.
 */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {

	@Override
	public LocalDate convert(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException("“" + value + "”不是有效的日期，应写作 2025-12-31");
		}
	}

}
