package org.zicha.rules;

/**
 * The texts a rule gives its findings: templates with placeholders such as {@code {org}},
 * {@code {period}} and the keys of the finding's evidence.
 *
 * @param duty the duty the rule checks
 * @param message the sentence of a finding
 * @param notice the sentence of a notice (an open period near its end), or null
 * @param pace the sentence of a pace notice (an open year behind its pace), or null
 */
public record RuleText(String duty, String message, String notice, String pace) {

}
