/**
 * The command line: {@code check}, {@code validate}, {@code rules} and {@code template},
 * with picocli. Exit codes: 0 the command ran, 1 {@code --fail-on} was met, 2 the input,
 * the rules or the options are invalid.
 */
package org.zicha.cli;
