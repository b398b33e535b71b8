/**
 * Notices: each branch secretary's bulletin and the unit's summary after a monthly run,
 * reminders before due dates, by e-mail and group robot (企业微信, 钉钉), through an outbox
 * delivered with retries; the administrator's settings, message log and preview.
 */
package org.zicha.web.notice;
