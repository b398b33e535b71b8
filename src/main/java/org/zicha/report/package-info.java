/**
 * The drafted report: a model built from the findings and statistics of a check (problems
 * grouped by area and weighed, measures, the appendix, exemptions, notices, a heat map),
 * phrased by the templates of {@code rules/report/phrasing.yml}, and its renderers
 * (Markdown, Word in the layout of official documents, the rectification workbook, a
 * self-contained HTML page). Every renderer says the same thing, because each renders the
 * one model.
 */
package org.zicha.report;
