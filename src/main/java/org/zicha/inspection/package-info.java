/**
 * The one entry point of both front ends: loads the rules with their wording, reads the
 * ledger, checks it and drafts the report, for the command line and the web application
 * alike.
 */
package org.zicha.inspection;
