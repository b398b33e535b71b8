package org.zicha.cli;

import java.time.LocalDate;

import picocli.CommandLine;

import org.zicha.ledger.Values;

/**
 * Reads a date option in the forms a ledger cell accepts: {@code 2025-12-31},
 * {@code 2025/12/31}, {@code 2025.12.31}, {@code 2025年12月31日}.
 */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {

	@Override
	public LocalDate convert(String value) {
		try {
			return Values.parseDate(value);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.TypeConversionException("“" + value + "”" + ex.getMessage());
		}
	}

}
