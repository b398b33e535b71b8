/**
 * The web application ({@code serve}): Spring MVC pages in Chinese, a REST API, accounts
 * and per-branch access, ledger uploads, stored runs and the rectification workflow. It
 * checks through {@code org.zicha.inspection} only and is started by the serve command
 * alone, never by the command line.
 */
package org.zicha.web;
