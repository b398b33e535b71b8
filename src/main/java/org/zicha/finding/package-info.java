/**
 * Findings: what a check concludes about a duty, an organisation and a period, with the
 * duty's metadata, its stable key and its JSON form (findings.json).
 */
package org.zicha.finding;
